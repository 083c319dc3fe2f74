package org.talentbridge.bot.mentorship.internal;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import org.talentbridge.bot.conversation.Language;
import org.talentbridge.bot.conversation.Notifier;
import org.talentbridge.bot.conversation.Reply;
import org.talentbridge.bot.conversation.Reply.Button;
import org.talentbridge.bot.conversation.Response;
import org.talentbridge.bot.mentorship.Match;
import org.talentbridge.bot.mentorship.MenteeProfile;
import org.talentbridge.bot.mentorship.MentorProfile;

/**
 * Messages the bot sends on its own about a match, each in the person's language: asked to accept
 * once staff approved, introduced once both accepted, told when the other side declined or left.
 * Contact details go out only in the introduction, and only those the person agreed to share.
 */
@Component
class MatchNotices {

	private final Notifier notifier;

	private final MentorshipTexts texts;

	MatchNotices(Notifier notifier, MentorshipTexts texts) {
		this.notifier = notifier;
		this.texts = texts;
	}

	void approved(Match match, MenteeProfile mentee, MentorProfile mentor) {
		Language l = this.texts.languageOf(mentee.userId());
		send(mentee.userId(), l, this.texts.get(l, "mentorship.notice.approved.mentee", this.texts.mentorForMentee(l, mentor)),
				answerButtons(l, match));
		l = this.texts.languageOf(mentor.userId());
		send(mentor.userId(), l, this.texts.get(l, "mentorship.notice.approved.mentor", this.texts.menteeForMentor(l, mentee)),
				answerButtons(l, match));
	}

	static List<Button> answerButtons(Language language, Match match, MentorshipTexts texts) {
		return List.of(new Button(texts.get(language, "mentorship.accept.button"), "/mentorship accept " + match.id()),
				new Button(texts.get(language, "mentorship.decline.button"), "/mentorship decline " + match.id()));
	}

	private List<Button> answerButtons(Language language, Match match) {
		return answerButtons(language, match, this.texts);
	}

	void introduced(MenteeProfile mentee, MentorProfile mentor) {
		Language l = this.texts.languageOf(mentee.userId());
		send(mentee.userId(), l, this.texts.get(l, "mentorship.notice.introduced.mentee", mentor.name(),
				this.texts.mentorForMentee(l, mentor), reach(l, mentor.name(), mentor.contact())), List.of());
		l = this.texts.languageOf(mentor.userId());
		send(mentor.userId(), l, this.texts.get(l, "mentorship.notice.introduced.mentor", mentee.name(),
				this.texts.menteeForMentor(l, mentee), reach(l, mentee.name(), mentee.contact())), List.of());
	}

	private String reach(Language language, String name, @Nullable String contact) {
		return (contact != null) ? this.texts.get(language, "mentorship.notice.reach", name, contact)
				: this.texts.get(language, "mentorship.notice.no-contact", name);
	}

	/** The other side declined, or withdrew by deleting their profile. */
	void ended(String userId, String otherName) {
		Language l = this.texts.languageOf(userId);
		send(userId, l, this.texts.get(l, "mentorship.notice.ended", otherName), List.of());
	}

	private void send(String userId, Language language, String text, List<Button> buttons) {
		this.notifier.send(userId, Response.of(language, new Reply(text, buttons)));
	}

}
