package org.leernet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Every form in {@code forms/} is shown in Chromium by {@link BrowserIntegrationTests}: a new form cannot go unseen. */
class FormsCoverageTests {

	@Test
	void everyFormIsSeenInTheBrowser() {
		assertThat(BrowserIntegrationTests.FORMS_SEEN).as("forms in forms/ that the browser tests show")
			.containsExactlyInAnyOrderElementsOf(FormFiles.all().keySet());
	}

	@Test
	void readsTheAlwaysVisibleLabelsOfAForm() {
		assertThat(FormFiles.alwaysVisibleLabels("Form_ConductCollectiveSession")).containsExactly("Verloop van de sessie");
		assertThat(FormFiles.alwaysVisibleLabels("Form_AssignAdviser")).containsExactly("Adviseur");
	}

}
