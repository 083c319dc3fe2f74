package org.talentbridge.bot.knowledge;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.talentbridge.bot.conversation.Language;

/**
 * One curated answer, in up to three languages.
 *
 * @param id unique id, also the file name
 * @param country DK, SE, cross-border or region
 * @param topics lowercase tags
 * @param sources official pages the facts were checked on
 * @param checked when a person last re-read the sources
 * @param validUntil when the article is due for its next review, at most a year after {@code checked}
 * @param questions example questions per language
 * @param sections title and answer per language; English is always there
 * @param file where it came from, for messages to the people who edit it
 * @param counterpart the article on the same topic on the other side of the Öresund (CPR number and
 * personnummer); null when there is none. The loader checks that it points back.
 * @param commute for an article about one direction of commuting, where its reader lives and works
 * ("SE-DK": lives in Sweden, works in Denmark); null otherwise
 */
public record Article(String id, String country, List<String> topics, List<String> sources, LocalDate checked,
		LocalDate validUntil, Map<Language, List<String>> questions, Map<Language, Section> sections, String file,
		@Nullable String counterpart, @Nullable String commute) {

	public static final java.util.regex.Pattern COMMUTE = java.util.regex.Pattern.compile("(DK-SE|SE-DK)");

	public static final List<String> COUNTRIES = List.of("DK", "SE", "cross-border", "region");

	/** The section in the wanted language, if the article has it. */
	public Optional<Section> section(Language language) {
		return Optional.ofNullable(this.sections.get(language));
	}

	/** Whether the article's review date has passed on {@code day}: it counts as checked up to and including valid-until. */
	public boolean overdueOn(LocalDate day) {
		return day.isAfter(this.validUntil);
	}

	/**
	 * The source the answer in this language was checked against: the source its own text links
	 * first (the Danish page of a service for the Danish answer), else the first source.
	 */
	public String source(Language language) {
		String body = section(language).or(() -> section(Language.EN)).map(Section::body).orElse("");
		String first = this.sources.get(0);
		int at = Integer.MAX_VALUE;
		for (String url : this.sources) {
			int link = link(body, url);
			if (link >= 0 && link < at) {
				at = link;
				first = url;
			}
		}
		return first;
	}

	/**
	 * Where the text first links the address: followed by a blank, a full stop, a comma, a closing
	 * parenthesis or the end, not by more of a longer address. On every answer, so without a regex.
	 */
	static int link(String body, String url) {
		for (int at = body.indexOf(url); at >= 0; at = body.indexOf(url, at + 1)) {
			int after = at + url.length();
			if (after == body.length() || " \t\n\u000B\f\r.,)".indexOf(body.charAt(after)) >= 0) {
				return at;
			}
		}
		return -1;
	}

	/** A title and answer in one language. */
	public record Section(String title, String body) {
	}

}
