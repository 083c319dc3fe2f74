package org.talentbridge.bot.guide.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import org.talentbridge.bot.conversation.Language;
import org.talentbridge.bot.conversation.Phrases;
import org.talentbridge.bot.conversation.Reply;
import org.talentbridge.bot.conversation.Reply.Button;
import org.talentbridge.bot.guide.internal.RedisGuides.Guide;
import org.talentbridge.bot.knowledge.Article;
import org.talentbridge.bot.knowledge.KnowledgeBase;

/**
 * Writes a person's checklist: one message per phase, each step one numbered line with its
 * article as a button and a "done" button while it is open; warnings first in their phase, never
 * ticked off. Also the next open step, and the situation in words.
 */
@Component
class Checklists {

	/** Discord takes 25 buttons a message; Telegram shows many as a wall. */
	static final int MAX_BUTTONS = 24;

	static final String COMMAND = "/guide";

	private final GuideSteps steps;

	private final KnowledgeBase knowledgeBase;

	private final Phrases phrases;

	Checklists(GuideSteps steps, KnowledgeBase knowledgeBase, Phrases phrases) {
		this.steps = steps;
		this.knowledgeBase = knowledgeBase;
		this.phrases = phrases;
	}

	/** The steps to tick off (no warnings), in order. */
	List<GuideStep> tickable(Situation situation) {
		return this.steps.forSituation(situation).stream().filter(s -> !s.warning()).toList();
	}

	Optional<GuideStep> next(Guide guide) {
		return tickable(guide.situation()).stream().filter(s -> !guide.isDone(s.id())).findFirst();
	}

	/** "living in Sweden, working in Denmark, EU/EEA or Swiss citizen, on your own". */
	String situation(Situation situation, Language language) {
		List<String> parts = new ArrayList<>();
		for (String field : Situation.VALUES.keySet()) {
			String value = situation.get(field);
			if (!(Situation.ROLE.equals(field) && "none".equals(value))) {
				parts.add(this.phrases.get(language, "guide.situation." + field + "." + value));
			}
		}
		return String.join(", ", parts);
	}

	/** The whole checklist: a header with the progress, the phases, and what the person can do now. */
	List<Reply> checklist(Guide guide, Language language, boolean fresh) {
		Situation situation = guide.situation();
		List<GuideStep> applying = this.steps.forSituation(situation);
		List<GuideStep> tickable = tickable(situation);
		long done = tickable.stream().filter(s -> guide.isDone(s.id())).count();
		StringBuilder header = new StringBuilder(this.phrases.get(language, "guide.checklist.title", situation(situation, language)));
		if (!fresh) {
			header.append("\n").append(this.phrases.get(language, "guide.progress", done, tickable.size()));
		}
		List<Reply> replies = new ArrayList<>();
		int number = 0;
		for (GuideStep.Phase phase : GuideStep.Phase.values()) {
			List<GuideStep> inPhase = applying.stream().filter(s -> s.phase() == phase).toList();
			if (inPhase.isEmpty()) {
				continue;
			}
			StringBuilder text = new StringBuilder();
			if (replies.isEmpty()) {
				text.append(header).append("\n\n");
			}
			text.append(this.phrases.get(language, "guide.phase." + phase.code()));
			List<Button> buttons = new ArrayList<>();
			Set<String> linked = new LinkedHashSet<>();
			// Warnings first: they change what the steps mean.
			for (GuideStep warning : inPhase.stream().filter(GuideStep::warning).toList()) {
				text.append("\n").append(this.phrases.get(language, "guide.warning", warning.text(language)));
				if (linked.add(warning.article())) {
					buttons.add(new Button("⚠️ " + title(warning.article(), language), "/article " + warning.article()));
				}
			}
			for (GuideStep step : inPhase.stream().filter(s -> !s.warning()).toList()) {
				number++;
				boolean ticked = guide.isDone(step.id());
				text.append("\n").append(number).append(". ").append(ticked ? "✓ " : "").append(step.text(language));
				if (ticked) {
					continue;
				}
				if (linked.add(step.article())) {
					buttons.add(new Button(number + ". " + title(step.article(), language), "/article " + step.article()));
				}
				buttons.add(new Button(this.phrases.get(language, "guide.done.button", number), doneValue(step)));
			}
			replies.add(new Reply(text.toString(), buttons.subList(0, Math.min(buttons.size(), MAX_BUTTONS))));
		}
		replies.add(footer(guide, language));
		return replies;
	}

	private Reply footer(Guide guide, Language language) {
		StringBuilder text = new StringBuilder(this.phrases.get(language, "guide.footer"));
		if ("undecided".equals(guide.situation().live())) {
			text.append("\n\n").append(this.phrases.get(language, "guide.undecided.note"));
		}
		List<Button> buttons = new ArrayList<>();
		buttons.add(new Button(this.phrases.get(language, "guide.next.button"), COMMAND + " next"));
		if (!guide.remind() && guide.reminded() == null) {
			buttons.add(new Button(this.phrases.get(language, "guide.remind.button"), COMMAND + " remind on"));
		}
		buttons.add(new Button(this.phrases.get(language, "guide.change.button"), COMMAND + " change"));
		buttons.add(new Button(this.phrases.get(language, "guide.delete.button"), COMMAND + " delete"));
		return new Reply(text.toString(), buttons);
	}

	/** The next open step with its article and "done"; or the congratulations when none is left. */
	Reply nextStep(Guide guide, Language language, String before) {
		Optional<GuideStep> next = next(guide);
		if (next.isEmpty()) {
			return new Reply(before + this.phrases.get(language, "guide.all-done"),
					List.of(new Button(this.phrases.get(language, "guide.show.button"), COMMAND)));
		}
		GuideStep step = next.get();
		List<GuideStep> tickable = tickable(guide.situation());
		int number = tickable.indexOf(step) + 1;
		String phase = this.phrases.get(language, "guide.phase." + step.phase().code());
		String text = before + this.phrases.get(language, "guide.next", phase) + "\n" + number + ". " + step.text(language);
		return new Reply(text, List.of(new Button(title(step.article(), language), "/article " + step.article()),
				new Button(this.phrases.get(language, "guide.done.button", number), doneValue(step)),
				new Button(this.phrases.get(language, "guide.show.button"), COMMAND)));
	}

	static String doneValue(GuideStep step) {
		return COMMAND + " done " + step.id();
	}

	String title(String articleId, Language language) {
		return this.knowledgeBase.find(articleId)
			.flatMap((Article a) -> a.section(language).or(() -> a.section(Language.EN)))
			.map(Article.Section::title)
			.orElse(articleId);
	}

}
