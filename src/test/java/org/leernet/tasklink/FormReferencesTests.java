package org.leernet.tasklink;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** What a task link's page hands the form: the variables the form uses, and only those. */
class FormReferencesTests {

	private static final ObjectMapper JSON = new ObjectMapper();

	@Test
	void theEvaluationFormUsesItsFieldsAndTheNamesInItsText() throws Exception {
		assertThat(FormReferences.of(JSON.readTree(Path.of("forms/evaluate-session.form").toFile())))
			.containsExactlyInAnyOrder("sessionTitle", "networkName", "evaluationScore", "evaluationWentWell",
					"evaluationToImprove");
	}

	@Test
	void expressionsGiveTheirVariablesButNotFeelWordsQuotedTextOrPropertiesOfAVariable() throws Exception {
		String form = """
				{"components": [
				  {"type": "text", "text": "Voor **{{organisationName}}** ({{ if late then \\"laat\\" else \\"op tijd\\" }})"},
				  {"type": "select", "key": "adviser", "valuesKey": "adviserOptions",
				   "conditional": {"hide": "=not(escalated = \\"yes\\") and session.kind != \\"intake\\""}},
				  {"type": "group", "path": "contact.person", "components": [{"type": "textfield", "key": "name"}]}
				]}""";
		assertThat(FormReferences.of(JSON.readTree(form))).containsExactlyInAnyOrder("organisationName", "late", "adviser",
				"adviserOptions", "escalated", "session", "contact", "name");
	}

}
