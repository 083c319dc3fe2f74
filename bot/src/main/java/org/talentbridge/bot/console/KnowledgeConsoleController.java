package org.talentbridge.bot.console;

import java.security.Principal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.talentbridge.bot.conversation.Language;
import org.talentbridge.bot.knowledge.Article;
import org.talentbridge.bot.knowledge.ArticleDraft;
import org.talentbridge.bot.knowledge.KnowledgeBase;
import org.talentbridge.bot.knowledge.KnowledgeCuration;
import org.talentbridge.bot.knowledge.UnansweredQuestions;

/**
 * Curating from the console: an unanswered question (or a group of them) added as example questions
 * of an article, turned into a new article, or declared not for us; and the article editor with a
 * preview as each channel shows the answer, checked as the loader checks a file. What differs from
 * the files is listed and downloaded as Markdown, one file or a zip of all.
 */
@Controller
class KnowledgeConsoleController {

	/** The longest message each channel sends in one piece; longer answers go as several. */
	static final Map<String, Integer> CHANNELS = channels();

	private static Map<String, Integer> channels() {
		Map<String, Integer> channels = new LinkedHashMap<>();
		channels.put("Web chat", 4000);
		channels.put("Telegram", 4096);
		channels.put("Discord", 2000);
		return java.util.Collections.unmodifiableMap(channels);
	}

	private static final Pattern FIELD = Pattern.compile("(?:field|section) '(?:## )?([a-z-]+(?:\\.[a-z]+)?):?'");

	private final KnowledgeCuration curation;

	private final KnowledgeBase knowledgeBase;

	private final UnansweredQuestions unanswered;

	private final ConsoleTime time;

	KnowledgeConsoleController(KnowledgeCuration curation, KnowledgeBase knowledgeBase, UnansweredQuestions unanswered,
			ConsoleTime time) {
		this.time = time;
		this.curation = curation;
		this.knowledgeBase = knowledgeBase;
		this.unanswered = unanswered;
	}

	@PostMapping("/console/questions/example")
	String addAsExample(@RequestParam(name = "q", required = false) List<String> ids, @RequestParam String language,
			@RequestParam(defaultValue = "") String article, Principal principal, RedirectAttributes redirect) {
		List<UnansweredQuestions.Entry> entries = entries(ids);
		Optional<Language> lang = Language.fromCode(language);
		if (entries.isEmpty() || lang.isEmpty()) {
			redirect.addFlashAttribute("error", "Those questions are no longer on the list.");
			return "redirect:/console/questions";
		}
		if (article.isBlank()) {
			redirect.addFlashAttribute("error", "Choose the article the question belongs to.");
			return "redirect:/console/questions";
		}
		try {
			this.curation.addQuestions(article, lang.get(), entries.stream().map(UnansweredQuestions.Entry::text).toList(),
					principal.getName());
			entries.forEach(e -> this.unanswered.handled(e.id()));
			redirect.addFlashAttribute("notice", "Added as " + (entries.size() == 1 ? "an example question" : entries.size() + " example questions")
					+ " of " + article + ". The bot answers " + (entries.size() == 1 ? "it" : "them") + " with that article now.");
		}
		catch (KnowledgeCuration.NoSuchArticle | KnowledgeCuration.InvalidArticle ex) {
			redirect.addFlashAttribute("error", "Not added: " + ex.getMessage());
		}
		return "redirect:/console/questions";
	}

	@PostMapping("/console/questions/not-for-us")
	String notForUs(@RequestParam(name = "q", required = false) List<String> ids, Principal principal, RedirectAttributes redirect) {
		List<UnansweredQuestions.Entry> entries = entries(ids);
		if (entries.isEmpty()) {
			redirect.addFlashAttribute("error", "Those questions are no longer on the list.");
			return "redirect:/console/questions";
		}
		for (UnansweredQuestions.Entry entry : entries) {
			this.curation.notForUs(entry.language(), entry.text(), principal.getName());
			this.unanswered.handled(entry.id());
		}
		redirect.addFlashAttribute("notice", "Marked as not for us: the bot learns to say it does not know such questions.");
		return "redirect:/console/questions";
	}

	@GetMapping("/console/knowledge")
	String articles(Model model) {
		Map<String, KnowledgeCuration.Difference> differences = differences();
		model.addAttribute("section", "questions");
		model.addAttribute("articles", this.knowledgeBase.articles()
			.stream()
			.sorted(java.util.Comparator.comparing(Article::id))
			.map(a -> new Listed(a.id(), a.section(Language.EN).orElseThrow().title(), a.country(),
					state(differences.get(a.id()))))
			.toList());
		model.addAttribute("changes", this.curation.differences()
			.stream()
			.map(d -> new Change(d, Shown.of(d.version(), this.time)))
			.toList());
		model.addAttribute("outOfScope", this.curation.outOfScopeAdded());
		return "console/knowledge";
	}

