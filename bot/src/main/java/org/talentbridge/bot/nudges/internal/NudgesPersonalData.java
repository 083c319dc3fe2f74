package org.talentbridge.bot.nudges.internal;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import org.talentbridge.bot.conversation.Language;
import org.talentbridge.bot.conversation.PersonalData;
import org.talentbridge.bot.conversation.Phrases;
import org.talentbridge.bot.conversation.Readable;
import org.talentbridge.bot.conversation.StopListener;
import org.talentbridge.bot.nudges.GraduateProfile;

/** The graduate profile and the nudges sent or planned, for /mydata, /forget and /stop. */
@Component
class NudgesPersonalData implements PersonalData, StopListener {

	private final RedisGraduates graduates;

	private final NudgeSchedule schedule;

	private final NudgeCampaigns campaigns;

	private final NudgeSender sender;

	private final Phrases phrases;

	NudgesPersonalData(RedisGraduates graduates, NudgeSchedule schedule, NudgeCampaigns campaigns, NudgeSender sender,
			Phrases phrases) {
		this.graduates = graduates;
		this.schedule = schedule;
		this.campaigns = campaigns;
		this.sender = sender;
		this.phrases = phrases;
	}

	@Override
	public List<String> describe(String userId, Language language) {
		List<String> lines = new ArrayList<>();
		this.graduates.find(userId).ifPresent(p -> {
			lines.add("- " + GraduateSummary.describe(p, language, this.phrases).replace("\n", "; "));
			if (p.optedInAt() != null) {
				lines.add(this.phrases.get(language, "mydata.nudges", Readable.dateTime(p.optedInAt(), language),
						this.phrases.count(language, "mydata.nudges.planned", this.schedule.queuedFor(userId).size())));
			}
		});
		return lines;
	}

	@Override
	public void forget(String userId) {
		this.schedule.forget(userId, this.campaigns.all().stream().map(Nudge::id).toList());
		this.graduates.delete(userId);
	}

	@Override
	public void stop(String userId) {
		this.graduates.find(userId).ifPresent(p -> {
			GraduateProfile stopped = p.with(null, p.foundJobAt());
			this.graduates.save(stopped);
			this.sender.plan(stopped);
		});
	}

}
