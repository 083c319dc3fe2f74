package org.talentbridge.bot.events;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/** An event's attendees and waitlist as CSV for spreadsheets, safe against formula injection. */
public final class AttendeeCsv {

	private AttendeeCsv() {
	}

	/** Times in UTC ("2026-12-03T16:30:00Z"). */
	public static String of(List<Attendee> confirmed, List<Attendee> waitlist) {
		return of(confirmed, waitlist, ZoneOffset.UTC);
	}

	/** Times as ISO-8601 in {@code zone} with its offset ("2026-12-03T17:30:00+01:00"), as spreadsheets read them. */
	public static String of(List<Attendee> confirmed, List<Attendee> waitlist, ZoneId zone) {
		StringWriter out = new StringWriter();
		try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
			.setHeader("status", "position", "name", "email", "signed_up_at", "checked_in_at", "user_id")
			.get())) {
			int position = 0;
			for (Attendee a : confirmed) {
				row(csv, "confirmed", ++position, a, zone);
			}
			position = 0;
			for (Attendee a : waitlist) {
				row(csv, "waitlist", ++position, a, zone);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	private static void row(CSVPrinter csv, String status, int position, Attendee a, ZoneId zone) throws IOException {
		csv.printRecord(status, position, safe(a.name()), safe(a.email()), iso(a.signedUpAt(), zone),
				(a.checkedInAt() != null) ? iso(a.checkedInAt(), zone) : "", a.userId());
	}

	private static String iso(Instant at, ZoneId zone) {
		return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at.atZone(zone).toOffsetDateTime());
	}

	/** A leading = + - @ would run as a formula in a spreadsheet. */
	static String safe(@Nullable String value) {
		if (value == null) {
			return "";
		}
		return (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) ? "'" + value : value;
	}

}
