package org.leernet.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.leernet.network.ProgrammeSettings;

/** Forms and messages speak of dates in Dutch words; date fields read Brussels time. */
class FormDatesTests {

	/** Process variables that hold an ISO date or a Date: a form text shows their "...InWords" twin instead. */
	static final List<String> ISO_VARIABLES = List.of(ProcessVariables.REGISTRATION_DEADLINE,
			ProcessVariables.DURATION_END, ProcessVariables.SESSION_START, ProcessVariables.KICKOFF_START,
			ProcessVariables.NEW_SESSION_START, ProcessVariables.NEW_REGISTRATION_DEADLINE);

	static List<JsonNode> components() throws IOException {
		List<JsonNode> all = new ArrayList<>();
		try (Stream<Path> files = Files.list(Path.of("forms"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".form")).sorted().toList()) {
				collect(new ObjectMapper().readTree(file.toFile()), all);
			}
		}
		return all;
	}

	private static void collect(JsonNode node, List<JsonNode> all) {
		for (JsonNode component : node.path("components")) {
			all.add(component);
			collect(component, all);
		}
	}

	@Test
	void formTextsShowDatesInWords() throws IOException {
		Pattern reference = Pattern.compile("\\{\\{\\s*([A-Za-z]+)\\s*}}");
		List<String> isoReferences = new ArrayList<>();
		for (JsonNode component : components()) {
			for (String property : List.of("text", "description", "label")) {
				Matcher matcher = reference.matcher(component.path(property).asText());
				while (matcher.find()) {
					if (ISO_VARIABLES.contains(matcher.group(1))) {
						isoReferences.add(component.path("id").asText() + ": " + matcher.group());
					}
				}
			}
		}
		assertThat(isoReferences).isEmpty();
	}

	@Test
	void dateTimeFieldsAreReadAsBrusselsTimeIn24Hours() throws IOException {
		List<JsonNode> dateTimes = components().stream()
			.filter(c -> "datetime".equals(c.path("type").asText()) && "datetime".equals(c.path("subtype").asText()))
			.toList();
		assertThat(dateTimes).isNotEmpty().allSatisfy(field -> {
			assertThat(field.path("use24h").asBoolean()).as(field.path("key").asText()).isTrue();
			// no zone: the server reads the time typed as Brussels time, whatever the browser's zone
			assertThat(field.path("timeSerializingFormat").asText()).as(field.path("key").asText()).isEqualTo("no_timezone");
		});
	}

	@Test
	void aPastDeadlineIsNamedInWords() {
		ProgrammeSettings settings = new ProgrammeSettings(4, 12, 3, 2, 12, LocalDate.of(2026, 1, 31));
		assertThat(settings.problems(LocalDate.of(2026, 2, 1)))
			.containsExactly("De uiterste inschrijvingsdatum (31 januari 2026) ligt in het verleden.");
	}

}
