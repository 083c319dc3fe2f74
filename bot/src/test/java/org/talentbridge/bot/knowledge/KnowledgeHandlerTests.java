package org.talentbridge.bot.knowledge;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.ApplicationEventPublisher;

import org.talentbridge.bot.conversation.Channel;
import org.talentbridge.bot.conversation.IncomingMessage;
import org.talentbridge.bot.conversation.IntentTraining;
import org.talentbridge.bot.conversation.Language;
import org.talentbridge.bot.conversation.Phrases;
import org.talentbridge.bot.conversation.Reply;
import org.talentbridge.bot.conversation.Response;
import org.talentbridge.bot.conversation.Turn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

/** The handler on a small knowledge base of its own; the unanswered log and events are collaborators. */
class KnowledgeHandlerTests {

	static final String ENGLISH_ONLY = """
			---
			id: region-ferry-test
			country: region
			topics: [ferry]
			sources:
			  - https://www.oresundsbron.com/
			checked: 2026-11-01
			valid-until: 2027-11-01
			questions:
			  en:
			    - How often does the Helsingborg ferry leave?
			---
			## en: The Helsingør–Helsingborg ferry
			Ferries cross every 20 minutes during the day. Check the timetable before you travel.
			""";

	final Phrases phrases = new Phrases();

	final UnansweredQuestions unanswered = mock(UnansweredQuestions.class);

	final ApplicationEventPublisher events = mock(ApplicationEventPublisher.class);

	KnowledgeHandler handler;

	KnowledgeBase knowledgeBase;

	Path folder;

	@BeforeEach
	void setUp(@TempDir Path folder) throws IOException {
		this.folder = folder;
		Path articles = Files.createDirectories(folder.resolve("articles"));
		Files.writeString(articles.resolve("region-ferry-test.md"), ENGLISH_ONLY);
		TestKnowledgeBases.copyAlone("dk-mitid", articles);
		TestKnowledgeBases.copyOutOfScope(folder);
		KnowledgeProperties properties = new KnowledgeProperties(folder.toString(), 3, 3);
		this.knowledgeBase = new KnowledgeBase(properties, Clock.systemUTC(),
				new StaticListableBeanFactory().getBeanProvider(IntentTraining.class));
		this.handler = new KnowledgeHandler(this.knowledgeBase, new KnowledgeAnswers(this.knowledgeBase), this.unanswered,
				this.events, this.phrases, properties);
	}

	Response ask(String text, Language language, String intent) {
		return this.handler.handle(new Turn(IncomingMessage.of(Channel.WEB, "u1", text), language, intent, text));
	}

	@Test
	void answersInEnglishAndSaysSoWhenTheArticleLacksTheLanguage() {
		Response response = ask("how often does the helsingborg ferry leave", Language.SV, "question");
		assertThat(response.citation()).isNotNull();
		assertThat(response.citation().articleId()).isEqualTo("region-ferry-test");
		String text = response.replies().get(0).text();
		assertThat(text).startsWith(this.phrases.get(Language.SV, "knowledge.english-only"))
			.contains("Ferries cross every 20 minutes")
			.contains("https://www.oresundsbron.com/");
		verify(this.unanswered, never()).record(any(), any(), any());
	}

	@Test
	void answersInThePersonsLanguageWhenTheArticleHasIt() {
		Response response = ask("MitID uden CPR-nummer?", Language.DA, "question");
		assertThat(response.citation().articleId()).isEqualTo("dk-mitid");
		assertThat(response.replies().get(0).text()).doesNotContain(this.phrases.get(Language.DA, "knowledge.english-only"))
			.contains("Tjekket");
	}

	@Test
	void recordsAndAnnouncesWhatItCannotAnswer() {
		Response response = ask("what is the best pizza in town", Language.EN, "question");
		assertThat(response.citation()).isNull();
		assertThat(response.replies().get(0).text()).startsWith(this.phrases.get(Language.EN, "knowledge.unknown"));
		verify(this.unanswered).record(any(), org.mockito.ArgumentMatchers.eq("what is the best pizza in town"), org.mockito.ArgumentMatchers.eq(Language.EN));
		verify(this.events).publishEvent(new QuestionUnanswered("web:u1", Channel.WEB, "what is the best pizza in town",
				Language.EN));
	}

	@Test
	void answersToAFormAndABareYesAreNotRecordedForStaff() {
		org.talentbridge.bot.conversation.ConversationContext signingUp = new org.talentbridge.bot.conversation.ConversationContext(null,
				new org.talentbridge.bot.conversation.ConversationContext.OpenForm("graduate", "university", java.util.Map.of(),
						java.time.Instant.now().plusSeconds(600)));
		for (String text : new String[] { "Lunds universitet pizza", "Malmö pizzeria" }) {
			this.handler.handle(new Turn(IncomingMessage.of(Channel.WEB, "u1", text), Language.EN, "question", text, signingUp));
		}
		this.handler.handle(new Turn(IncomingMessage.of(Channel.WEB, "u1", "yes"), Language.EN, "question", "yes"));
		verify(this.unanswered, never()).record(any(), any(), any());
		verify(this.unanswered, org.mockito.Mockito.times(3)).notRecorded();
		// A real question while a form waits is still one.
		String question = "what is the best pizza in town?";
		this.handler.handle(new Turn(IncomingMessage.of(Channel.WEB, "u1", question), Language.EN, "question", question, signingUp));
		verify(this.unanswered).record(any(), org.mockito.ArgumentMatchers.eq(question), org.mockito.ArgumentMatchers.eq(Language.EN));
	}

	@Test
	void articleCommandOpensAnArticleAndExplainsUnknownIds() {
		assertThat(this.handler.handle(new Turn(IncomingMessage.of(Channel.WEB, "u1", "/article dk-mitid"), Language.EN,
				"/article", "dk-mitid")).citation().articleId()).isEqualTo("dk-mitid");
		Response missing = this.handler.handle(new Turn(IncomingMessage.of(Channel.WEB, "u1", "/article nope"),
				Language.EN, "/article", "nope"));
		assertThat(missing.replies()).extracting(Reply::text)
			.containsExactly(this.phrases.get(Language.EN, "knowledge.no-such-article"));
	}

	@Test
	void emptyAskGetsAPrompt() {
		Response response = this.handler.handle(new Turn(IncomingMessage.of(Channel.WEB, "u1", "/ask"), Language.EN,
				"/ask", ""));
		assertThat(response.replies().get(0).text()).isEqualTo(this.phrases.get(Language.EN, "knowledge.ask-something"));
	}

}
