package org.talentbridge.bot.conversation;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

/** What the bot remembers about a person between messages. */
public interface UserProfiles {

	Optional<UserProfile> find(String userId);

	/** The language to write to the person in unasked: the one they chose or wrote in, else English. */
	default Language languageOf(String userId) {
		return find(userId).map(UserProfile::language).orElse(Language.EN);
	}

	/** Remembers the language; {@code chosen} marks an explicit choice, which detection never overrides. */
	void setLanguage(String userId, Language language, boolean chosen);

	/**
	 * @param userId channel-scoped id
	 * @param language last language the person chose or clearly wrote in; null if never known
	 * @param languageChosen whether the person picked it explicitly
	 */
	record UserProfile(String userId, @Nullable Language language, boolean languageChosen) {

	}

}
