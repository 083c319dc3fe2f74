package org.talentbridge.bot.console;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.talentbridge.bot.conversation.Language;
import org.talentbridge.bot.events.Event;
import org.talentbridge.bot.events.EventDraft;

/** The event form's fields, bound from the page. */
class EventForm {

	public @Nullable String id;

	public @Nullable String titleEn;

	public @Nullable String titleSv;

	public @Nullable String titleDa;

	public @Nullable String descriptionEn;

	public @Nullable String descriptionSv;

	public @Nullable String descriptionDa;

	public @Nullable String start;

	public @Nullable String end;

	public @Nullable String zone = "Europe/Copenhagen";

	public @Nullable String venue;

	public @Nullable String city;

	public @Nullable String country = "DK";

	public @Nullable Integer capacity;

	public @Nullable String signupDeadline;

	public @Nullable List<String> audience;

	public @Nullable String sectors;

	// Setters, because Spring binds form fields through them.
	public void setId(@Nullable String v) { this.id = v; }
	public void setTitleEn(@Nullable String v) { this.titleEn = v; }
	public void setTitleSv(@Nullable String v) { this.titleSv = v; }
	public void setTitleDa(@Nullable String v) { this.titleDa = v; }
	public void setDescriptionEn(@Nullable String v) { this.descriptionEn = v; }
	public void setDescriptionSv(@Nullable String v) { this.descriptionSv = v; }
	public void setDescriptionDa(@Nullable String v) { this.descriptionDa = v; }
	public void setStart(@Nullable String v) { this.start = v; }
	public void setEnd(@Nullable String v) { this.end = v; }
	public void setZone(@Nullable String v) { this.zone = v; }
	public void setVenue(@Nullable String v) { this.venue = v; }
	public void setCity(@Nullable String v) { this.city = v; }
	public void setCountry(@Nullable String v) { this.country = v; }
	public void setCapacity(@Nullable Integer v) { this.capacity = v; }
	public void setSignupDeadline(@Nullable String v) { this.signupDeadline = v; }
	public void setAudience(@Nullable List<String> v) { this.audience = v; }
	public void setSectors(@Nullable String v) { this.sectors = v; }

	public @Nullable String getId() { return this.id; }
	public @Nullable String getTitleEn() { return this.titleEn; }
	public @Nullable String getTitleSv() { return this.titleSv; }
	public @Nullable String getTitleDa() { return this.titleDa; }
	public @Nullable String getDescriptionEn() { return this.descriptionEn; }
	public @Nullable String getDescriptionSv() { return this.descriptionSv; }
	public @Nullable String getDescriptionDa() { return this.descriptionDa; }
	public @Nullable String getStart() { return this.start; }
	public @Nullable String getEnd() { return this.end; }
	public @Nullable String getZone() { return this.zone; }
	public @Nullable String getVenue() { return this.venue; }
	public @Nullable String getCity() { return this.city; }
	public @Nullable String getCountry() { return this.country; }
	public @Nullable Integer getCapacity() { return this.capacity; }
	public @Nullable String getSignupDeadline() { return this.signupDeadline; }
	public @Nullable List<String> getAudience() { return this.audience; }
	public @Nullable String getSectors() { return this.sectors; }

	static EventForm empty() {
		EventForm form = new EventForm();
		form.audience = List.of("everyone");
		return form;
	}

	static EventForm of(Event e) {
		EventForm form = new EventForm();
		form.id = e.id();
		form.titleEn = e.title().get(Language.EN);
		form.titleSv = e.title().get(Language.SV);
		form.titleDa = e.title().get(Language.DA);
		form.descriptionEn = e.description().get(Language.EN);
		form.descriptionSv = e.description().get(Language.SV);
		form.descriptionDa = e.description().get(Language.DA);
		form.start = e.start().toString();
		form.end = e.end().toString();
		form.zone = e.zone().getId();
		form.venue = e.venue();
		form.city = e.city();
		form.country = e.country();
		form.capacity = e.capacity();
		form.signupDeadline = e.signupDeadline().atZone(e.zone()).toLocalDateTime().toString();
		form.audience = e.audience().stream().map(a -> a.name().toLowerCase(Locale.ROOT)).toList();
		form.sectors = String.join(", ", e.sectors());
		return form;
	}

	EventDraft draft() {
		Map<String, String> title = new LinkedHashMap<>();
		put(title, "en", this.titleEn);
		put(title, "sv", this.titleSv);
		put(title, "da", this.titleDa);
		Map<String, String> description = new LinkedHashMap<>();
		put(description, "en", this.descriptionEn);
		put(description, "sv", this.descriptionSv);
		put(description, "da", this.descriptionDa);
		List<String> sectorList = (this.sectors == null) ? List.of()
				: Arrays.stream(this.sectors.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
		return new EventDraft((this.id != null) ? this.id.strip() : null, title, description, blankToNull(this.start),
				blankToNull(this.end), this.zone, this.venue, this.city, this.country, this.capacity,
				blankToNull(this.signupDeadline), this.audience, sectorList, null);
	}

	private static void put(Map<String, String> texts, String code, @Nullable String value) {
		if (value != null && !value.isBlank()) {
			texts.put(code, value);
		}
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

}
