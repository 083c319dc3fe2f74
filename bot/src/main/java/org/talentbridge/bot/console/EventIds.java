package org.talentbridge.bot.console;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;

import org.talentbridge.bot.events.Event;

/** An event's id made from its title, as links show it ("Welcome reception, Lund" is welcome-reception-lund). */
final class EventIds {

	static final int MAX = 48;

	private EventIds() {
	}

	static String slug(String title) {
		String folded = title.toLowerCase(Locale.ROOT)
			.replace("æ", "ae")
			.replace("ø", "o")
			.replace("ß", "ss")
			.replace("đ", "d")
			.replace("ł", "l");
		// Accents go, letters stay: "Välkommen" is "valkommen".
		String plain = Normalizer.normalize(folded, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
		String slug = plain.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
		if (slug.length() > MAX) {
			slug = slug.substring(0, MAX);
			int cut = slug.lastIndexOf('-');
			slug = (cut >= MAX / 2) ? slug.substring(0, cut) : slug.replaceAll("-+$", "");
		}
		return slug.isEmpty() ? "event" : slug;
	}

	/** The slug, or the slug with the first free number ("mingle-2") when an event has it already. */
	static String unique(String title, Predicate<String> taken) {
		String base = slug(title);
		if (!taken.test(base)) {
			return base;
		}
		for (int n = 2;; n++) {
			String suffix = "-" + n;
			String candidate = base.substring(0, Math.min(base.length(), MAX - suffix.length())).replaceAll("-+$", "") + suffix;
			if (!taken.test(candidate) && candidate.matches(Event.ID_PATTERN)) {
				return candidate;
			}
		}
	}

}
