package org.talentbridge.bot.store;

/**
 * Redis key naming: {@code tb:<module>:<part>:...}. One prefix per module keeps a module's data
 * findable, so deleting a person's data can be checked by scanning.
 */
public final class Keys {

	public static final String PREFIX = "tb:";

	private Keys() {
	}

	public static String of(String module, String... parts) {
		StringBuilder key = new StringBuilder(PREFIX).append(module);
		for (String part : parts) {
			key.append(':').append(part);
		}
		return key.toString();
	}

}
