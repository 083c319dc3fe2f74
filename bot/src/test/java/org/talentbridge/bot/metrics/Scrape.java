package org.talentbridge.bot.metrics;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.jspecify.annotations.Nullable;

/** Reads /actuator/prometheus as a Prometheus server would, and the values of its lines. */
final class Scrape {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private Scrape() {
	}

	static HttpResponse<String> get(int port, @Nullable String authorization) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/prometheus"));
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * The sum of the samples of {@code name} whose labels include every {@code label="value"} given,
	 * or NaN when there is none.
	 */
	static double value(String body, String name, String... labels) {
		double sum = Double.NaN;
		for (String line : body.split("\n")) {
			if (line.startsWith("#") || !(line.startsWith(name + "{") || line.startsWith(name + " "))) {
				continue;
			}
			int space = line.lastIndexOf(' ');
			String series = line.substring(0, space);
			boolean matches = true;
			for (String label : labels) {
				matches &= series.contains(label);
			}
			if (matches) {
				double value = Double.parseDouble(line.substring(space + 1));
				sum = Double.isNaN(sum) ? value : sum + value;
			}
		}
		return sum;
	}

}
