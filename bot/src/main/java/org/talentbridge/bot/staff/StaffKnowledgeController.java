package org.talentbridge.bot.staff;

import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.talentbridge.bot.conversation.Language;
import org.talentbridge.bot.knowledge.Article;
import org.talentbridge.bot.knowledge.ArticleDraft;
import org.talentbridge.bot.knowledge.KnowledgeBase;
import org.talentbridge.bot.knowledge.KnowledgeCuration;
import org.talentbridge.bot.knowledge.Match;
import org.talentbridge.bot.knowledge.UnansweredQuestions;

/**
 * The knowledge base for staff tools: the unanswered questions with the bot's best guesses, an
 * example question added to an article, articles read, changed and made (checked as the loader
 * checks files, kept as versions on top of them), and each exported as its Markdown file.
 */
@RestController
@RequestMapping(path = "/api/staff/knowledge", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Knowledge base")
class StaffKnowledgeController {

	static final String WHO = "staff API";

	private final KnowledgeCuration curation;

	private final KnowledgeBase knowledgeBase;

	private final UnansweredQuestions unanswered;

	StaffKnowledgeController(KnowledgeCuration curation, KnowledgeBase knowledgeBase, UnansweredQuestions unanswered) {
		this.curation = curation;
		this.knowledgeBase = knowledgeBase;
		this.unanswered = unanswered;
	}

	@GetMapping("/unanswered")
	@Operation(summary = "Questions the bot could not answer, most asked first, each with the articles it found closest")
	List<UnansweredJson> unanswered(@RequestParam(defaultValue = "100") int limit) {
		if (limit < 1 || limit > 1000) {
			throw new BadRequest("limit must be a number from 1 to 1000.");
		}
		return this.unanswered.mostAsked(limit).stream().map(entry -> {
			List<GuessJson> guesses = this.knowledgeBase.search(entry.text(), entry.language())
				.matches()
				.stream()
				.limit(3)
				.map(m -> GuessJson.of(m, entry.language()))
				.toList();
			return new UnansweredJson(entry.id(), entry.text(), entry.language().code(), entry.count(), entry.lastAsked(),
					guesses);
		}).toList();
	}

	@PostMapping("/unanswered/{id}/handled")
	@Operation(summary = "Take a question off the list")
	Map<String, String> handled(@PathVariable String id) {
		this.unanswered.handled(id);
		return Map.of("id", id, "status", "handled");
	}

	@PostMapping(path = "/unanswered/{id}/not-for-us")
	@Operation(summary = "No article should answer this question: it joins the out-of-scope phrases and leaves the list")
	Map<String, String> notForUs(@PathVariable String id) {
		UnansweredQuestions.Entry entry = this.unanswered.mostAsked(10_000)
			.stream()
			.filter(e -> e.id().equals(id))
			.findFirst()
			.orElseThrow(() -> new StaffEventsController.NotFound("There is no such unanswered question."));
		this.curation.notForUs(entry.language(), entry.text(), WHO);
		this.unanswered.handled(id);
		return Map.of("id", id, "status", "out of scope");
	}

	@GetMapping("/articles")
	@Operation(summary = "Every article in use, with how it stands against its file (file, edited, new, conflict)")
	List<Map<String, String>> articles() {
		Map<String, KnowledgeCuration.Difference> differences = differences();
		return this.knowledgeBase.articles()
			.stream()
			.map(a -> Map.of("id", a.id(), "title", a.section(Language.EN).orElseThrow().title(), "state",
					state(differences.get(a.id()))))
			.toList();
	}

	@GetMapping("/articles/{id}")
	@Operation(summary = "One article as staff edit it, with its staff versions")
	ArticleJson get(@PathVariable String id) {
		ArticleDraft draft = this.curation.draft(id).orElseThrow(() -> new KnowledgeCuration.NoSuchArticle(id));
		return ArticleJson.of(draft, state(differences().get(id)), this.curation.history(id));
	}

	@GetMapping(path = "/articles/{id}.md", produces = "text/markdown")
	@Operation(summary = "One article as its file in the repository's format, to commit")
	ResponseEntity<String> markdown(@PathVariable String id) {
		String text = this.curation.markdown(id).orElseThrow(() -> new KnowledgeCuration.NoSuchArticle(id));
		return ResponseEntity.ok()
			.header("Content-Disposition", "attachment; filename=\"" + id + ".md\"")
			.contentType(MediaType.parseMediaType("text/markdown;charset=UTF-8"))
			.body(text);
	}

	@PutMapping(path = "/articles/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Change an article: checked as the loader checks a file, kept as a new version, in use at once on every instance")
	ArticleJson put(@PathVariable String id, @RequestBody(required = false) @Nullable ArticleJson body) {
		if (body == null) {
			throw new BadRequest("Send the article as JSON: {\"country\": \"DK\", \"languages\": {\"en\": {...}}, ...}.");
		}
		if (body.id() != null && !body.id().equals(id)) {
			throw new BadRequest("field 'id' is '" + body.id() + "' but the address names " + id + "; an article keeps its id.");
		}
		this.curation.save(id, body.draft(id), WHO);
		return get(id);
	}

	@PostMapping(path = "/articles", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Make a new article: checked as the loader checks a file, in use at once on every instance")
	ResponseEntity<ArticleJson> create(@RequestBody(required = false) @Nullable ArticleJson body) {
		if (body == null) {
			throw new BadRequest("Send the article as JSON: {\"id\": \"...\", \"country\": \"DK\", \"languages\": {\"en\": {...}}, ...}.");
		}
		Article article = this.curation.create(body.draft(body.id()), WHO);
		return ResponseEntity.status(HttpStatus.CREATED).body(get(article.id()));
	}

	@PostMapping(path = "/articles/{id}/questions", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Add an example question to an article: the same question is answered with it at once")
	ResponseEntity<ArticleJson> addQuestion(@PathVariable String id, @RequestBody(required = false) @Nullable QuestionJson body) {
		if (body == null || body.question() == null || body.question().isBlank()) {
			throw new BadRequest("Send {\"language\": \"en\", \"question\": \"...\"}.");
		}
		Language language = language(body.language(), "language");
		this.curation.addQuestions(id, language, List.of(body.question()), WHO);
		return ResponseEntity.status(HttpStatus.CREATED).body(get(id));
	}

	@GetMapping("/changes")
	@Operation(summary = "The articles that differ from their files (edited, new, or in conflict with a file changed since), and the out-of-scope phrases added")
	Map<String, Object> changes() {
		return Map.of("articles", this.curation.differences()
			.stream()
			.map(d -> Map.of("id", d.articleId(), "file", d.file(), "state", d.state().name().toLowerCase(Locale.ROOT), "version",
					d.version()))
			.toList(), "outOfScope", this.curation.outOfScopeAdded());
	}

	@GetMapping(path = "/changes.zip", produces = "application/zip")
	@Operation(summary = "Everything that differs from the files, as a zip to unpack at the repository's root")
	ResponseEntity<byte[]> zip() {
		return ResponseEntity.ok()
			.header("Content-Disposition", "attachment; filename=\"knowledge-base-changes.zip\"")
			.contentType(MediaType.parseMediaType("application/zip"))
			.body(this.curation.zip());
	}

	private Map<String, KnowledgeCuration.Difference> differences() {
		Map<String, KnowledgeCuration.Difference> byId = new LinkedHashMap<>();
		this.curation.differences().forEach(d -> byId.put(d.articleId(), d));
		return byId;
	}

	private static String state(KnowledgeCuration.@Nullable Difference difference) {
		return (difference == null) ? "file" : difference.state().name().toLowerCase(Locale.ROOT);
	}

	static Language language(@Nullable String code, String field) {
		if (code == null || code.isBlank()) {
			throw new BadRequest(field + " is missing (en, sv or da).");
		}
		return Language.fromCode(code)
			.filter(l -> l.code().equals(code))
			.orElseThrow(() -> new BadRequest(field + " must be en, sv or da (was '" + code + "')."));
	}

	@ExceptionHandler
	ResponseEntity<Map<String, String>> invalid(KnowledgeCuration.InvalidArticle ex) {
		return ResponseEntity.badRequest().body(Map.of("error", ex.getMessage()));
	}

	@ExceptionHandler
	ResponseEntity<Map<String, String>> notFound(KnowledgeCuration.NoSuchArticle ex) {
		return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error", ex.getMessage()));
	}

	@ExceptionHandler
	ResponseEntity<Map<String, String>> noQuestion(StaffEventsController.NotFound ex) {
		return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error", ex.getMessage()));
	}

	@ExceptionHandler
	ResponseEntity<Map<String, String>> exists(KnowledgeCuration.ArticleExists ex) {
		return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("error", ex.getMessage()));
	}

	record GuessJson(String id, String title, double confidence) {

		static GuessJson of(Match match, Language language) {
			Article a = match.article();
			return new GuessJson(a.id(), a.section(language).or(() -> a.section(Language.EN)).orElseThrow().title(),
					Math.round(match.confidence() * 1000) / 1000.0);
		}

	}

	record UnansweredJson(String id, String text, String language, long count, Instant lastAsked, List<GuessJson> guesses) {
	}

	record QuestionJson(@Nullable String language, @Nullable String question) {
	}

	record TextJson(@Nullable String title, @Nullable String answer, @Nullable List<String> questions) {
	}

	/**
	 * An article as JSON; {@code state} and {@code versions} are answered, never read.
	 */
	record ArticleJson(@Nullable String id, @Nullable String country, @Nullable String counterpart, @Nullable String commute,
			@Nullable List<String> topics, @Nullable List<String> sources, @Nullable String checked,
			@Nullable String validUntil, @Nullable Map<String, TextJson> languages, @Nullable String state,
			@Nullable List<KnowledgeCuration.ArticleVersion> versions) {

		static ArticleJson of(ArticleDraft draft, String state, List<KnowledgeCuration.ArticleVersion> versions) {
			Map<String, TextJson> languages = new LinkedHashMap<>();
			draft.languages().forEach((language, text) -> languages.put(language.code(),
					new TextJson(text.title(), text.answer(), text.questions())));
			return new ArticleJson(draft.id(), draft.country(), draft.counterpart(), draft.commute(), draft.topics(),
					draft.sources(), draft.checked(), draft.validUntil(), languages, state, versions);
		}

		ArticleDraft draft(@Nullable String id) {
			Map<Language, ArticleDraft.Text> texts = new EnumMap<>(Language.class);
			if (this.languages != null) {
				this.languages.forEach((code, text) -> {
					Language language = language(code, "languages");
					if (text != null) {
						texts.put(language, new ArticleDraft.Text(text.title(), text.answer(),
								(text.questions() == null) ? List.of() : text.questions().stream().map(q -> q == null ? "" : q).toList()));
					}
				});
			}
			return new ArticleDraft(id, this.country, this.counterpart, this.commute, nonNull(this.topics), nonNull(this.sources),
					this.checked, this.validUntil, texts);
		}

		private static List<String> nonNull(@Nullable List<String> values) {
			return (values == null) ? List.of() : values.stream().map(v -> v == null ? "" : v).toList();
		}

	}

}
