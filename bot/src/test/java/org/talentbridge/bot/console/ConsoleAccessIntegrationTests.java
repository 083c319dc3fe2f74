package org.talentbridge.bot.console;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Nothing of the console is reachable without logging in, and staff cannot manage accounts. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "bot.console.admin-username=admin", "bot.console.admin-password=correct horse battery" })
class ConsoleAccessIntegrationTests {

	static final List<String> PAGES = List.of("/console", "/console/", "/console/inbox", "/console/inbox/h1",
			"/console/questions", "/console/events", "/console/events/new", "/console/events/hellopenhagen-2027",
			"/console/events/hellopenhagen-2027/edit", "/console/events/hellopenhagen-2027/checkin",
			"/console/events/hellopenhagen-2027/attendees.csv", "/console/events/hellopenhagen-2027/poster",
			"/console/announcements", "/console/announcements/recipients", "/console/announcements/a1",
			"/console/announcements/a1/progress", "/console/mentorship", "/console/nudges", "/console/guide", "/console/accounts",
			"/console/knowledge", "/console/knowledge/new", "/console/knowledge/dk-mitid", "/console/knowledge/dk-mitid.md",
			"/console/knowledge/changes.zip", "/console/console.js", "/console/anything");

	static final List<String> ACTIONS = List.of("/console/inbox/h1/answer", "/console/inbox/h1/close",
			"/console/questions/abc/handled", "/console/knowledge/reload", "/console/events",
			"/console/questions/example", "/console/questions/not-for-us", "/console/knowledge",
			"/console/events/hellopenhagen-2027/cancel", "/console/events/hellopenhagen-2027/checkin",
			"/console/announcements", "/console/announcements/a1/send", "/console/mentorship/m1/approve",
			"/console/mentorship/m1/reject", "/console/accounts", "/console/accounts/admin/delete");

	@LocalServerPort
	int port;

	private final HttpClient anonymous = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

