package org.talentbridge.bot.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The benchmark's messages: the golden questions (in and out of scope) plus small talk. */
public final class Workload {

	private Workload() {
	}

	public static List<String> messages() {
		List<String> messages = new ArrayList<>();
		for (String file : List.of("/golden/questions.tsv", "/golden/holdout.tsv")) {
			try (InputStream in = Workload.class.getResourceAsStream(file)) {
				for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
					if (!line.isBlank() && !line.startsWith("#")) {
						messages.add(line.split("\t", 3)[2].trim());
					}
				}
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
		}
		messages.addAll(List.of("hello", "thanks!", "hej", "tak", "what can you do?"));
		return List.copyOf(messages);
	}

}
