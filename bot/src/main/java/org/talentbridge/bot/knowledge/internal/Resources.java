package org.talentbridge.bot.knowledge.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Small word lists shipped next to the search code. */
final class Resources {

	private Resources() {
	}

	static List<String> lines(String name) {
		try (InputStream in = Resources.class.getResourceAsStream(name)) {
			if (in == null) {
				throw new IllegalStateException("Missing " + name);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.map(String::strip)
				.filter(line -> !line.isEmpty() && !line.startsWith("#"))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** "short = long" lines. */
	static Map<String, String> wordForms(String name) {
		Map<String, String> forms = new HashMap<>();
		for (String line : lines(name)) {
			String[] parts = line.split("=", 2);
			forms.put(parts[0].strip().toLowerCase(Locale.ROOT), parts[1].strip().toLowerCase(Locale.ROOT));
		}
		return Map.copyOf(forms);
	}

}
