package org.talentbridge.bot.metrics;

import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import org.talentbridge.bot.conversation.RequestIds;

import static org.assertj.core.api.Assertions.assertThat;

/** Each HTTP request's log lines carry one id, from the load balancer when it is a sane one. */
class RequestIdFilterTests {

	private static String idDuring(MockHttpServletRequest request, MockHttpServletResponse response) throws Exception {
		AtomicReference<String> seen = new AtomicReference<>();
		new RequestIdFilter().doFilter(request, response, (req, res) -> seen.set(MDC.get(RequestIds.KEY)));
		assertThat(MDC.get(RequestIds.KEY)).as("cleared after the request").isNull();
		return seen.get();
	}

	@Test
	void generatesAnIdAndSendsItBack() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		String id = idDuring(new MockHttpServletRequest("POST", "/api/chat"), response);
		assertThat(id).matches("http-[0-9a-f]{16}");
		assertThat(response.getHeader(RequestIdFilter.HEADER)).isEqualTo(id);
		assertThat(idDuring(new MockHttpServletRequest("POST", "/api/chat"), new MockHttpServletResponse())).isNotEqualTo(id);
	}

	@Test
	void keepsTheLoadBalancersIdButNotAnythingElse() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/console");
		request.addHeader(RequestIdFilter.HEADER, "lb-7f3a.42_x");
		assertThat(idDuring(request, new MockHttpServletResponse())).isEqualTo("lb-7f3a.42_x");
		MockHttpServletRequest forged = new MockHttpServletRequest("GET", "/console");
		forged.addHeader(RequestIdFilter.HEADER, "x\n2026-12-01 INFO forged line");
		assertThat(idDuring(forged, new MockHttpServletResponse())).startsWith("http-");
		MockHttpServletRequest tooLong = new MockHttpServletRequest("GET", "/console");
		tooLong.addHeader(RequestIdFilter.HEADER, "a".repeat(65));
		assertThat(idDuring(tooLong, new MockHttpServletResponse())).startsWith("http-");
	}

}
