package org.talentbridge.bot.console;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.talentbridge.bot.knowledge.Article;
import org.talentbridge.bot.knowledge.KnowledgeBase;
import org.talentbridge.bot.knowledge.Match;
import org.talentbridge.bot.knowledge.UnansweredQuestions;

/**
 * What talents asked and the bot could not answer, grouped, most asked first, each with the
 * closest article and the file to change. The knowledge base stays in files reviewed like code;
 * the reload button applies changed files without a restart. Articles whose review date has passed
 * or comes within {@link #REVIEW_AHEAD_DAYS} days are listed first, so someone re-reads their sources in time.
 */
@Controller
class QuestionsController {

	static final int REVIEW_AHEAD_DAYS = 30;

	private final UnansweredQuestions questions;

	private final KnowledgeBase knowledgeBase;

	private final Clock clock;

	QuestionsController(UnansweredQuestions questions, KnowledgeBase knowledgeBase, Clock clock) {
		this.questions = questions;
		this.knowledgeBase = knowledgeBase;
		this.clock = clock;
	}

	@GetMapping("/console/questions")
	String list(Model model) {
		List<Row> rows = QuestionGroups.of(this.questions.mostAsked(300)).stream().map(group -> {
			List<Article> guesses = this.knowledgeBase.search(group.first().text(), group.language())
				.matches()
				.stream()
				.map(Match::article)
				.toList();
			Optional<Article> closest = guesses.stream().findFirst();
			return new Row(group, closest.map(Article::id).orElse(null),
					closest.map(a -> "knowledge-base/articles/" + a.id() + ".md").orElse("knowledge-base/articles/<new-id>.md"),
					guesses.stream().map(a -> Option.of(a, group.language())).toList());
		}).toList();
		model.addAttribute("allArticles", this.knowledgeBase.articles()
			.stream()
			.map(a -> Option.of(a, org.talentbridge.bot.conversation.Language.EN))
			.sorted(java.util.Comparator.comparing(Option::title, String.CASE_INSENSITIVE_ORDER))
			.toList());
		model.addAttribute("section", "questions");
		model.addAttribute("rows", rows);
		model.addAttribute("location", this.knowledgeBase.location());
		model.addAttribute("articles", this.knowledgeBase.articles().size());
		LocalDate today = LocalDate.now(this.clock.withZone(java.time.ZoneId.of("Europe/Copenhagen")));
		model.addAttribute("reviewAhead", REVIEW_AHEAD_DAYS);
		model.addAttribute("due", this.knowledgeBase.dueForReview(today.plusDays(REVIEW_AHEAD_DAYS))
			.stream()
			.map(a -> new Due(a.id(), a.checked(), a.validUntil(), a.overdueOn(today), "knowledge-base/articles/" + a.id() + ".md"))
			.toList());
		return "console/questions";
	}

	@PostMapping("/console/questions/{id}/handled")
	String handled(@PathVariable String id, RedirectAttributes redirect) {
		this.questions.handled(id);
		redirect.addFlashAttribute("notice", "Marked as handled.");
		return "redirect:/console/questions";
	}

	@PostMapping("/console/knowledge/reload")
	String reload(RedirectAttributes redirect) {
		try {
			int count = this.knowledgeBase.reload();
			redirect.addFlashAttribute("notice", "Reloaded: " + count + " articles.");
		}
		catch (RuntimeException ex) {
			// The message names the file and the field; the articles in use stay.
			redirect.addFlashAttribute("error", "Not reloaded: " + ex.getMessage());
		}
		return "redirect:/console/questions";
	}

	/** An article to re-read against its sources. */
	record Due(String id, LocalDate checked, LocalDate validUntil, boolean overdue, String file) {
	}

	/**
	 * @param guesses the articles the bot found closest, best first: the picker offers them first
	 */
	record Row(QuestionGroups.Group group, String closestArticle, String file, List<Option> guesses) {

		public String ids() {
			return String.join(",", this.group.questions().stream().map(UnansweredQuestions.Entry::id).toList());
		}

	}

	/** An article in the picker: its id and title. */
	record Option(String id, String title) {

		static Option of(Article article, org.talentbridge.bot.conversation.Language language) {
			return new Option(article.id(), article.section(language)
				.or(() -> article.section(org.talentbridge.bot.conversation.Language.EN))
				.orElseThrow()
				.title());
		}

	}

}
