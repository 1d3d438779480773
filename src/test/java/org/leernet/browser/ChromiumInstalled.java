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
 * downloads a browser. Without them the tests are skipped, and the Maven output says so and how
 * to install them (as {@code .ci/run} does).
 */
class ChromiumInstalled implements ExecutionCondition {

	static final Path CHROMIUM = Path.of(System.getProperty("leernet.chromium", "/usr/bin/chromium"));

	static final Path CHROMEDRIVER = Path.of(System.getProperty("leernet.chromedriver", "/usr/bin/chromedriver"));

	static final String INSTALL = "sudo apt-get install -y chromium chromium-driver";

	private static final AtomicBoolean told = new AtomicBoolean();

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		List<String> missing = new ArrayList<>();
		for (Path program : List.of(CHROMIUM, CHROMEDRIVER)) {
			if (!Files.isExecutable(program)) {
				missing.add(program.toString());
			}
		}
		if (missing.isEmpty()) {
			return ConditionEvaluationResult.enabled("Chromium and chromedriver are installed");
		}
		String reason = "Browser tests SKIPPED: " + String.join(" and ", missing)
				+ " not found. Install Chromium and chromedriver with: " + INSTALL;
		if (!told.getAndSet(true)) {
			// Surefire does not print why a test was skipped; this line shows up in the build log.
			System.out.println("[WARNING] " + reason);
		}
		return ConditionEvaluationResult.disabled(reason);
	}

}
