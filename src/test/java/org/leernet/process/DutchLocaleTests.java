package org.leernet.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Our Dutch locale of each webapp against the English one the Camunda webjar ships: every
 * label translated, every placeholder kept, so an upgrade that adds labels shows up here.
 */
class DutchLocaleTests {

	private static final String APPS = "META-INF/resources/webjars/camunda/app/";

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{[^}]*}}");

	private final ObjectMapper json = new ObjectMapper();

	@ParameterizedTest
	@ValueSource(strings = { "tasklist", "cockpit", "admin", "welcome" })
	void everyEnglishLabelHasADutchOneWithTheSamePlaceholders(String app) throws IOException {
		JsonNode en = read(APPS + app + "/locales/en.json").path("labels");
		JsonNode nl = read(APPS + app + "/locales/nl.json").path("labels");
		List<String> missing = new ArrayList<>();
		Map<String, String> placeholdersDiffer = new TreeMap<>();
		en.fieldNames().forEachRemaining(key -> {
			if (!nl.has(key)) {
				missing.add(key);
			}
			else if (!placeholders(en.get(key).asText()).equals(placeholders(nl.get(key).asText()))) {
				placeholdersDiffer.put(key, nl.get(key).asText());
			}
		});
		assertThat(missing).as("labels of %s without a Dutch text", app).isEmpty();
		assertThat(placeholdersDiffer).as("Dutch labels of %s that lost or changed a placeholder", app).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "tasklist", "cockpit", "admin", "welcome" })
	void datesAreDutch(String app) throws IOException {
		JsonNode dates = read(APPS + app + "/locales/nl.json").path("dateLocales");
		assertThat(dates.path("months")).hasSize(12);
		assertThat(dates.path("weekdays").get(1).asText()).isEqualTo("maandag");
		assertThat(dates.path("relativeTime").path("past").asText()).isEqualTo("%s geleden");
		assertThat(dates.path("calendar").path("sameDay").asText()).contains("Vandaag");
		assertThat(dates.path("week").path("dow").asInt()).as("weeks start on Monday").isEqualTo(1);
	}

	private static List<String> placeholders(String text) {
		List<String> found = new ArrayList<>();
		Matcher matcher = PLACEHOLDER.matcher(text);
		while (matcher.find()) {
			found.add(matcher.group().replaceAll("\\s", ""));
		}
		found.sort(null);
		return found;
	}

	private JsonNode read(String resource) throws IOException {
		try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
			assertThat(in).as(resource).isNotNull();
			// The webjar's files start with a byte order mark, which Jackson does not skip.
			return json.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\uFEFF", ""));
		}
	}

}
