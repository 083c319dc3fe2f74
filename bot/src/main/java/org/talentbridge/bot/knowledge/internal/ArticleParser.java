package org.talentbridge.bot.knowledge.internal;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

import org.talentbridge.bot.conversation.Language;
import org.talentbridge.bot.knowledge.Article;
import org.talentbridge.bot.knowledge.Article.Section;

/**
 * Reads one article: YAML front matter between "---" lines, then one "## <lang>: <title>" section
 * per language. Strict, so a typo fails at startup rather than hiding an article.
 */
final class ArticleParser {

	static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private static final Pattern SECTION = Pattern.compile("^##\\s+([A-Za-z-]+)\\s*:\\s*(.*)$");

	private static final Set<String> FIELDS = Set.of("id", "country", "counterpart", "commute", "topics", "sources", "checked", "valid-until",
			"questions");

	/** An article is re-read against its sources at least once a year. */
	static final java.time.Period LONGEST_REVIEW = java.time.Period.ofYears(1);

	private ArticleParser() {
	}

	static Article parse(String file, String content, LocalDate today) {
		String text = content.replace("\r\n", "\n");
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		if (!text.startsWith("---\n")) {
			throw new ArticleFormatException(file, "must start with a '---' line opening the front matter");
		}
		int end = text.indexOf("\n---", 3);
		if (end < 0) {
			throw new ArticleFormatException(file, "front matter is not closed with a '---' line");
		}
		Map<String, Object> front = frontMatter(file, text.substring(4, end));
		int bodyStart = text.indexOf('\n', end + 1);
		String body = (bodyStart < 0) ? "" : text.substring(bodyStart + 1);

		for (String key : front.keySet()) {
			if (!FIELDS.contains(key)) {
				throw new ArticleFormatException(file, "unknown field '" + key + "' (known: " + String.join(", ", FIELDS.stream().sorted().toList()) + ")");
			}
		}
		String id = string(file, front, "id");
		if (!ID.matcher(id).matches()) {
			throw new ArticleFormatException(file, "field 'id' must be lowercase letters, digits and dashes (was '" + id + "')");
		}
		String expectedName = id + ".md";
		String fileName = file.substring(file.lastIndexOf('/') + 1);
		if (!fileName.equals(expectedName)) {
			throw new ArticleFormatException(file, "field 'id' is '" + id + "' but the file is named " + fileName);
		}
		String country = string(file, front, "country");
		if (!Article.COUNTRIES.contains(country)) {
			throw new ArticleFormatException(file, "field 'country' must be one of " + Article.COUNTRIES + " (was '" + country + "')");
		}
		List<String> topics = strings(file, front.get("topics"), "topics");
		for (String topic : topics) {
			if (!topic.equals(topic.toLowerCase(java.util.Locale.ROOT))) {
				throw new ArticleFormatException(file, "field 'topics' must be lowercase (was '" + topic + "')");
			}
		}
		List<String> sources = strings(file, front.get("sources"), "sources");
		for (String source : sources) {
			if (!source.startsWith("https://") || source.contains(" ")) {
				throw new ArticleFormatException(file, "field 'sources' must hold https:// URLs (was '" + source + "')");
			}
		}
		LocalDate checked = date(file, front.get("checked"), "checked");
		if (checked.isAfter(today)) {
			throw new ArticleFormatException(file, "field 'checked' is in the future (" + checked + ")");
		}
		LocalDate validUntil = date(file, front.get("valid-until"), "valid-until");
		if (!validUntil.isAfter(checked) || validUntil.isAfter(checked.plus(LONGEST_REVIEW))) {
			throw new ArticleFormatException(file, "field 'valid-until' must be after 'checked' and at most a year later (checked "
					+ checked + ", valid-until " + validUntil + ")");
		}
		Map<Language, List<String>> questions = questions(file, front.get("questions"));
		Map<Language, Section> sections = sections(file, body);
		if (!sections.containsKey(Language.EN)) {
			throw new ArticleFormatException(file, "needs an English section starting with '## en: <title>'");
		}
		String counterpart = null;
		if (front.get("counterpart") != null) {
			counterpart = string(file, front, "counterpart");
			if (!ID.matcher(counterpart).matches() || counterpart.equals(id)) {
				throw new ArticleFormatException(file, "field 'counterpart' must be the id of another article (was '" + counterpart + "')");
			}
		}
		String commute = null;
		if (front.get("commute") != null) {
			commute = string(file, front, "commute");
			if (!Article.COMMUTE.matcher(commute).matches()) {
				throw new ArticleFormatException(file, "field 'commute' must be DK-SE (live in Denmark, work in Sweden) or SE-DK (was '" + commute + "')");
			}
		}
		return new Article(id, country, topics, sources, checked, validUntil, questions, sections, file, counterpart,
				commute);
	}

