package org.leernet.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The packages form floors: a package may use the ones below it, never one above. The process
 * vocabulary is the ground floor; the features stack up in the order a network lives; the
 * application's plumbing (deployment, migration, demo, web, engine tuning) sits on top.
 */
class PackageLayersTests {

	static final List<String> FLOORS = List.of("process", "identity", "network", "recruitment", "session",
			"measurement", "evaluation", "tasklink", "notification", "overview", "deployment", "migration", "demo", "web", "system");

	static final long MAX_SYSTEM_LINES = 500;

	private static final Path MAIN = Path.of("src/main/java/org/leernet");
	private static final Pattern IMPORT = Pattern.compile("^import (?:static )?org\\.leernet\\.(\\w+)\\.", Pattern.MULTILINE);

	@Test
	void everyPackageHasAFloor() throws IOException {
		try (Stream<Path> dirs = Files.list(MAIN)) {
			List<String> packages = dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).toList();
			assertThat(FLOORS).containsAll(packages);
		}
	}

	@Test
	void noPackageImportsOneAboveIt() throws IOException {
		List<String> upward = new ArrayList<>();
		try (Stream<Path> files = Files.walk(MAIN)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
				Path relative = MAIN.relativize(file);
				if (relative.getNameCount() < 2) {
					continue;
				}
				String own = relative.getName(0).toString();
				Matcher imported = IMPORT.matcher(Files.readString(file));
				while (imported.find()) {
					String other = imported.group(1);
					if (FLOORS.indexOf(other) > FLOORS.indexOf(own)) {
						upward.add(relative + " imports " + other);
					}
				}
			}
		}
		assertThat(upward).isEmpty();
	}

	/**
	 * {@code system/} is the application's plumbing (engine tuning, production safety, web
	 * configuration). When it grows, a feature's rule has landed there instead of in its package.
	 */
	@Test
	void systemStaysSmall() throws IOException {
		long lines;
		try (Stream<Path> files = Files.walk(MAIN.resolve("system"))) {
			lines = files.filter(f -> f.toString().endsWith(".java")).mapToLong(f -> read(f).lines().count()).sum();
		}
		assertThat(lines).isLessThan(MAX_SYSTEM_LINES);
	}

	/** Other features, pages and adapters go through a feature's service, never its tables. */
	@Test
	void repositoriesArePrivateToTheirFeature() throws IOException {
		try (Stream<Path> files = Files.walk(MAIN)) {
			List<String> open = files.filter(f -> f.getFileName().toString().endsWith("Repository.java"))
				.filter(f -> read(f).contains("public class "))
				.map(f -> MAIN.relativize(f).toString())
				.toList();
			assertThat(open).isEmpty();
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}
}
