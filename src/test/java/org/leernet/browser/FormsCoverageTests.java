package org.leernet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Every form in {@code forms/} is shown in Chromium by {@link BrowserIntegrationTests}, or named as not yet. */
class FormsCoverageTests {

	@Test
	void everyFormIsSeenInTheBrowserOrNamedAsAGap() {
		Set<String> accounted = new HashSet<>(BrowserIntegrationTests.FORMS_SEEN);
		accounted.addAll(BrowserIntegrationTests.FORMS_NOT_YET_SEEN);
		assertThat(accounted).as("forms in forms/ that no browser test shows")
			.containsAll(FormFiles.all().keySet());
		assertThat(FormFiles.all().keySet()).as("forms the browser tests name").containsAll(accounted);
		assertThat(BrowserIntegrationTests.FORMS_SEEN).doesNotContainAnyElementsOf(BrowserIntegrationTests.FORMS_NOT_YET_SEEN);
	}

	@Test
	void readsTheAlwaysVisibleLabelsOfAForm() {
		assertThat(FormFiles.alwaysVisibleLabels("Form_ConductCollectiveSession")).containsExactly("Verloop van de sessie");
		assertThat(FormFiles.alwaysVisibleLabels("Form_AssignAdviser")).containsExactly("Adviseur");
	}

}