	@GetMapping("/console/knowledge/new")
	String newArticle(@RequestParam(defaultValue = "en") String language, @RequestParam(defaultValue = "") String question,
			@RequestParam(name = "q", required = false) List<String> ids, Model model) {
		Language lang = Language.fromCode(language).orElse(Language.EN);
		Map<Language, ArticleDraft.Text> texts = new EnumMap<>(Language.class);
		List<String> questions = new ArrayList<>();
		entries(ids).forEach(e -> questions.add(e.text()));
		if (!question.isBlank() && !questions.contains(question.strip())) {
			questions.add(0, question.strip());
		}
		texts.put(lang, new ArticleDraft.Text("", "", questions));
		java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Copenhagen"));
		ArticleDraft draft = new ArticleDraft("", "DK", null, null, List.of(), List.of(), today.toString(),
				today.plusYears(1).toString(), texts);
		return editor(model, draft, true, (ids == null) ? List.of() : ids, null, null, null);
	}

	@GetMapping("/console/knowledge/{id}")
	String edit(@PathVariable String id, Model model) {
		Optional<ArticleDraft> draft = this.curation.draft(id);
		if (draft.isEmpty()) {
			model.addAttribute("section", "questions");
			return "console/not-found";
		}
		return editor(model, draft.get(), false, List.of(), null, null, null);
	}

	@GetMapping(path = "/console/knowledge/{id}.md", produces = "text/markdown")
	ResponseEntity<String> markdown(@PathVariable String id) {
		return this.curation.markdown(id)
			.map(text -> ResponseEntity.ok()
				.header("Content-Disposition", "attachment; filename=\"" + id + ".md\"")
				.contentType(MediaType.parseMediaType("text/markdown;charset=UTF-8"))
				.body(text))
			.orElseGet(() -> ResponseEntity.notFound().build());
	}

	@GetMapping(path = "/console/knowledge/changes.zip", produces = "application/zip")
	ResponseEntity<byte[]> zip() {
		return ResponseEntity.ok()
			.header("Content-Disposition", "attachment; filename=\"knowledge-base-changes.zip\"")
			.contentType(MediaType.parseMediaType("application/zip"))
			.body(this.curation.zip());
	}

	/** Preview or save: both check the draft as the loader would; only save keeps it. */
	@PostMapping("/console/knowledge")
	String save(@RequestParam MultiValueMap<String, String> form, Principal principal, Model model, RedirectAttributes redirect) {
		boolean creating = "true".equals(form.getFirst("creating"));
		ArticleDraft draft = draft(form);
		List<String> from = Optional.ofNullable(form.get("q")).orElse(List.of());
		String id = (draft.id() == null) ? "" : draft.id();
		try {
			if (!"save".equals(form.getFirst("action"))) {
				Language language = Language.fromCode(Optional.ofNullable(form.getFirst("previewLanguage")).orElse("en")).orElse(Language.EN);
				KnowledgeCuration.Preview preview = this.curation.preview(draft, language);
				return editor(model, draft, creating, from, null, preview, language);
			}
			Article saved = creating ? this.curation.create(draft, principal.getName())
					: this.curation.save(id, draft, principal.getName());
			entries(from).forEach(e -> this.unanswered.handled(e.id()));
			redirect.addFlashAttribute("notice", "Saved " + saved.id() + ": the bot answers with it now, on every instance.");
			return "redirect:/console/knowledge/" + saved.id();
		}
		catch (KnowledgeCuration.InvalidArticle | KnowledgeCuration.ArticleExists | KnowledgeCuration.NoSuchArticle ex) {
			return editor(model, draft, creating, from, ex.getMessage(), null, null);
		}
	}

