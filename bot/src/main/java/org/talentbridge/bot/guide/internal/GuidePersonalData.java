package org.talentbridge.bot.guide.internal;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import org.talentbridge.bot.conversation.Language;
import org.talentbridge.bot.conversation.PersonalData;
import org.talentbridge.bot.conversation.Phrases;
import org.talentbridge.bot.conversation.Readable;
import org.talentbridge.bot.conversation.StopListener;
import org.talentbridge.bot.guide.internal.RedisGuides.Guide;

/** The checklist and its progress for /mydata and /forget; /stop cancels the reminder. */
@Component
class GuidePersonalData implements PersonalData, StopListener {

	private final RedisGuides guides;

	private final Checklists checklists;

	private final Phrases phrases;

	GuidePersonalData(RedisGuides guides, Checklists checklists, Phrases phrases) {
		this.guides = guides;
		this.checklists = checklists;
		this.phrases = phrases;
	}

	@Override
	public List<String> describe(String userId, Language language) {
		List<String> lines = new ArrayList<>();
		this.guides.find(userId).ifPresent(guide -> {
			List<GuideStep> tickable = this.checklists.tickable(guide.situation());
			long done = tickable.stream().filter(s -> guide.isDone(s.id())).count();
			lines.add(this.phrases.get(language, "mydata.guide", this.checklists.situation(guide.situation(), language),
					Readable.date(guide.started(), language), done, tickable.size()));
			if (guide.reminded() != null) {
				lines.add(this.phrases.get(language, "mydata.guide.reminded", Readable.date(guide.reminded(), language)));
			}
			else if (guide.remind()) {
				lines.add(this.phrases.get(language, "mydata.guide.remind"));
			}
		});
		return lines;
	}

	@Override
	public void forget(String userId) {
		this.guides.delete(userId);
	}

	@Override
	public void stop(String userId) {
		this.guides.find(userId).filter(Guide::remind).ifPresent(g -> this.guides.remind(userId, false, g.started()));
	}

}
