package org.talentbridge.bot.metrics;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Without METRICS_TOKEN there is no metrics endpoint at all; the same context as the web chat's tests. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MetricsOffIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void withoutTheTokenTheEndpointIsOff() throws Exception {
		assertThat(Scrape.get(this.port, null).statusCode()).isEqualTo(404);
		assertThat(Scrape.get(this.port, "Bearer anything").statusCode()).isEqualTo(404);
		assertThat(Scrape.get(this.port, "Bearer ").statusCode()).isEqualTo(404);
	}

}
