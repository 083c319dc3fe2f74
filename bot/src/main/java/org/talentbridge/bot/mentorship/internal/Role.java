package org.talentbridge.bot.mentorship.internal;

import java.util.List;

/** The two ways to register, each a command and the questions asked in order. */
enum Role {

	MENTEE("mentee", List.of("name", "sector", "field", "goals", "languages", "city", "side", "contact")),
	MENTOR("mentor", List.of("name", "sector", "expertise", "languages", "city", "side", "capacity", "contact"));

	private final String command;

	private final List<String> fields;

	Role(String command, List<String> fields) {
		this.command = command;
		this.fields = fields;
	}

	/** "mentee": the command without its slash, and the name in Redis keys and phrase keys. */
	String command() {
		return this.command;
	}

	List<String> fields() {
		return this.fields;
	}

}
