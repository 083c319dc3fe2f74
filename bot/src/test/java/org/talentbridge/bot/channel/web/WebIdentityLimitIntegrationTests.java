package org.talentbridge.bot.channel.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * At most WEB_NEW_IDENTITIES_PER_MINUTE new people per client address a minute; people who have
 * their cookie keep talking, and a forwarded header does not give a new address unless trusted.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "bot.web.new-identities-per-minute=3", "bot.web.secure-cookies=true" })
// The count is per clock minute; a clock that stands still keeps the test inside one.
@org.springframework.context.annotation.Import(org.talentbridge.bot.MutableClock.Config.class)
class WebIdentityLimitIntegrationTests {

	@LocalServerPort
	int port;

	@org.springframework.beans.factory.annotation.Autowired
	org.talentbridge.bot.MutableClock clock;

	final HttpClient http = HttpClient.newHttpClient();

	@Test
	void theFourthNewPersonInAMinuteFromOneAddressWaits() throws Exception {
		WebChat chat = new WebChat(this.http, "http://127.0.0.1:" + this.port);
		WebChat.Person first = chat.person();
		HttpResponse<String> answered = first.post("{\"text\": \"hello\"}");
		assertThat(answered.statusCode()).isEqualTo(200);
		assertThat(answered.headers().firstValue("Set-Cookie").orElseThrow()).contains("Secure", "HttpOnly");
		chat.person().say("hello");
		chat.person().say("hello");
		WebChat.Person fourth = chat.person();
		HttpResponse<String> refused = fourth.post("{\"text\": \"hello\"}");
		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
		assertThat(refused.headers().firstValue("Retry-After")).hasValue("60");
		assertThat(refused.body()).contains("Too many new conversations");
		assertThat(fourth.cookie()).isNull();
		HttpResponse<String> forwarded = this.http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/api/chat"))
			.header("Content-Type", "application/json")
			.header("X-Forwarded-For", "203.0.113.9")
			.POST(HttpRequest.BodyPublishers.ofString("{\"text\": \"hello\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(forwarded.statusCode()).as("X-Forwarded-For is not trusted by default").isEqualTo(429);
		// Someone who already has a cookie is not new.
		assertThat(first.say("how do I get a CPR number?").get("replies").size()).isPositive();
		// The next minute, new people are welcome again.
		this.clock.advance(java.time.Duration.ofMinutes(1));
		assertThat(fourth.post("{\"text\": \"hello\"}").statusCode()).isEqualTo(200);
	}

}
