package org.talentbridge.bot.knowledge;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import org.talentbridge.bot.conversation.Language;
import org.talentbridge.bot.conversation.Reply;
import org.talentbridge.bot.knowledge.internal.ArticleFormatException;
import org.talentbridge.bot.knowledge.internal.ArticleMarkdown;
import org.talentbridge.bot.knowledge.internal.KnowledgeSource;
import org.talentbridge.bot.knowledge.internal.StaffEdits;

/**
 * Staff improve the knowledge base without a programmer: an unanswered question becomes an example
 * question of an article, a new article, or an out-of-scope phrase; articles are edited whole. Every
 * change is checked by the loader's own rules, kept in Redis as a version (who, when, what), and
 * applied at once here and, within {@link KnowledgeProperties#editsCheck()}, on every other instance
 * and after restarts, on top of the files. The files stay the reviewed source: what differs from them
 * is exported in their format, and a file that changed under a staff edit is shown as a conflict.
 */
@Component
public class KnowledgeCuration {

	private static final Logger log = LoggerFactory.getLogger(KnowledgeCuration.class);

	static final int MAX_QUESTION = 500;

	private final KnowledgeBase knowledgeBase;

	private final KnowledgeHandler handler;

	private final Clock clock;

	KnowledgeCuration(KnowledgeBase knowledgeBase, KnowledgeHandler handler, Clock clock) {
		this.knowledgeBase = knowledgeBase;
		this.handler = handler;
		this.clock = clock;
	}

	/** Input staff can correct; the message names the file and the field as the loader does. */
	public static class InvalidArticle extends RuntimeException {

		public InvalidArticle(String message) {
			super(message, null, false, false);
		}

	}

	public static class NoSuchArticle extends RuntimeException {

		public NoSuchArticle(String id) {
			super("There is no article " + id + ".", null, false, false);
		}

	}

	public static class ArticleExists extends RuntimeException {

		public ArticleExists(String id) {
			super("An article with the id " + id + " exists.", null, false, false);
		}

	}

	/** One staff version of an article. */
	public record ArticleVersion(String articleId, int number, String who, Instant at, String what) {

		static ArticleVersion of(StaffEdits.Version version) {
			return new ArticleVersion(version.articleId(), version.number(), version.who(), version.at(), version.what());
		}

	}

	/** How an article in use stands against its file. */
	public enum State {
		/** Changed by staff; the file is as it was when they did. */
		EDITED,
		/** Made by staff; there is no file yet. */
		NEW,
		/** Changed by staff, and the file changed on disk since: someone must merge the two. */
		CONFLICT
	}

	/** An article that differs from its file, with the staff version in use. */
	public record Difference(String articleId, String file, State state, ArticleVersion version) {
	}

	/** A phrase staff said no article answers. */
	public record OutOfScopePhrase(Language language, String text, String who, Instant at) {
	}

	/** The reply a person would get: its text and the labels of its buttons. */
	public record Preview(String text, List<String> buttons) {
	}

	/** Looks for edits made on other instances; they apply here within one period. */
	@Scheduled(fixedDelayString = "${bot.knowledge.edits-check:500ms}", initialDelayString = "${bot.knowledge.edits-check:500ms}")
	void applyOthersEdits() {
		try {
			this.knowledgeBase.applyEdits();
		}
		catch (StaffEdits.Unavailable ex) {
			log.debug("Staff edits not checked: Redis is unavailable ({})", ex.getClass().getSimpleName());
		}
	}

	/** The article as staff edit it, the staff version if any. */
	public Optional<ArticleDraft> draft(String id) {
		this.knowledgeBase.applyEdits();
		return this.knowledgeBase.find(id).map(ArticleDraft::of);
	}

	/** Checks a draft exactly as the loader checks a file, without keeping it. */
	public Article check(ArticleDraft draft) {
		Article article = parse(draft);
		Map<String, Article> merged = merged();
		merged.put(article.id(), article);
		pairCounterparts(article, merged, new LinkedHashMap<>());
		counterparts(merged);
		return article;
	}

