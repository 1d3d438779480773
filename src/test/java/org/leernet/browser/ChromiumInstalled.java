package org.leernet.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Browser tests run only where Debian's Chromium and chromedriver are installed; nothing ever
 * downloads a browser. Without them the tests are skipped locally, and the Maven output says so
 * and how to install them (as {@code .ci/run} does). In CI ({@code CI=true}) a missing browser
 * fails the tests instead: a CI run that skipped them would look green without having run them.
 */
class ChromiumInstalled implements ExecutionCondition {

	static final Path CHROMIUM = Path.of(System.getProperty("leernet.chromium", "/usr/bin/chromium"));

	static final Path CHROMEDRIVER = Path.of(System.getProperty("leernet.chromedriver", "/usr/bin/chromedriver"));

	static final String INSTALL = "sudo apt-get install -y chromium chromium-driver";

	private static final AtomicBoolean told = new AtomicBoolean();

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		return evaluate(List.of(CHROMIUM, CHROMEDRIVER), "true".equalsIgnoreCase(System.getenv("CI")));
	}

	/** Enabled when every program is executable; else skipped, or in CI an error. */
	static ConditionEvaluationResult evaluate(List<Path> programs, boolean ci) {
		List<String> missing = new ArrayList<>();
		for (Path program : programs) {
			if (!Files.isExecutable(program)) {
				missing.add(program.toString());
			}
		}
		if (missing.isEmpty()) {
			return ConditionEvaluationResult.enabled("Chromium and chromedriver are installed");
		}
		String notFound = String.join(" and ", missing) + " not found. Install Chromium and chromedriver with: "
				+ INSTALL;
		if (ci) {
			// an exception from a condition fails the test class, with this message in the report
			throw new IllegalStateException("Browser tests cannot run in CI (CI=true): " + notFound);
		}
		String reason = "Browser tests SKIPPED: " + notFound;
		if (!told.getAndSet(true)) {
			// Surefire does not print why a test was skipped; this line shows up in the build log.
			System.out.println("[WARNING] " + reason);
		}
		return ConditionEvaluationResult.disabled(reason);
	}

}
