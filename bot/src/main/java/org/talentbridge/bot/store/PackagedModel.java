package org.talentbridge.bot.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A model trained when the jar was built, for a fresh store's first start: a resource holding the
 * fingerprint of what it was trained on, on the first line, then the model as text.
 */
public record PackagedModel(String fingerprint, String model) {

	/** Empty when the jar has no such resource or it cannot be read. */
	public static Optional<PackagedModel> read(String resource) {
		try (InputStream in = PackagedModel.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				return Optional.empty();
			}
			String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
			int end = text.indexOf('\n');
			return (end < 0) ? Optional.empty()
					: Optional.of(new PackagedModel(text.substring(0, end).strip(), text.substring(end + 1)));
		}
		catch (IOException ex) {
			return Optional.empty();
		}
	}

	/** What such a resource holds. */
	public static String write(String fingerprint, String model) {
		return fingerprint + "\n" + model + "\n";
	}

}