	/** The reply to a question answered with the draft, as every channel gets it. */
	public Preview preview(ArticleDraft draft, Language language) {
		Reply reply = this.handler.preview(check(draft), language);
		return new Preview(reply.text(), reply.buttons().stream().map(Reply.Button::label).toList());
	}

	/** Replaces an existing article with the draft (its id stays); nothing changed keeps no version. */
	public synchronized Article save(String id, ArticleDraft draft, String who) {
		this.knowledgeBase.applyEdits();
		Article before = this.knowledgeBase.find(id).orElseThrow(() -> new NoSuchArticle(id));
		ArticleDraft own = withId(draft, id);
		return store(own, who, changes(ArticleDraft.of(before), own));
	}

	/** A new article; its id must be free. */
	public synchronized Article create(ArticleDraft draft, String who) {
		this.knowledgeBase.applyEdits();
		Article article = parse(draft);
		if (this.knowledgeBase.find(article.id()).isPresent()) {
			throw new ArticleExists(article.id());
		}
		return store(draft, who, "made the article");
	}

	/**
	 * Adds example questions to an article, so the same questions find it from now on. One already
	 * among its examples is not added twice.
	 */
	public synchronized Article addQuestions(String id, Language language, List<String> questions, String who) {
		this.knowledgeBase.applyEdits();
		Article article = this.knowledgeBase.find(id).orElseThrow(() -> new NoSuchArticle(id));
		ArticleDraft draft = ArticleDraft.of(article);
		List<String> known = article.questions().getOrDefault(language, List.of());
		List<String> added = new ArrayList<>();
		for (String question : questions) {
			String text = (question == null) ? "" : question.replaceAll("\\s+", " ").strip();
			if (text.isEmpty()) {
				throw new InvalidArticle("question must not be empty.");
			}
			if (text.length() > MAX_QUESTION) {
				throw new InvalidArticle("question must be at most " + MAX_QUESTION + " characters.");
			}
			if (!known.contains(text) && !added.contains(text)) {
				added.add(text);
				draft = draft.withQuestion(language, text);
			}
		}
		if (added.isEmpty()) {
			return article;
		}
		String what = (added.size() == 1) ? "added the example question (" + language.code() + ") \"" + added.get(0) + "\""
				: "added " + added.size() + " example questions (" + language.code() + ")";
		return store(draft, who, what);
	}

	/** "Not for us": the answer decision learns to decline this and what sounds like it. */
	public synchronized void notForUs(Language language, String text, String who) {
		String phrase = (text == null) ? "" : text.replaceAll("\\s+", " ").strip();
		if (phrase.isEmpty() || phrase.length() > MAX_QUESTION) {
			throw new InvalidArticle("question must be 1 to " + MAX_QUESTION + " characters.");
		}
		this.knowledgeBase.edits().addOutOfScope(new StaffEdits.Phrase(language, phrase, who, this.clock.instant()));
		this.knowledgeBase.applyEdits();
	}

	/** The staff versions of an article, oldest first. */
	public List<ArticleVersion> history(String id) {
		return this.knowledgeBase.edits().history(id).stream().map(ArticleVersion::of).toList();
	}

	/** The articles that differ from their files, and how; one whose file now says the same is left out. */
	public List<Difference> differences() {
		this.knowledgeBase.applyEdits();
		LocalDate today = this.knowledgeBase.today();
		List<Difference> differences = new ArrayList<>();
		for (StaffEdits.Version version : this.knowledgeBase.applied().values()) {
			String file = ArticleMarkdown.file(version.articleId());
			Optional<String> onDisk = fileText(version.articleId());
			Article inUse = this.knowledgeBase.find(version.articleId()).orElse(null);
			if (inUse == null) {
				continue;
			}
			State state;
			if (onDisk.isEmpty()) {
				state = State.NEW;
			}
			else {
				if (sameArticle(onDisk.get(), file, inUse, today)) {
					continue;
				}
				state = Objects.equals(hash(onDisk.get()), version.base()) ? State.EDITED : State.CONFLICT;
			}
			differences.add(new Difference(version.articleId(), "knowledge-base/" + file, state, ArticleVersion.of(version)));
		}
		return differences;
	}

