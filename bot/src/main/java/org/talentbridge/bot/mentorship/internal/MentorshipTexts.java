package org.talentbridge.bot.mentorship.internal;

import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import org.talentbridge.bot.conversation.Language;
import org.talentbridge.bot.conversation.Phrases;
import org.talentbridge.bot.conversation.UserProfiles;
import org.talentbridge.bot.mentorship.MenteeProfile;
import org.talentbridge.bot.mentorship.MentorProfile;
import org.talentbridge.bot.mentorship.Sector;
import org.talentbridge.bot.mentorship.Side;

/** Profiles and choices in words, in the reader's language. */
@Component
class MentorshipTexts {

	static final List<String> LANGUAGE_ORDER = List.of("en", "sv", "da", "other");

	private final Phrases phrases;

	private final UserProfiles profiles;

	MentorshipTexts(Phrases phrases, UserProfiles profiles) {
		this.phrases = phrases;
		this.profiles = profiles;
	}

	String get(Language language, String key, Object... args) {
		return this.phrases.get(language, key, args);
	}

	String count(Language language, String key, long number, Object... args) {
		return this.phrases.count(language, key, number, args);
	}

	/** The language the person last used with the bot, for messages they did not ask for. */
	Language languageOf(String userId) {
		return this.profiles.languageOf(userId);
	}

	String sector(Language language, Sector sector) {
		return this.phrases.get(language, "mentorship.sector." + sector.code());
	}

	String side(Language language, Side side) {
		return this.phrases.get(language, "mentorship.side." + side.name().toLowerCase(java.util.Locale.ROOT));
	}

	String languages(Language language, Collection<String> codes) {
		return LANGUAGE_ORDER.stream()
			.filter(codes::contains)
			.map(code -> this.phrases.get(language, "mentorship.language." + code))
			.collect(Collectors.joining(", "));
	}

	String contact(Language language, @Nullable String contact) {
		return (contact != null) ? contact : this.phrases.get(language, "mentorship.contact.none");
	}

	String mentee(Language language, MenteeProfile p) {
		return this.phrases.get(language, "mentorship.profile.mentee", p.name(), sector(language, p.sector()), p.field(),
				p.goals(), languages(language, p.languages()), p.city(), side(language, p.side()),
				contact(language, p.contact()));
	}

	String mentor(Language language, MentorProfile p) {
		return this.phrases.get(language, "mentorship.profile.mentor", p.name(), sector(language, p.sector()),
				p.expertise(), languages(language, p.languages()), p.city(), side(language, p.side()), p.capacity(),
				contact(language, p.contact()));
	}

	/** What the other side learns about a mentee before accepting: no contact details yet. */
	String menteeForMentor(Language language, MenteeProfile p) {
		return this.phrases.get(language, "mentorship.about.mentee", p.name(), sector(language, p.sector()), p.field(),
				p.goals(), languages(language, p.languages()), p.city());
	}

	/** What a mentee learns about a proposed mentor before accepting: no contact details yet. */
	String mentorForMentee(Language language, MentorProfile p) {
		return this.phrases.get(language, "mentorship.about.mentor", p.name(), sector(language, p.sector()),
				p.expertise(), languages(language, p.languages()), p.city());
	}

}
