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

	private final UnansweredQuestions unanswered;

	private final ApplicationEventPublisher events;

	private final Phrases phrases;

	private final KnowledgeProperties properties;

	KnowledgeHandler(KnowledgeBase knowledgeBase, UnansweredQuestions unanswered, ApplicationEventPublisher events,
			Phrases phrases, KnowledgeProperties properties) {
		this.knowledgeBase = knowledgeBase;
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
				.map(article -> new Response(language, List.of(answer(article, language, List.of())),
						new Citation(article.id(), 1.0)))
				.orElseGet(() -> Response.of(language, Reply.text(this.phrases.get(language, "knowledge.no-such-article"))));
		}
		String question = turn.argument();
		if (question.isBlank()) {
			return Response.of(language, Reply.text(this.phrases.get(language, "knowledge.ask-something")));
		}
		SearchResult result = this.knowledgeBase.search(question, language);
		Optional<Match> best = result.answer();
		if (OUT_OF_SCOPE.equals(turn.intent())) {
			// The classifier heard weather, sport or recipes: answer only on strong evidence.
			best = best.filter(m -> m.evidence() >= this.properties.strongEvidence());
		}
		if (best.isPresent()) {
			Match match = best.get();
			List<Match> related = result.matches()
				.stream()
				.skip(1)
				.filter(m -> m.confidence() >= this.properties.minConfidence())
				.limit(2)
				.toList();
			this.unanswered.answered();
			return new Response(language, List.of(answer(match.article(), language, related)),
					new Citation(match.article().id(), round(match.confidence())));
		}
		this.unanswered.record(question, language);
		this.events.publishEvent(new QuestionUnanswered(turn.userId(), turn.message().channel(), question, language));
		List<Button> suggestions = new java.util.ArrayList<>(result.matches()
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

	private Reply answer(Article article, Language language, List<Match> related) {
		Optional<Article.Section> own = article.section(language);
		Article.Section section = own.orElseGet(() -> article.section(Language.EN).orElseThrow());
		StringBuilder text = new StringBuilder();
		if (own.isEmpty()) {
			text.append(this.phrases.get(language, "knowledge.english-only")).append("\n\n");
		}
		text.append(section.title()).append("\n\n").append(section.body());
		text.append("\n\n").append(this.phrases.get(language, "knowledge.checked", article.checked(),
				article.sources().get(0)));
		List<Button> buttons = new ArrayList<>();
		related.forEach(m -> buttons.add(button(m.article(), language)));
		return new Reply(text.toString(), buttons);
	}

	private static Button button(Article article, Language language) {
		String title = article.section(language).or(() -> article.section(Language.EN)).orElseThrow().title();
		return new Button(title, ARTICLE_COMMAND + " " + article.id());
	}

	private static double round(double value) {
		return Math.round(value * 1000) / 1000.0;
	}

}
