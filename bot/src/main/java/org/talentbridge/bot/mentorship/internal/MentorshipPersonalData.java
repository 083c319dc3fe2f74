package org.talentbridge.bot.mentorship.internal;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import org.talentbridge.bot.conversation.Language;
import org.talentbridge.bot.conversation.PersonalData;
import org.talentbridge.bot.conversation.Readable;
import org.talentbridge.bot.mentorship.Match;
import org.talentbridge.bot.mentorship.Mentorship;

/**
 * Mentee and mentor profiles and matches (a half-filled form is the conversation's). Forgetting withdraws the person's open
 * matches (telling the other side when it was approved), then deletes every key and entry naming them.
 */
@Component
class MentorshipPersonalData implements PersonalData {

	private final Mentorship mentorship;

	private final MentorshipStore store;

	private final MentorshipTexts texts;

	MentorshipPersonalData(Mentorship mentorship, MentorshipStore store, MentorshipTexts texts) {
		this.mentorship = mentorship;
		this.store = store;
		this.texts = texts;
	}

	@Override
	public List<String> describe(String userId, Language language) {
		List<String> lines = new ArrayList<>();
		this.mentorship.mentee(userId).ifPresent(p -> lines.add(this.texts.get(language, "mydata.mentee",
				this.texts.mentee(language, p).replace("\n", "; "), Readable.date(p.registeredAt(), language))));
		this.mentorship.mentor(userId).ifPresent(p -> lines.add(this.texts.get(language, "mydata.mentor",
				this.texts.mentor(language, p).replace("\n", "; "), Readable.date(p.registeredAt(), language))));
		long matches = this.mentorship.matchesOf(userId).stream().map(Match::id).distinct().count();
		if (matches > 0) {
			lines.add(this.texts.count(language, "mydata.mentorship-matches", matches));
		}
		return lines;
	}

	@Override
	public void forget(String userId) {
		this.mentorship.deleteMentee(userId);
		this.mentorship.deleteMentor(userId);
		this.store.forget(userId);
	}

}
