package org.leernet.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The Camunda Forms in {@code forms/}: their ids and the labels a user always sees. */
final class FormFiles {

	static final Path FOLDER = Path.of("forms");

	private FormFiles() {
	}

	/** Form id to form file, for every {@code .form} in the folder. */
	static Map<String, Path> all() {
		Map<String, Path> forms = new TreeMap<>();
		try (Stream<Path> files = Files.list(FOLDER)) {
			files.filter(file -> file.toString().endsWith(".form"))
				.forEach(file -> forms.put(read(file).path("id").asText(), file));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return forms;
	}

	/**
	 * The labels of the form's components that have no {@code conditional}: those show whatever
	 * the task's data (a component with a {@code conditional.hide} may rightly be hidden, so it is
	 * left out rather than guessed).
	 */
	static List<String> alwaysVisibleLabels(String formId) {
		Path file = all().get(formId);
		if (file == null) {
			throw new IllegalArgumentException("no form " + formId + " in " + FOLDER);
		}
		List<String> labels = new ArrayList<>();
		collect(read(file).path("components"), labels);
		return labels;
	}

	private static void collect(JsonNode components, List<String> labels) {
		for (JsonNode component : components) {
			if (component.has("conditional")) {
				continue;
			}
			if (component.hasNonNull("label") && !component.path("label").asText().isBlank()) {
				labels.add(component.path("label").asText());
			}
			collect(component.path("components"), labels);
		}
	}

	private static JsonNode read(Path file) {
		try {
			return new ObjectMapper().readTree(file.toFile());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
