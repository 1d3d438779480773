package org.leernet.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Delegates and listeners are adapters between the BPMN and a feature's service: when one grows,
 * a rule has crept out of the service into it. What varies per BPMN element is an input
 * parameter of that element, so no Java code names an element of a model.
 */
class AdapterRulesTests {

	/** Lines of code and comment, without the package line, imports and blank lines. */
	static final int MAX_ADAPTER_LINES = 40;

	private static final Path MAIN = Path.of("src/main/java/org/leernet");

	private static final Pattern ADAPTER = Pattern.compile("implements\\s+[\\w, ]*\\b(JavaDelegate|TaskListener|ExecutionListener)\\b");

	private static final Pattern BOILERPLATE = Pattern.compile("\\s*|(package|import) .*");

	private static final Pattern ELEMENT_ID = Pattern.compile("\"(Task|Event|Gateway|BoundaryEvent|StartEvent|EndEvent|SubProcess|CallActivity)_\\w+\"");

	@Test
	void everyAdapterIsThin() throws IOException {
		List<String> thick = new ArrayList<>();
		for (Path file : sources()) {
			String source = Files.readString(file);
			long lines = source.lines().filter(line -> !BOILERPLATE.matcher(line).matches()).count();
			if (ADAPTER.matcher(source).find() && lines > MAX_ADAPTER_LINES) {
				thick.add(MAIN.relativize(file) + ": " + lines + " lines");
			}
		}
		assertThat(thick).isEmpty();
	}

	@Test
	void noJavaCodeNamesAModelElement() throws IOException {
		List<String> named = new ArrayList<>();
		for (Path file : sources()) {
			var found = ELEMENT_ID.matcher(Files.readString(file));
			while (found.find()) {
				named.add(MAIN.relativize(file) + ": " + found.group());
			}
		}
		assertThat(named).isEmpty();
	}

	private static List<Path> sources() throws IOException {
		try (Stream<Path> files = Files.walk(MAIN)) {
			return files.filter(f -> f.toString().endsWith(".java")).toList();
		}
	}
}
