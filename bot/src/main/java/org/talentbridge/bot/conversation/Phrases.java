package org.talentbridge.bot.conversation;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * The bot's own sentences in English, Swedish and Danish, from {@code i18n/messages_<code>.properties}.
 * Articles carry their own text; this is for everything around them. Placeholders are {0}, {1}...
 * replaced as they are (no MessageFormat, so apostrophes need no escaping).
 */
@Component
public class Phrases {

	private final Map<Language, Properties> bundles = new EnumMap<>(Language.class);

	public Phrases() {
		for (Language language : Language.values()) {
			this.bundles.put(language, load("i18n/messages_" + language.code() + ".properties"));
		}
	}

	public String get(Language language, String key, Object... args) {
		String text = this.bundles.get(language).getProperty(key);
		if (text == null) {
			text = this.bundles.get(Language.EN).getProperty(key);
		}
		if (text == null) {
			throw new IllegalArgumentException("No phrase '" + key + "'");
		}
		for (int i = 0; i < args.length; i++) {
			text = text.replace("{" + i + "}", String.valueOf(args[i]));
		}
		return text;
	}

	/**
	 * A phrase about a number, in the right form: {@code <key>.one} for 1, {@code <key>.other}
	 * otherwise ("1 mentorship match", "3 mentorship matches"), with the number as {0} and
	 * {@code args} from {1} on. English, Swedish and Danish need no more forms.
	 */
	public String count(Language language, String key, long number, Object... args) {
		Object[] all = new Object[args.length + 1];
		all[0] = number;
		System.arraycopy(args, 0, all, 1, args.length);
		return get(language, key + ((number == 1) ? ".one" : ".other"), all);
	}

	public Set<String> keys(Language language) {
		return this.bundles.get(language).stringPropertyNames();
	}

	static Properties load(String resource) {
		Properties properties = new Properties();
		try (InputStream in = Phrases.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("Missing " + resource);
			}
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return properties;
	}

}
