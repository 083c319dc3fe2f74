package org.talentbridge.bot.channel.web;

import java.io.ByteArrayInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.net.URLDecoder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The first thing every request meets. A body is limited by the bytes actually read, chunked or
 * not: it is read here, at most one byte past the limit, before anything else sees it (a
 * 4,000-character chat message is at most 16 KB of UTF-8, so the chat gets 64 KB and everything
 * else 256 KB). Form posts (the console's login and forms) are parsed here from what was read,
 * not by Tomcat from the connection. A query or form with broken percent-encoding, and a charset
 * Java does not know, are refused here too, before any part of the application asks for them.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestBodyLimit extends OncePerRequestFilter {

	static final int CHAT_BYTES = 64 * 1024;

	static final int OTHER_BYTES = 256 * 1024;

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getDispatcherType() == jakarta.servlet.DispatcherType.ERROR) {
			// Tomcat refused the request itself (TRACE, say) and shows /error: nothing was checked yet,
			// and the error page must not stumble over the request's charset either.
			chain.doFilter(usableContentType(request.getContentType()) ? request : new PlainRequest(request), response);
			return;
		}
		if (!wellFormedQuery(request.getQueryString())) {
			JsonErrors.write(response, 400, "The address is not valid: its query has broken percent-encoding.");
			return;
		}
		// Even without a body: the address itself is decoded with it.
		if (!usableContentType(request.getContentType())) {
			JsonErrors.write(response, 415, "The Content-Type is not valid; send JSON in UTF-8 with Content-Type: application/json.");
			return;
		}
		int limit = request.getRequestURI().startsWith("/api/chat") ? CHAT_BYTES : OTHER_BYTES;
		long declared = request.getContentLengthLong();
		if (declared > limit) {
			tooLarge(response);
			return;
		}
		boolean chunked = declared < 0 && request.getHeader("Transfer-Encoding") != null;
		if (declared <= 0 && !chunked) {
			chain.doFilter(request, response);
			return;
		}
		byte[] body;
		try {
			// As much as was declared, and one byte to see that no more came: reading up to the limit
			// took an 8 KB buffer for a chat message of 60 bytes, a tenth of what a message allocated.
			body = request.getInputStream().readNBytes((declared > 0) ? (int) declared + 1 : limit + 1);
		}
		catch (IOException ex) {
			// The client went away or sent a broken chunk.
			JsonErrors.write(response, 400, "The request body could not be read.");
			return;
		}
		if (body.length > limit) {
			tooLarge(response);
			return;
		}
		String type = String.valueOf(request.getContentType()).toLowerCase(java.util.Locale.ROOT);
		if (type.startsWith("application/x-www-form-urlencoded")) {
			// Tomcat would parse the form from the connection, past this filter: it is parsed here instead.
			String form = new String(body, StandardCharsets.ISO_8859_1);
			if (!wellFormedQuery(form)) {
				JsonErrors.write(response, 400, "The form is not valid: it has broken percent-encoding.");
				return;
			}
			chain.doFilter(new ReadForm(request, body, request.getQueryString(), form), response);
			return;
		}
		chain.doFilter(new ReadBody(request, body), response);
	}

	/**
	 * A Content-Type Spring can read: a concrete type, and a charset Java knows (the address and the
	 * body are decoded with it), or Spring fails on it with a 500 later.
	 */
	static boolean usableContentType(@Nullable String contentType) {
		if (contentType == null) {
			return true;
		}
		try {
			org.springframework.http.MediaType type = org.springframework.http.MediaType.parseMediaType(contentType);
			if (type.isWildcardType() || type.isWildcardSubtype()) {
				return false;
			}
			type.getCharset();
			return true;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	private static void tooLarge(HttpServletResponse response) throws IOException {
		// The rest of the body is not worth reading: the connection ends with this answer.
		response.setHeader("Connection", "close");
		JsonErrors.write(response, 413, JsonErrors.sentence(413));
	}

	/** Percent signs followed by two hex digits, decoding to UTF-8, as Tomcat will decode them. */
	static boolean wellFormedQuery(@Nullable String query) {
		if (query == null) {
			return true;
		}
		ByteBuffer bytes = ByteBuffer.allocate(query.length());
		for (int i = 0; i < query.length(); i++) {
			char c = query.charAt(i);
			if (c == '%') {
				if (i + 2 >= query.length() || Character.digit(query.charAt(i + 1), 16) < 0
						|| Character.digit(query.charAt(i + 2), 16) < 0) {
					return false;
				}
				bytes.put((byte) Integer.parseInt(query.substring(i + 1, i + 3), 16));
				i += 2;
			}
			else if (c > 0x7f) {
				return false;
			}
			else {
				bytes.put((byte) c);
			}
		}
		bytes.flip();
		for (String chunk : query.split("&")) {
			// "=x" has no name: Tomcat refuses the whole request for it when a parameter is asked for.
			if (chunk.startsWith("=")) {
				return false;
			}
		}
		try {
			StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(bytes);
			return true;
		}
		catch (CharacterCodingException ex) {
			return false;
		}
	}

	/** A form post read here: its parameters are the query's, then the body's, as the servlet spec orders them. */
	static final class ReadForm extends ReadBody {

		private final Map<String, String[]> parameters;

		ReadForm(HttpServletRequest request, byte[] body, @Nullable String query, String form) {
			super(request, body);
			Map<String, List<String>> all = new LinkedHashMap<>();
			for (String part : new String[] { query, form }) {
				if (part == null) {
					continue;
				}
				for (String chunk : part.split("&")) {
					if (chunk.isEmpty()) {
						continue;
					}
					int equals = chunk.indexOf('=');
					String name = URLDecoder.decode((equals < 0) ? chunk : chunk.substring(0, equals), StandardCharsets.UTF_8);
					String value = (equals < 0) ? "" : URLDecoder.decode(chunk.substring(equals + 1), StandardCharsets.UTF_8);
					all.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
				}
			}
			Map<String, String[]> parameters = new LinkedHashMap<>();
			all.forEach((name, values) -> parameters.put(name, values.toArray(String[]::new)));
			this.parameters = Collections.unmodifiableMap(parameters);
		}

		@Override
		public @Nullable String getParameter(String name) {
			String[] values = this.parameters.get(name);
			return (values != null) ? values[0] : null;
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			return this.parameters;
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.enumeration(this.parameters.keySet());
		}

		@Override
		public String @Nullable [] getParameterValues(String name) {
			return this.parameters.get(name);
		}

	}

	/** A request whose Content-Type cannot be read, seen by the error page as one without. */
	static final class PlainRequest extends HttpServletRequestWrapper {

		PlainRequest(HttpServletRequest request) {
			super(request);
		}

		@Override
		public @Nullable String getContentType() {
			return null;
		}

		@Override
		public String getCharacterEncoding() {
			return "UTF-8";
		}

		@Override
		public @Nullable String getHeader(String name) {
			return "content-type".equalsIgnoreCase(name) ? null : super.getHeader(name);
		}

	}

	/** The request with its body already read. */
	static class ReadBody extends HttpServletRequestWrapper {

		private final byte[] body;

		ReadBody(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public int getContentLength() {
			return this.body.length;
		}

		@Override
		public long getContentLengthLong() {
			return this.body.length;
		}

		@Override
		public ServletInputStream getInputStream() {
			ByteArrayInputStream in = new ByteArrayInputStream(this.body);
			return new ServletInputStream() {

				@Override
				public int read() {
					return in.read();
				}

				@Override
				public int read(byte[] b, int off, int len) {
					return in.read(b, off, len);
				}

				@Override
				public boolean isFinished() {
					return in.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException("The body is read already");
				}

			};
		}

		@Override
		public BufferedReader getReader() throws IOException {
			String encoding = getCharacterEncoding();
			java.nio.charset.Charset charset;
			try {
				charset = (encoding != null) ? java.nio.charset.Charset.forName(encoding) : StandardCharsets.UTF_8;
			}
			catch (RuntimeException ex) {
				throw new java.io.UnsupportedEncodingException(encoding);
			}
			return new BufferedReader(new InputStreamReader(getInputStream(), charset));
		}

	}

}
