package org.talentbridge.bot.events;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/** An event's attendees and waitlist as CSV for spreadsheets, safe against formula injection. */
public final class AttendeeCsv {

	private AttendeeCsv() {
	}

	public static String of(List<Attendee> confirmed, List<Attendee> waitlist) {
		StringWriter out = new StringWriter();
		try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
			.setHeader("status", "position", "name", "email", "signed_up_at", "checked_in_at", "user_id")
			.get())) {
			int position = 0;
			for (Attendee a : confirmed) {
				row(csv, "confirmed", ++position, a);
			}
			position = 0;
			for (Attendee a : waitlist) {
				row(csv, "waitlist", ++position, a);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	private static void row(CSVPrinter csv, String status, int position, Attendee a) throws IOException {
		csv.printRecord(status, position, safe(a.name()), safe(a.email()), a.signedUpAt(),
				(a.checkedInAt() != null) ? a.checkedInAt() : "", a.userId());
	}

	/** A leading = + - @ would run as a formula in a spreadsheet. */
	static String safe(@Nullable String value) {
		if (value == null) {
			return "";
		}
		return (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) ? "'" + value : value;
	}

}