	@Test
	void everyPageSendsStrangersToTheLoginPage() throws Exception {
		for (String page : PAGES) {
			HttpResponse<String> response = this.anonymous.send(HttpRequest.newBuilder(uri(page)).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as(page).isEqualTo(302);
			assertThat(response.headers().firstValue("Location").orElse("")).as(page).endsWith("/login");
			assertThat(response.body()).as(page).doesNotContain("HELLOpenhagen");
		}
	}

	@Test
	void everyActionIsRefusedToStrangers() throws Exception {
		for (String action : ACTIONS) {
			HttpResponse<String> response = this.anonymous.send(
					HttpRequest.newBuilder(uri(action)).POST(HttpRequest.BodyPublishers.ofString("text=hi&userId=x")).header(
							"Content-Type", "application/x-www-form-urlencoded").build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as(action).isIn(302, 403);
			if (response.statusCode() == 302) {
				assertThat(response.headers().firstValue("Location").orElse("")).as(action).endsWith("/login");
			}
		}
	}

	@Test
	void theLoginPageIsPublicAndAFormWithoutItsCsrfTokenIsRefused() throws Exception {
		HttpResponse<String> login = this.anonymous.send(HttpRequest.newBuilder(uri("/login")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(login.statusCode()).isEqualTo(200);
		assertThat(login.body()).contains("name=\"_csrf\"");
		HttpResponse<String> forged = this.anonymous.send(HttpRequest.newBuilder(uri("/login"))
			.POST(HttpRequest.BodyPublishers.ofString("username=admin&password=correct+horse+battery"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(forged.statusCode()).isEqualTo(403);
	}

	@Test
	void staffWithoutTheAdminRoleCannotManageAccountsAndTheSessionCookieIsGuarded() throws Exception {
		HttpClient admin = login("admin", "correct horse battery");
		HttpResponse<String> accounts = admin.send(HttpRequest.newBuilder(uri("/console/accounts")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(accounts.statusCode()).isEqualTo(200);
		String csrf = csrf(accounts.body());
		HttpResponse<String> created = admin.send(HttpRequest.newBuilder(uri("/console/accounts"))
			.POST(form("username", "bo", "password", "a long staff password", "role", "staff", "_csrf", csrf))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(created.statusCode()).isEqualTo(302);
		HttpClient staff = login("bo", "a long staff password");
		assertThat(staff.send(HttpRequest.newBuilder(uri("/console/accounts")).build(), HttpResponse.BodyHandlers.ofString())
			.statusCode()).isEqualTo(403);
		assertThat(staff.send(HttpRequest.newBuilder(uri("/console/events")).build(), HttpResponse.BodyHandlers.ofString())
			.statusCode()).isEqualTo(200);
	}

	@Test
	void theHealthDetailsAreForStaffLoggedInToTheConsole() throws Exception {
		HttpResponse<String> stranger = this.anonymous.send(HttpRequest.newBuilder(uri("/actuator/health")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(stranger.statusCode()).isEqualTo(200);
		assertThat(stranger.body()).contains("\"status\":\"UP\"").doesNotContain("components", "diskSpace", "redis");
		assertThat(stranger.headers().allValues("Set-Cookie")).as("no session for strangers").isEmpty();
		HttpClient admin = login("admin", "correct horse battery");
		HttpResponse<String> staff = admin.send(HttpRequest.newBuilder(uri("/actuator/health")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(staff.statusCode()).isEqualTo(200);
		assertThat(staff.body()).contains("\"components\"", "\"diskSpace\"", "\"path\"", "\"redis\"", "\"mode\":\"embedded\"");
	}

	@Test
	void theAnnouncementFormOffersNoPostWithoutAnAnnouncementsChannel() throws Exception {
		HttpClient admin = login("admin", "correct horse battery");
		String form = admin.send(HttpRequest.newBuilder(uri("/console/announcements")).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		assertThat(form).contains("name=\"channels\" value=\"discord\"").doesNotContain("name=\"post\"");
	}

	@Test
	void theGuidePageShowsPeoplePerSituationAndTheStepsLeftOpen() throws Exception {
		String user = "console-guide-" + java.util.UUID.randomUUID();
		for (String text : List.of("/guide start", "/form guide live SE", "/form guide work DK", "/form guide citizen eu",
				"/form guide family none", "/guide done housing-se")) {
			this.conversation.handle(org.talentbridge.bot.conversation.IncomingMessage
				.of(org.talentbridge.bot.conversation.Channel.WEB, user, text));
		}
		HttpClient admin = login("admin", "correct horse battery");
		HttpResponse<String> page = admin.send(HttpRequest.newBuilder(uri("/console/guide")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("People per situation",
				"living in Sweden, working in Denmark, EU/EEA or Swiss citizen, on your own", "Steps most often left open",
				"<code>border-id</code>").doesNotContain("<code>housing-se</code>");
	}

	@org.springframework.beans.factory.annotation.Autowired
	org.talentbridge.bot.conversation.Conversation conversation;

	private HttpClient login(String username, String password) throws Exception {
		CookieManager cookies = new CookieManager();
		HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
		String page = client.send(HttpRequest.newBuilder(uri("/login")).build(), HttpResponse.BodyHandlers.ofString()).body();
		HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri("/login"))
			.POST(form("username", username, "password", password, "_csrf", csrf(page)))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.headers().firstValue("Location").orElse("")).endsWith("/console");
		List<String> setCookie = response.headers().allValues("Set-Cookie");
		assertThat(setCookie).anySatisfy(c -> assertThat(c).contains("SESSION=").contains("HttpOnly").contains("SameSite=Strict"));
		return client;
	}

	static String csrf(String html) {
		Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
		assertThat(m.find()).as("a CSRF token in the page").isTrue();
		return m.group(1);
	}

	static HttpRequest.BodyPublisher form(String... pairs) {
		StringBuilder body = new StringBuilder();
		for (int i = 0; i < pairs.length; i += 2) {
			if (body.length() > 0) {
				body.append('&');
			}
			body.append(URLEncoder.encode(pairs[i], StandardCharsets.UTF_8)).append('=')
				.append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
		}
		return HttpRequest.BodyPublishers.ofString(body.toString());
	}

}
