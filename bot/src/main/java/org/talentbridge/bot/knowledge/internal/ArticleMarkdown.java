package org.talentbridge.bot.knowledge.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.talentbridge.bot.conversation.Language;
import org.talentbridge.bot.knowledge.Article;
import org.talentbridge.bot.knowledge.ArticleDraft;

/**
 * Articles as files in the repository's format, both ways: a draft written as the Markdown file a
 * person would write, and that text read by the loader's own parser, so an edit made in the console
 * is checked exactly as the file would be at startup.
 */
public final class ArticleMarkdown {

	private static final Pattern PLAIN = Pattern.compile("[\\p{L}][^\"\\\\\\n\\t]*");

	private static final Set<String> RESERVED = Set.of("yes", "no", "true", "false", "on", "off", "y", "n", "null", "~");

	private ArticleMarkdown() {
	}

	/** The file an article with this id lives in, relative to the knowledge base. */
	public static String file(@Nullable String id) {
		return "articles/" + ((id == null || id.isBlank()) ? "<no id>" : id.strip()) + ".md";
	}

	/** Reads one article as the loader does; an {@link ArticleFormatException} names the file and the field. */
	public static Article parse(String file, String markdown, LocalDate today) {
		return ArticleParser.parse(file, markdown, today);
	}

	/** The draft as a Markdown file: front matter in the order of the repository's files, then one section per language. */
	public static String write(ArticleDraft draft) {
		StringBuilder out = new StringBuilder("---\n");
		field(out, "id", draft.id());
		field(out, "country", draft.country());
		field(out, "counterpart", draft.counterpart());
		field(out, "commute", draft.commute());
		List<String> topics = draft.topics().stream().map(String::strip).filter(t -> !t.isEmpty()).toList();
		if (!topics.isEmpty()) {
			out.append("topics: [")
				.append(String.join(", ", topics.stream().map(t -> scalar(t, true)).toList()))
				.append("]\n");
		}
		list(out, "sources", draft.sources(), "  ");
		field(out, "checked", draft.checked());
		field(out, "valid-until", draft.validUntil());
		boolean any = draft.languages().values().stream().anyMatch(t -> t.questions().stream().anyMatch(q -> !q.isBlank()));
		if (any) {
			out.append("questions:\n");
			for (Language language : Language.values()) {
				ArticleDraft.Text text = draft.languages().get(language);
				if (text != null) {
					list(out, "  " + language.code(), text.questions(), "    ");
				}
			}
		}
		out.append("---\n");
		boolean first = true;
		for (Language language : Language.values()) {
			ArticleDraft.Text text = draft.languages().get(language);
			if (text == null || (blank(text.title()) && blank(text.answer()))) {
				continue;
			}
			if (!first) {
				out.append('\n');
			}
			first = false;
			String title = (text.title() == null) ? "" : text.title().replaceAll("\\s+", " ").strip();
			out.append("## ").append(language.code()).append(": ").append(title).append('\n');
			String answer = (text.answer() == null) ? "" : text.answer().replace("\r\n", "\n").strip();
			if (!answer.isEmpty()) {
				out.append(answer).append('\n');
			}
		}
		return out.toString();
	}

	/** The article as it is loaded, written back as a file. */
	public static String write(Article article) {
		return write(ArticleDraft.of(article));
	}

	private static boolean blank(@Nullable String value) {
		return value == null || value.isBlank();
	}

	private static void field(StringBuilder out, String name, @Nullable String value) {
		if (!blank(value)) {
			String stripped = value.strip();
			// Dates as in the repository's files; YAML reads them back as dates, and the loader takes those.
			String written = stripped.matches("\\d{4}-\\d{2}-\\d{2}") ? stripped : scalar(stripped, false);
			out.append(name).append(": ").append(written).append('\n');
		}
	}

	private static void list(StringBuilder out, String name, List<String> values, String indent) {
		List<String> kept = values.stream().map(v -> v.replaceAll("\\s+", " ").strip()).filter(v -> !v.isEmpty()).toList();
		if (kept.isEmpty()) {
			return;
		}
		out.append(name).append(":\n");
		for (String value : kept) {
			out.append(indent).append("- ").append(scalar(value, false)).append('\n');
		}
	}

	/** Plain where YAML reads it back as the same text, else double-quoted. */
	static String scalar(String value, boolean inFlow) {
		boolean plain = (PLAIN.matcher(value).matches() || value.startsWith("https://")) && !value.endsWith(":")
				&& !value.contains(": ") && !value.contains(" #") && !value.endsWith(" ") && !value.contains("\"")
				&& !value.contains("\\") && !RESERVED.contains(value.toLowerCase(Locale.ROOT))
				&& !(inFlow && value.matches(".*[,\\[\\]{}].*"));
		if (plain) {
			return value;
		}
		return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " ").replace("\t", " ") + "\"";
	}

}
