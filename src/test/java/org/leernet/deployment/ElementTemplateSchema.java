package org.leernet.deployment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Camunda's JSON schema for Camunda 7 element templates, as published in the npm package
 * {@value #PACKAGE}. The package is installed with npm into {@code target/} on first use and
 * reused from there; the repository keeps no copy of it.
 */
final class ElementTemplateSchema {

	static final String PACKAGE = "@camunda/element-templates-json-schema";

	/** The version the templates are checked against; raise it together with Camunda Modeler. */
	static final String VERSION = "0.22.1";

	private static final Path PREFIX = Path.of("target", "npm", "element-templates-json-schema");

	private static final Path INSTALLED = PREFIX.resolve("node_modules").resolve(PACKAGE);

	private ElementTemplateSchema() {
	}

	static JsonNode load() throws IOException, InterruptedException {
		ObjectMapper json = new ObjectMapper();
		Path manifest = INSTALLED.resolve("package.json");
		if (!Files.exists(manifest) || !VERSION.equals(json.readTree(manifest.toFile()).path("version").asText())) {
			install();
		}
		return json.readTree(INSTALLED.resolve("resources/schema.json").toFile());
	}

	private static void install() throws IOException, InterruptedException {
		Files.createDirectories(PREFIX);
		String npm = System.getProperty("os.name").toLowerCase().startsWith("windows") ? "npm.cmd" : "npm";
		List<String> command = List.of(npm, "install", "--prefix", PREFIX.toString(), "--no-save", "--no-audit",
				"--no-fund", "--ignore-scripts", "--loglevel=error", PACKAGE + "@" + VERSION);
		Path log = PREFIX.resolve("npm.log");
		Process process;
		try {
			process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		}
		catch (IOException ex) {
			throw new IllegalStateException("npm is needed to fetch " + PACKAGE + "@" + VERSION
					+ ", the JSON schema the element templates are checked against; install Node.js with npm and "
					+ "make sure 'npm' is on the PATH (" + ex.getMessage() + ")", ex);
		}
		boolean done = process.waitFor(5, TimeUnit.MINUTES);
		if (!done) {
			process.destroyForcibly();
		}
		if (!done || process.exitValue() != 0) {
			throw new IllegalStateException("'" + String.join(" ", command) + "' failed:\n"
					+ Files.readString(log, StandardCharsets.UTF_8));
		}
	}

}
