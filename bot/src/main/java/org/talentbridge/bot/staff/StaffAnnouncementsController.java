package org.talentbridge.bot.staff;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import org.talentbridge.bot.announcements.Announcement;
import org.talentbridge.bot.announcements.Announcements;
import org.talentbridge.bot.announcements.Segment;
import org.talentbridge.bot.conversation.Channel;
import org.talentbridge.bot.conversation.Language;

/** Announcements for staff: draft with a preview and the number of recipients, send or schedule, progress. */
@RestController
@RequestMapping(path = "/api/staff/announcements", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Announcements")
class StaffAnnouncementsController {

	static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");

	private final Announcements announcements;

	StaffAnnouncementsController(Announcements announcements) {
		this.announcements = announcements;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Draft an announcement; answers with the number of recipients and the text each language gets")
	ResponseEntity<AnnouncementJson> draft(@RequestBody(required = false) @Nullable DraftJson body) {
		if (body == null || body.text() == null) {
			throw new BadRequest("Send {\"text\": {\"en\": \"...\"}, \"segment\": {\"kind\": \"everyone\"}}.");
		}
		Map<Language, String> text = new EnumMap<>(Language.class);
		body.text().forEach((code, value) -> {
			Language language = Language.fromCode(code).filter(l -> l.code().equals(code))
				.orElseThrow(() -> new BadRequest("text has texts for en, sv and da only."));
			if (value != null && !value.isBlank()) {
				text.put(language, value.strip());
			}
		});
		try {
			return ResponseEntity.status(HttpStatus.CREATED)
				.body(AnnouncementJson.of(this.announcements.draft(text, posts(segment(body.segment()), body.segment()))));
		}
		catch (IllegalArgumentException ex) {
			throw new BadRequest(ex.getMessage());
		}
	}

	/**
	 * The posts chosen ("post": ["discord", "telegram"]), or without "post" the usual ones: Discord's
	 * announcements channel for everyone, when configured.
	 */
	private Segment posts(Segment segment, @Nullable SegmentJson json) {
		if (json == null || json.post() == null) {
			return this.announcements.withUsualPosts(segment);
		}
		Set<Channel> posts = new LinkedHashSet<>();
		for (String c : json.post()) {
			try {
				posts.add(Channel.valueOf(c.toUpperCase(Locale.ROOT)));
			}
			catch (IllegalArgumentException ex) {
				throw new BadRequest("segment.post must be telegram or discord.");
			}
		}
		try {
			return segment.withPosts(posts);
		}
		catch (IllegalArgumentException ex) {
			throw new BadRequest("segment." + ex.getMessage() + ".");
		}
	}

	static Segment segment(@Nullable SegmentJson json) {
		if (json == null || json.kind() == null) {
			return Segment.everyone();
		}
		Segment.Kind kind;
		try {
			kind = Segment.Kind.valueOf(json.kind().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new BadRequest("segment.kind must be everyone, students, graduates, event, country or sector.");
		}
		Set<Channel> channels = new LinkedHashSet<>();
		for (String c : (json.channels() != null) ? json.channels() : List.<String>of()) {
			try {
				channels.add(Channel.valueOf(c.toUpperCase(Locale.ROOT)));
			}
			catch (IllegalArgumentException ex) {
				throw new BadRequest("segment.channels must be web, telegram or discord.");
			}
		}
		String value = json.value();
		if (kind == Segment.Kind.COUNTRY && value != null && !Set.of("DK", "SE").contains(value.toUpperCase(Locale.ROOT))) {
			throw new BadRequest("segment.value must be DK or SE for a country.");
		}
		try {
			return new Segment(kind, (kind == Segment.Kind.COUNTRY && value != null) ? value.toUpperCase(Locale.ROOT) : value,
					channels);
		}
		catch (IllegalArgumentException ex) {
			throw new BadRequest("segment." + ex.getMessage() + ".");
		}
	}

	@PostMapping("/preview")
	@Operation(summary = "How many opted-in people a segment reaches now")
	Map<String, Object> preview(@RequestBody(required = false) @Nullable SegmentJson body) {
		Segment segment = posts(segment(body), body);
		return Map.of("recipients", this.announcements.recipients(segment), "posts",
				segment.posts().stream().map(Channel::prefix).sorted().toList());
	}

	@PostMapping(path = "/{id}/send")
	@Operation(summary = "Send a draft now, or at a local time (Copenhagen) such as 2027-01-10T10:00")
	ResponseEntity<AnnouncementJson> send(@PathVariable String id, @RequestBody(required = false) @Nullable SendJson body) {
		Instant at = null;
		if (body != null && body.at() != null && !body.at().isBlank()) {
			try {
				at = LocalDateTime.parse(body.at()).atZone(ZONE).toInstant();
			}
			catch (DateTimeParseException ex) {
				throw new BadRequest("at must be a local date and time like 2027-01-10T10:00.");
			}
		}
		try {
			return ResponseEntity.accepted().body(AnnouncementJson.of(this.announcements.send(id, at)));
		}
		catch (IllegalStateException ex) {
			return ResponseEntity.status(HttpStatus.CONFLICT).build();
		}
	}

	@GetMapping("/{id}")
	@Operation(summary = "One announcement with its progress: sent, failed, blocked, pending")
	AnnouncementJson get(@PathVariable String id) {
		return this.announcements.find(id).map(AnnouncementJson::of).orElseThrow(() -> new NoSuchElementException(id));
	}

	@GetMapping
	@Operation(summary = "All announcements, newest first")
	List<AnnouncementJson> all() {
		return this.announcements.all().stream().map(AnnouncementJson::of).toList();
	}

	@ExceptionHandler
	ResponseEntity<Map<String, String>> notFound(NoSuchElementException ex) {
		return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error", "There is no such announcement."));
	}

	record DraftJson(@Nullable Map<String, String> text, @Nullable SegmentJson segment) {
	}

	/**
	 * @param post platforms whose announcements channel gets one post instead of direct messages
	 * (segment everyone only); left out, Discord's when configured
	 */
	record SegmentJson(@Nullable String kind, @Nullable String value, @Nullable List<String> channels,
			@Nullable List<String> post) {
	}

	record SendJson(@Nullable String at) {
	}

	/** The preview shows the text each language gets; a missing translation falls back to English. */
	record AnnouncementJson(String id, String status, Map<String, String> preview, String segment, List<String> posts,
			int recipients, int sent, int failed, int blocked, int unknown, int retrying, int pending, @Nullable Instant sendAt) {

		static AnnouncementJson of(Announcement a) {
			Map<String, String> preview = new LinkedHashMap<>();
			for (Language language : Language.values()) {
				preview.put(language.code(), a.text().getOrDefault(language, a.text().get(Language.EN)));
			}
			String segment = a.segment().kind().name().toLowerCase(Locale.ROOT)
					+ ((a.segment().value() != null) ? ":" + a.segment().value() : "");
			List<String> posts = a.segment().posts().stream().map(Channel::prefix).sorted().toList();
			return new AnnouncementJson(a.id(), a.status().name().toLowerCase(Locale.ROOT), preview, segment, posts, a.total(),
					a.sent(), a.failed(), a.blocked(), a.unknown(), a.retrying(), a.pending(), a.sendAt());
		}

	}


}