	private static Map<String, Object> frontMatter(String file, String yaml) {
		Object parsed;
		try {
			parsed = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
		}
		catch (YAMLException ex) {
			String reason = ex.getMessage() == null ? "" : ex.getMessage().lines().findFirst().orElse("");
			throw new ArticleFormatException(file, "front matter is not valid YAML: " + reason);
		}
		if (!(parsed instanceof Map<?, ?> map)) {
			throw new ArticleFormatException(file, "front matter must be a list of 'field: value' lines");
		}
		@SuppressWarnings("unchecked")
		Map<String, Object> fields = (Map<String, Object>) map;
		return fields;
	}

	private static String string(String file, Map<String, Object> front, String field) {
		Object value = front.get(field);
		if (value == null || value.toString().isBlank()) {
			throw new ArticleFormatException(file, "field '" + field + "' is missing");
		}
		if (value instanceof Collection<?> || value instanceof Map<?, ?>) {
			throw new ArticleFormatException(file, "field '" + field + "' must be a single value");
		}
		return value.toString().trim();
	}

	private static List<String> strings(String file, Object value, String field) {
		if (value == null) {
			throw new ArticleFormatException(file, "field '" + field + "' is missing");
		}
		if (!(value instanceof List<?> list) || list.isEmpty()) {
			throw new ArticleFormatException(file, "field '" + field + "' must be a non-empty list");
		}
		List<String> out = new ArrayList<>();
		for (Object item : list) {
			if (item == null || item instanceof Collection<?> || item instanceof Map<?, ?> || item.toString().isBlank()) {
				throw new ArticleFormatException(file, "field '" + field + "' has an empty or nested entry");
			}
			out.add(item.toString().trim());
		}
		return List.copyOf(out);
	}

	private static LocalDate date(String file, Object value, String field) {
		if (value == null) {
			throw new ArticleFormatException(file, "field '" + field + "' is missing");
		}
		if (value instanceof Date date) {
			return date.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
		}
		try {
			return LocalDate.parse(value.toString().trim());
		}
		catch (DateTimeParseException ex) {
			throw new ArticleFormatException(file, "field '" + field + "' must be a date YYYY-MM-DD (was '" + value + "')");
		}
	}

	private static Map<Language, List<String>> questions(String file, Object value) {
		if (!(value instanceof Map<?, ?> map)) {
			throw new ArticleFormatException(file, "field 'questions' must map languages (en, sv, da) to lists of questions");
		}
		Map<Language, List<String>> questions = new EnumMap<>(Language.class);
		for (Map.Entry<?, ?> entry : map.entrySet()) {
			String code = String.valueOf(entry.getKey());
			Language language = Language.fromCode(code)
				.filter(l -> l.code().equals(code))
				.orElseThrow(() -> new ArticleFormatException(file, "field 'questions' has unknown language '" + code + "' (use en, sv or da)"));
			questions.put(language, strings(file, entry.getValue(), "questions." + code));
		}
		if (!questions.containsKey(Language.EN)) {
			throw new ArticleFormatException(file, "field 'questions.en' is missing");
		}
		return questions;
	}

	private static Map<Language, Section> sections(String file, String body) {
		Map<Language, Section> sections = new EnumMap<>(Language.class);
		Language current = null;
		String title = null;
		StringBuilder text = new StringBuilder();
		for (String line : body.split("\n", -1)) {
			Matcher header = SECTION.matcher(line);
			if (header.matches()) {
				if (current != null) {
					put(file, sections, current, title, text);
				}
				String code = header.group(1);
				current = Language.fromCode(code)
					.filter(l -> l.code().equals(code))
					.orElseThrow(() -> new ArticleFormatException(file, "section '## " + code + ":' has an unknown language (use en, sv or da)"));
				if (sections.containsKey(current)) {
					throw new ArticleFormatException(file, "section '## " + code + ":' appears twice");
				}
				title = header.group(2).trim();
				if (title.isEmpty()) {
					throw new ArticleFormatException(file, "section '## " + code + ":' has no title");
				}
				text.setLength(0);
			}
			else if (current == null) {
				if (!line.isBlank()) {
					throw new ArticleFormatException(file, "text before the first '## en: <title>' section");
				}
			}
			else {
				text.append(line).append('\n');
			}
		}
		if (current != null) {
			put(file, sections, current, title, text);
		}
		return sections;
	}

	private static void put(String file, Map<Language, Section> sections, Language language, String title,
			StringBuilder text) {
		String body = text.toString().strip().replaceAll("\n{3,}", "\n\n");
		if (body.isEmpty()) {
			throw new ArticleFormatException(file, "section '## " + language.code() + ":' has no text");
		}
		sections.put(language, new Section(title, body));
	}

}