	/** The out-of-scope phrases staff added, to copy into {@code knowledge-base/out-of-scope/}. */
	public List<OutOfScopePhrase> outOfScopeAdded() {
		return this.knowledgeBase.staffOutOfScope()
			.stream()
			.map(p -> new OutOfScopePhrase(p.language(), p.text(), p.who(), p.at()))
			.toList();
	}

	/** The article in use as a file of the repository: the staff version, or the file itself. */
	public Optional<String> markdown(String id) {
		this.knowledgeBase.applyEdits();
		if (this.knowledgeBase.find(id).isEmpty()) {
			return Optional.empty();
		}
		StaffEdits.Version version = this.knowledgeBase.applied().get(id);
		return (version != null) ? Optional.of(version.markdown()) : fileText(id).or(
				() -> this.knowledgeBase.find(id).map(ArticleMarkdown::write));
	}

	/**
	 * Everything that differs from the files, as a zip to unpack at the repository's root: each
	 * changed article, and each out-of-scope file with the staff's phrases added at its end.
	 */
	public byte[] zip() {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
			for (Difference difference : differences()) {
				entry(zip, difference.file(), markdown(difference.articleId()).orElseThrow());
			}
			Map<Language, List<OutOfScopePhrase>> byLanguage = new LinkedHashMap<>();
			outOfScopeAdded().forEach(p -> byLanguage.computeIfAbsent(p.language(), l -> new ArrayList<>()).add(p));
			for (Map.Entry<Language, List<OutOfScopePhrase>> entry : byLanguage.entrySet()) {
				String name = "out-of-scope/" + entry.getKey().code() + ".txt";
				String text = this.knowledgeBase.source().files(name).values().stream().findFirst().orElse("");
				StringBuilder out = new StringBuilder(text);
				if (!text.isEmpty() && !text.endsWith("\n")) {
					out.append('\n');
				}
				out.append("\n# Not for us (staff, in the console)\n");
				entry.getValue().stream().map(OutOfScopePhrase::text).filter(t -> !text.lines().toList().contains(t))
					.forEach(t -> out.append(t).append('\n'));
				entry(zip, "knowledge-base/" + name, out.toString());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(text.getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
	}

	private boolean sameArticle(String fileText, String file, Article inUse, LocalDate today) {
		try {
			return ArticleDraft.of(ArticleMarkdown.parse(file, fileText, today)).equals(ArticleDraft.of(inUse));
		}
		catch (ArticleFormatException ex) {
			return false;
		}
	}

	private Optional<String> fileText(String id) {
		if (!org.talentbridge.bot.knowledge.internal.ArticleMarkdown.file(id).matches("articles/[a-z0-9-]+\\.md")) {
			return Optional.empty();
		}
		return this.knowledgeBase.source().files(ArticleMarkdown.file(id)).values().stream().findFirst();
	}

	private static @Nullable String hash(@Nullable String text) {
		if (text == null) {
			return null;
		}
		try {
			byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return java.util.HexFormat.of().formatHex(digest, 0, 16);
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static ArticleDraft withId(ArticleDraft draft, String id) {
		return new ArticleDraft(id, draft.country(), draft.counterpart(), draft.commute(), draft.topics(), draft.sources(),
				draft.checked(), draft.validUntil(), draft.languages());
	}

	private Article parse(ArticleDraft draft) {
		try {
			return ArticleMarkdown.parse(ArticleMarkdown.file(draft.id()), ArticleMarkdown.write(draft), this.knowledgeBase.today());
		}
		catch (ArticleFormatException ex) {
			throw new InvalidArticle(ex.getMessage());
		}
	}

	private Map<String, Article> merged() {
		Map<String, Article> merged = new LinkedHashMap<>();
		this.knowledgeBase.articles().forEach(a -> merged.put(a.id(), a));
		return merged;
	}

	/**
	 * Naming a counterpart that names none names this one back on it; naming another (or none)
	 * takes this one off the article it named before. The loader's rule then holds for both.
	 */
	private void pairCounterparts(Article article, Map<String, Article> merged, Map<String, ArticleDraft> also) {
		Article before = this.knowledgeBase.find(article.id()).orElse(null);
		if (article.counterpart() != null) {
			Article other = merged.get(article.counterpart());
			if (other != null && other.counterpart() == null) {
				ArticleDraft paired = ArticleDraft.of(other).withCounterpart(article.id());
				also.put(other.id(), paired);
				merged.put(other.id(), parse(paired));
			}
		}
		if (before != null && before.counterpart() != null && !before.counterpart().equals(article.counterpart())) {
			Article old = merged.get(before.counterpart());
			if (old != null && article.id().equals(old.counterpart())) {
				ArticleDraft unpaired = ArticleDraft.of(old).withCounterpart(null);
				also.put(old.id(), unpaired);
				merged.put(old.id(), parse(unpaired));
			}
		}
	}

	private static void counterparts(Map<String, Article> merged) {
		try {
			KnowledgeSource.checkCounterparts(List.copyOf(merged.values()));
		}
		catch (ArticleFormatException ex) {
			throw new InvalidArticle(ex.getMessage());
		}
	}

	private Article store(ArticleDraft draft, String who, String what) {
		Article article = parse(draft);
		Map<String, Article> merged = merged();
		Article current = merged.get(article.id());
		if (current != null && ArticleDraft.of(current).equals(ArticleDraft.of(article))) {
			return current;
		}
		merged.put(article.id(), article);
		Map<String, ArticleDraft> also = new LinkedHashMap<>();
		pairCounterparts(article, merged, also);
		counterparts(merged);
		Instant now = this.clock.instant();
		also.forEach((id, paired) -> this.knowledgeBase.edits()
			.append(id, who, now, "counterpart of " + article.id() + " set to match", ArticleMarkdown.write(paired),
					hash(fileText(id).orElse(null))));
		this.knowledgeBase.edits()
			.append(article.id(), who, now, what, ArticleMarkdown.write(draft), hash(fileText(article.id()).orElse(null)));
		this.knowledgeBase.applyEdits();
		return this.knowledgeBase.find(article.id()).orElse(article);
	}

	/** What a save changed, in words, for the history. */
	private static String changes(ArticleDraft before, ArticleDraft after) {
		List<String> changed = new ArrayList<>();
		if (!Objects.equals(before.country(), after.country())) {
			changed.add("country");
		}
		if (!Objects.equals(before.counterpart(), after.counterpart())) {
			changed.add("counterpart");
		}
		if (!Objects.equals(before.commute(), after.commute())) {
			changed.add("commute");
		}
		if (!before.topics().equals(after.topics())) {
			changed.add("topics");
		}
		if (!before.sources().equals(after.sources())) {
			changed.add("sources");
		}
		if (!Objects.equals(before.checked(), after.checked()) || !Objects.equals(before.validUntil(), after.validUntil())) {
			changed.add("review dates");
		}
		for (Language language : Language.values()) {
			ArticleDraft.Text a = before.languages().get(language);
			ArticleDraft.Text b = after.languages().get(language);
			String code = " (" + language.code() + ")";
			if (!Objects.equals((a == null) ? null : a.title(), (b == null) ? null : b.title())) {
				changed.add("title" + code);
			}
			if (!Objects.equals((a == null) ? null : a.answer(), (b == null) ? null : b.answer())) {
				changed.add("answer" + code);
			}
			if (!Objects.equals((a == null) ? List.of() : a.questions(), (b == null) ? List.of() : b.questions())) {
				changed.add("example questions" + code);
			}
		}
		return changed.isEmpty() ? "saved without changes" : "changed " + String.join(", ", changed);
	}

}
