package org.talentbridge.bot.channel.telegram;

import java.util.Random;

/** The Telegram fuzz test's message generator, for the other channels' fuzz tests. */
public final class TelegramFuzzTestsAccess {

	private TelegramFuzzTestsAccess() {
	}

	public static String fuzz(Random random) {
		return TelegramFuzzTests.fuzz(random);
	}

}