	private String editor(Model model, ArticleDraft draft, boolean creating, List<String> from, @Nullable String problem,
			KnowledgeCuration.@Nullable Preview preview, @Nullable Language previewLanguage) {
		model.addAttribute("section", "questions");
		model.addAttribute("draft", draft);
		model.addAttribute("creating", creating);
		model.addAttribute("from", from);
		model.addAttribute("languages", List.of(Language.EN, Language.SV, Language.DA));
		model.addAttribute("languageNames", Map.of(Language.EN, "English", Language.SV, "Swedish", Language.DA, "Danish"));
		model.addAttribute("texts", texts(draft));
		model.addAttribute("others", this.knowledgeBase.articles()
			.stream()
			.map(Article::id)
			.filter(other -> !other.equals(draft.id()))
			.sorted()
			.toList());
		model.addAttribute("history", (creating || draft.id() == null) ? List.of()
				: this.curation.history(draft.id()).stream().map(v -> Shown.of(v, this.time)).toList());
		model.addAttribute("sourcesText", String.join("\n", draft.sources()));
		model.addAttribute("state", creating ? null : state(differences().get(draft.id())));
		if (problem != null) {
			model.addAttribute("error", "Not saved: " + problem);
			Matcher field = FIELD.matcher(problem);
			model.addAttribute("invalidField", field.find() ? field.group(1) : "");
		}
		if (preview != null) {
			model.addAttribute("preview", preview);
			model.addAttribute("previewLanguage", previewLanguage);
			Map<String, List<String>> parts = new LinkedHashMap<>();
			CHANNELS.forEach((channel, limit) -> parts.put(channel, split(preview.text(), limit)));
			model.addAttribute("channels", parts);
			model.addAttribute("limits", CHANNELS);
		}
		return "console/article";
	}

	/** Each language's fields as the form shows them: questions one a line. */
	private static Map<String, Map<String, String>> texts(ArticleDraft draft) {
		Map<String, Map<String, String>> texts = new LinkedHashMap<>();
		for (Language language : List.of(Language.EN, Language.SV, Language.DA)) {
			ArticleDraft.Text text = draft.languages().get(language);
			texts.put(language.code(), Map.of("title", (text == null || text.title() == null) ? "" : text.title(), "answer",
					(text == null || text.answer() == null) ? "" : text.answer(), "questions",
					(text == null) ? "" : String.join("\n", text.questions())));
		}
		return texts;
	}

	private static ArticleDraft draft(MultiValueMap<String, String> form) {
		Map<Language, ArticleDraft.Text> texts = new EnumMap<>(Language.class);
		for (Language language : Language.values()) {
			String title = value(form, "title-" + language.code());
			String answer = value(form, "answer-" + language.code());
			List<String> questions = lines(value(form, "questions-" + language.code()));
			if (!title.isBlank() || !answer.isBlank() || !questions.isEmpty()) {
				texts.put(language, new ArticleDraft.Text(title, answer, questions));
			}
		}
		return new ArticleDraft(value(form, "id").strip(), value(form, "country"), blankToNull(value(form, "counterpart")),
				blankToNull(value(form, "commute")),
				Arrays.stream(value(form, "topics").split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList(),
				lines(value(form, "sources")), value(form, "checked"), value(form, "valid-until"), texts);
	}

	private static String value(MultiValueMap<String, String> form, String name) {
		String value = form.getFirst(name);
		return (value == null) ? "" : value;
	}

	private static @Nullable String blankToNull(String value) {
		return value.isBlank() ? null : value.strip();
	}

	private static List<String> lines(String text) {
		return text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
	}

	/** A reply as a channel sends it: in pieces below its limit, split at paragraph breaks. */
	static List<String> split(String text, int limit) {
		List<String> parts = new ArrayList<>();
		StringBuilder part = new StringBuilder();
		for (String paragraph : text.split("\n\n")) {
			if (part.length() > 0 && part.length() + 2 + paragraph.length() > limit) {
				parts.add(part.toString());
				part.setLength(0);
			}
			if (part.length() > 0) {
				part.append("\n\n");
			}
			part.append(paragraph);
		}
		if (part.length() > 0) {
			parts.add(part.toString());
		}
		return parts;
	}

	private List<UnansweredQuestions.Entry> entries(@Nullable List<String> ids) {
		if (ids == null || ids.isEmpty()) {
			return List.of();
		}
		return this.unanswered.mostAsked(10_000).stream().filter(e -> ids.contains(e.id())).toList();
	}

	private Map<String, KnowledgeCuration.Difference> differences() {
		Map<String, KnowledgeCuration.Difference> byId = new LinkedHashMap<>();
		this.curation.differences().forEach(d -> byId.put(d.articleId(), d));
		return byId;
	}

	private static String state(KnowledgeCuration.@Nullable Difference difference) {
		return (difference == null) ? "as in its file" : switch (difference.state()) {
			case EDITED -> "changed by staff";
			case NEW -> "new, no file yet";
			case CONFLICT -> "conflict: the file changed too";
		};
	}

	record Listed(String id, String title, String country, String state) {
	}

	/** A staff version as the page shows it, in the programme's local time like every console time. */
	record Shown(int number, String who, String when, String what) {

		static Shown of(KnowledgeCuration.ArticleVersion version, ConsoleTime time) {
			return new Shown(version.number(), version.who(), time.dateTimeZoned(version.at()), version.what());
		}

	}

	record Change(KnowledgeCuration.Difference difference, Shown shown) {
	}

}
