package org.talentbridge.bot.handoff.internal;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.stereotype.Component;

/** When staff read the inbox, so a talent can be told when to expect an answer. */
@Component
class OfficeHours {

	private final Settings settings;

	private final Clock clock;

	OfficeHours(Settings settings, Clock clock) {
		this.settings = settings;
		this.clock = clock;
	}

	boolean open() {
		ZonedDateTime now = this.clock.instant().atZone(this.settings.zone());
		DayOfWeek day = now.getDayOfWeek();
		LocalTime time = now.toLocalTime();
		return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !time.isBefore(this.settings.from())
				&& time.isBefore(this.settings.until());
	}

	Settings settings() {
		return this.settings;
	}

	/**
	 * @param from staff start reading the inbox, Monday to Friday
	 * @param until they stop
	 */
	@ConfigurationProperties("bot.handoff.office-hours")
	record Settings(@DefaultValue("09:00") LocalTime from, @DefaultValue("16:00") LocalTime until,
			@DefaultValue("Europe/Copenhagen") ZoneId zone) {
	}

}
