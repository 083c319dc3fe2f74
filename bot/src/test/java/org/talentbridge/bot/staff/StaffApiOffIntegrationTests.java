package org.talentbridge.bot.staff;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** With STAFF_API_TOKEN unset, no staff endpoint works, whatever token is sent. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "bot.staff.api-token=")
class StaffApiOffIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void everyStaffCallIsRefused() throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		for (String token : new String[] { "", "anything", "null" }) {
			HttpResponse<String> response = http.send(HttpRequest
				.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/api/staff/events"))
				.header("Authorization", "Bearer " + token)
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).isEqualTo(401);
			assertThat(response.body()).contains("STAFF_API_TOKEN is not set");
		}
	}

}
