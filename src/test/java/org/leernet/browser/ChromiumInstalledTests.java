package org.leernet.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Without Chromium the browser tests skip locally and fail in CI. */
class ChromiumInstalledTests {

	@TempDir
	Path folder;

	@Test
	void skipsLocallyWithTheInstallHint() {
		var result = ChromiumInstalled.evaluate(List.of(folder.resolve("chromium")), false);
		assertThat(result.isDisabled()).isTrue();
		assertThat(result.getReason()).hasValueSatisfying(reason -> assertThat(reason)
			.contains("SKIPPED", "chromium not found", ChromiumInstalled.INSTALL));
	}

	@Test
	void failsInCi() {
		assertThatThrownBy(() -> ChromiumInstalled.evaluate(List.of(folder.resolve("chromedriver")), true))
			.hasMessageContaining("CI=true")
			.hasMessageContaining("chromedriver not found")
			.hasMessageContaining(ChromiumInstalled.INSTALL);
	}

	@Test
	void runsWhenInstalled() {
		Path java = Path.of(System.getProperty("java.home"), "bin", "java");
		assertThat(ChromiumInstalled.evaluate(List.of(java), true).isDisabled()).isFalse();
		assertThat(ChromiumInstalled.evaluate(List.of(java), false).isDisabled()).isFalse();
	}

}
