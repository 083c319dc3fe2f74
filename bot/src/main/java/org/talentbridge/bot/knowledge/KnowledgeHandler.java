package org.talentbridge.bot.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import org.talentbridge.bot.conversation.Citation;
import org.talentbridge.bot.conversation.IntentHandler;
import org.talentbridge.bot.conversation.MenuCommand;
import org.talentbridge.bot.conversation.Language;
import org.talentbridge.bot.conversation.Phrases;
import org.talentbridge.bot.conversation.Reply;
import org.talentbridge.bot.conversation.Reply.Button;
import org.talentbridge.bot.conversation.Response;
import org.talentbridge.bot.conversation.Turn;

/**
 * Answers questions from the knowledge base: the best article in the person's language, or an
 * honest "I don't know" with the closest topics as buttons, a human service to ask, and the
 * question recorded for staff.
 */
@Component
class KnowledgeHandler implements IntentHandler {

	static final String ARTICLE_COMMAND = "/article";

	static final String OUT_OF_SCOPE = "out-of-scope";

	private final KnowledgeBase knowledgeBase;

	private final KnowledgeAnswers answers;

	private final UnansweredQuestions unanswered;

	private final ApplicationEventPublisher events;

	private final Phrases phrases;

	private final KnowledgeProperties properties;

	KnowledgeHandler(KnowledgeBase knowledgeBase, KnowledgeAnswers answers, UnansweredQuestions unanswered,
			ApplicationEventPublisher events, Phrases phrases, KnowledgeProperties properties) {
		this.knowledgeBase = knowledgeBase;
		this.answers = answers;
		this.unanswered = unanswered;
		this.events = events;
		this.phrases = phrases;
		this.properties = properties;
	}

	@Override
	public Set<String> intents() {
		return Set.of("question", OUT_OF_SCOPE);
	}

	@Override
	public Set<String> commands() {
		return Set.of(ARTICLE_COMMAND, "/ask");
	}

	@Override
	public List<MenuCommand> menu() {
		return List.of(new MenuCommand("ask", "menu.ask", "menu.ask.argument"));
	}

	@Override
	public Response handle(Turn turn) {
		Language language = turn.language();
		if (ARTICLE_COMMAND.equals(turn.intent())) {
			return this.knowledgeBase.find(turn.argument().trim())
				.map(article -> answered(article, language, List.of(), 1.0))
				.orElseGet(() -> Response.of(language, Reply.text(this.phrases.get(language, "knowledge.no-such-article"))));
		}
		String question = turn.argument();
		if (question.isBlank()) {
			return Response.of(language, Reply.text(this.phrases.get(language, "knowledge.ask-something")));
		}
		KnowledgeAnswers.Found found = this.answers.find(question, language, turn.context());
		if (found.article().isPresent()) {
			this.unanswered.answered();
			return answered(found.article().get(), language, found.search().matches(), found.search().probability());
		}
		SearchResult alone = found.search();
		if (worthRecording(turn, question)) {
			this.unanswered.record(turn.userId(), question, language);
		}
		else {
			this.unanswered.notRecorded();
		}
		this.events.publishEvent(new QuestionUnanswered(turn.userId(), turn.message().channel(), question, language));
		List<Button> suggestions = new java.util.ArrayList<>(alone.matches()
			.stream()
			.limit(this.properties.suggestions())
			.map(m -> button(m.article(), language))
			.toList());
		// A person at the programme answers what the articles do not.
		suggestions.add(new Button(this.phrases.get(language, "knowledge.ask-a-person"), "/human"));
		String text = this.phrases.get(language, "knowledge.unknown");
		if (!suggestions.isEmpty()) {
			text = text + "\n\n" + this.phrases.get(language, "knowledge.suggestions");
		}
		return Response.of(language, new Reply(text, suggestions));
	}

	/**
	 * Staff read the unanswered questions to improve the articles; what answers a form ("Master",
	 * "Lunds universitet", "ja") is no question for them. A form was waiting, or the text is a bare yes
	 * or no: only what reads as a question is kept.
	 */
	static boolean worthRecording(Turn turn, String text) {
		if (org.talentbridge.bot.conversation.TypedAnswers.yesOrNo(text).isPresent()) {
			return false;
		}
		return turn.context().form() == null || org.talentbridge.bot.conversation.TypedAnswers.looksLikeQuestion(text);
	}

	/** The reply an article gives in a language, with its counterpart's button, for the editor's preview. */
	Reply preview(Article article, Language language) {
		return answer(article, language, related(article, List.of(), language));
	}

	private static String title(Article article, Language language) {
		return article.section(language).or(() -> article.section(Language.EN)).orElseThrow().title();
	}

	private Response answered(Article article, Language language, List<Match> matches, double score) {
		return new Response(language, List.of(answer(article, language, related(article, matches, language))),
				new Citation(article.id(), round(score)));
	}

	/**
	 * The topics to offer under an answer: its counterpart on the other side first, then the next best
	 * matches that are about the same place (a Danish answer is followed by Danish, cross-border and
	 * regional topics, never by a Swedish one) and share a tag with it before those that do not.
	 */
	private List<Button> related(Article article, List<Match> matches, Language language) {
		List<Button> buttons = new ArrayList<>();
		Optional.ofNullable(article.counterpart()).flatMap(this.knowledgeBase::find).ifPresent(other -> {
			String key = switch (other.country()) {
				case "DK" -> "knowledge.counterpart.dk";
				case "SE" -> "knowledge.counterpart.se";
				default -> "knowledge.counterpart.other-way";
			};
			buttons.add(new Button(this.phrases.get(language, key), ARTICLE_COMMAND + " " + other.id()));
		});
		int wanted = this.properties.related();
		// Two passes over the matches, best first, rather than streams: this runs under every answer.
		for (boolean sharing : new boolean[] { true, false }) {
			for (int i = 0; i < matches.size() && buttons.size() < wanted; i++) {
				Article a = matches.get(i).article();
				if (!a.id().equals(article.id()) && !a.id().equals(article.counterpart())
						&& samePlace(article.country(), a.country()) && sharesTopic(article, a) == sharing) {
					buttons.add(button(a, language));
				}
			}
		}
		return buttons;
	}

	private static boolean samePlace(String country, String other) {
		boolean national = "DK".equals(country) || "SE".equals(country);
		return !national || country.equals(other) || "cross-border".equals(other) || "region".equals(other);
	}

	private static boolean sharesTopic(Article a, Article b) {
		for (String topic : a.topics()) {
			if (b.topics().contains(topic)) {
				return true;
			}
		}
		return false;
	}

	private Reply answer(Article article, Language language, List<Button> related) {
		Optional<Article.Section> own = article.section(language);
		Article.Section section = own.orElseGet(() -> article.section(Language.EN).orElseThrow());
		StringBuilder text = new StringBuilder();
		if (own.isEmpty()) {
			text.append(this.phrases.get(language, "knowledge.english-only")).append("\n\n");
		}
		text.append(section.title()).append("\n\n").append(section.body());
		text.append("\n\n").append(this.phrases.get(language, "knowledge.checked", article.checked(),
				article.source(language)));
		return Reply.common(text.toString(), related);
	}

	private static Button button(Article article, Language language) {
		String title = article.section(language).or(() -> article.section(Language.EN)).orElseThrow().title();
		return new Button(title, ARTICLE_COMMAND + " " + article.id());
	}

	private static double round(double value) {
		return Math.round(value * 1000) / 1000.0;
	}

}
