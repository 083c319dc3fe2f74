package org.talentbridge.bot;

/** Names for test people made from their ids; a name holds no digits, so digits become letters. */
public final class TestNames {

	private TestNames() {
	}

	/** "load-42" is "Person Load Ec". */
	public static String person(String id) {
		StringBuilder name = new StringBuilder("Person");
		for (String part : id.split("[^A-Za-z0-9]+")) {
			if (part.isEmpty()) {
				continue;
			}
			StringBuilder word = new StringBuilder();
			for (char c : part.toCharArray()) {
				word.append(Character.isDigit(c) ? (char) ('a' + (c - '0')) : c);
			}
			name.append(' ').append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
			if (name.toString().split(" ").length == 5) {
				break;
			}
		}
		return name.toString();
	}

}
