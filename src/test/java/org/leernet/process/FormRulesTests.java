package org.leernet.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The form says it before the server does: every rule with which a listener or delegate
 * refuses a submission, and that form-js can express, is on the form as well (required,
 * min/max, pattern, e-mail, no dates in the past, the choices the server accepts), or in the
 * field's description where form-js cannot check it. The other direction, that the server
 * refuses every required field left empty, is checked by the lifecycle test on each form it
 * meets.
 */
class FormRulesTests {

	private static final Map<String, JsonNode> FORMS = new HashMap<>();

	@BeforeAll
	static void readForms() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("forms"))) {
			for (Path file : files.filter(path -> path.toString().endsWith(".form")).toList()) {
				JsonNode form = new ObjectMapper().readTree(file.toFile());
				FORMS.put(form.get("id").asText(), form);
			}
		}
	}

	@Test
	void whatTheServerRequiresTheFormRequires() {
		Map<String, List<String>> required = Map.ofEntries(
				Map.entry("Form_StartLearningNetwork", List.of("networkName", "networkCode", "minimumOrganisations",
						"maximumOrganisations", "collectiveSessions", "individualSessions", "durationMonths", "collectiveThemes",
						"registrationDeadline")),
				Map.entry("Form_RegisterOrganisation", List.of("organisationName", "sector", "caseDescription", "contactName",
						"contactEmail")),
				Map.entry("Form_DecideOnQuorum", List.of("quorumDecision", "newRegistrationDeadline")),
				Map.entry("Form_PlanKickoff", List.of("kickoffStart", "kickoffSecondStart", "sessionLocation")),
				Map.entry("Form_ConductKickoff", List.of("attendance")),
				Map.entry("Form_PlanCollectiveSession", List.of("sessionStart", "sessionLocation", "sessionThemes")),
				Map.entry("Form_ConductCollectiveSession", List.of("sessionOutcome", "attendance", "newSessionStart")),
				Map.entry("Form_PlanClosingSession", List.of("sessionStart", "sessionLocation")),
				Map.entry("Form_ConductClosingSession", List.of("attendance", "networkEvaluation", "followUp")),
				Map.entry("Form_AssignAdviser", List.of("adviser")),
				Map.entry("Form_ScheduleIntake", List.of("sessionStart", "sessionLocation")),
				Map.entry("Form_ConductIntake", List.of("intakeWorkOrganisation", "intakeMaturity", "intakeNeeds")),
				Map.entry("Form_PrepareCasePresentation", List.of("projectSummary", "caseTeam")),
				Map.entry("Form_DistributeBaselineSurveys", List.of("baselineQualitySurvey", "baselineMobilitySurvey",
						"trackingStudy")),
				Map.entry("Form_ConfirmBaselineMeasurement", List.of("baselineResponses", "baselineResponsesComplete")),
				Map.entry("Form_PlanIndividualSession", List.of("sessionStart", "sessionLocation")),
				Map.entry("Form_ConductIndividualSession", List.of("sessionOutcome", "newSessionStart")),
				Map.entry("Form_DistributeEndSurveys", List.of("endQualitySurvey", "endMobilitySurvey")),
				Map.entry("Form_ConfirmEndMeasurement", List.of("endResponses", "endResponsesComplete")),
				Map.entry("Form_WriteBasicReport", List.of("reportSummary")),
				Map.entry("Form_ApproveBasicReport", List.of("reportRemarks")),
				Map.entry("Form_DeliverBasicReport", List.of("reportDeliveredOn")),
				Map.entry("Form_EvaluateSession", List.of("evaluationScore")));
		List<String> missing = new ArrayList<>();
		required.forEach((formId, keys) -> keys.forEach(key -> {
			if (!field(formId, key).path("validate").path("required").asBoolean()) {
				missing.add(formId + "." + key);
			}
		}));
		assertThat(missing).as("required by the server, not by the form").isEmpty();
	}

	@Test
	void datesTheServerRefusesInThePastCannotBePickedInThePast() {
		List<String> missing = new ArrayList<>();
		Map.of("Form_StartLearningNetwork", List.of("registrationDeadline"), "Form_DecideOnQuorum",
				List.of("newRegistrationDeadline"), "Form_PlanKickoff", List.of("kickoffStart", "kickoffSecondStart"),
				"Form_PlanCollectiveSession", List.of("sessionStart"), "Form_PlanClosingSession", List.of("sessionStart"),
				"Form_ScheduleIntake", List.of("sessionStart"), "Form_PlanIndividualSession", List.of("sessionStart"),
				"Form_ConductCollectiveSession", List.of("newSessionStart"), "Form_ConductIndividualSession",
				List.of("newSessionStart"))
			.forEach((formId, keys) -> keys.forEach(key -> {
				if (!field(formId, key).path("disallowPassedDates").asBoolean()) {
					missing.add(formId + "." + key);
				}
			}));
		assertThat(missing).isEmpty();
	}

	@Test
	void theProgrammeSettingsHaveTheServersBounds() {
		// ProgrammeSettings.problems: at least 1 organisation and 1 month, no negative numbers of sessions
		assertThat(min("minimumOrganisations")).isGreaterThanOrEqualTo(1);
		assertThat(min("maximumOrganisations")).isGreaterThanOrEqualTo(1);
		assertThat(min("collectiveSessions")).isZero();
		assertThat(min("individualSessions")).isZero();
		assertThat(min("durationMonths")).isGreaterThanOrEqualTo(1);
		// a maximum below the minimum cannot be a form-js rule: the field says it
		assertThat(field("Form_StartLearningNetwork", "maximumOrganisations").path("description").asText())
			.contains("Niet lager dan het minimum");
		String pattern = field("Form_StartLearningNetwork", "networkCode").path("validate").path("pattern").asText();
		assertThat("HNW-2027-1").matches(pattern);
		assertThat(List.of("hnw-2027", "HNW 2027", "-HNW")).noneMatch(code -> code.matches(pattern));
	}

	@Test
	void choicesOfferWhatTheServerAccepts() {
		assertThat(values("Form_EvaluateSession", "evaluationScore")).containsExactly("1", "2", "3", "4", "5");
		assertThat(values("Form_ConductClosingSession", "followUp")).containsExactlyInAnyOrder("none", "aftercare",
				"new-network");
		assertThat(values("Form_ConductCollectiveSession", "sessionOutcome")).containsExactlyInAnyOrder("held", "rescheduled");
		assertThat(values("Form_ConductIndividualSession", "sessionOutcome")).containsExactlyInAnyOrder("held", "rescheduled");
		assertThat(values("Form_DistributeBaselineSurveys", "trackingStudy")).containsExactlyInAnyOrder("yes", "no");
		assertThat(values("Form_DecideOnQuorum", "quorumDecision")).containsExactlyInAnyOrder("extend", "cancel");
		assertThat(field("Form_RegisterOrganisation", "contactEmail").path("validate").path("validationType").asText())
			.isEqualTo("email");
	}

	@Test
	void remarksAreAskedForExactlyWhenTheReportGoesBack() {
		// MeasurementService.reportReviewed: a report that is not approved needs remarks for the adviser
		JsonNode remarks = field("Form_ApproveBasicReport", "reportRemarks");
		assertThat(remarks.path("validate").path("required").asBoolean()).isTrue();
		assertThat(remarks.path("conditional").path("hide").asText()).isEqualTo("=reportApproved");
	}

	private static long min(String key) {
		JsonNode validate = field("Form_StartLearningNetwork", key).path("validate");
		assertThat(validate.has("min")).as("%s has a minimum", key).isTrue();
		return validate.get("min").asLong();
	}

	private static List<String> values(String formId, String key) {
		List<String> values = new ArrayList<>();
		field(formId, key).path("values").forEach(option -> values.add(option.get("value").asText()));
		return values;
	}

	private static JsonNode field(String formId, String key) {
		assertThat(FORMS).as("forms/").containsKey(formId);
		JsonNode found = find(FORMS.get(formId), key);
		assertThat(found).as("field %s of %s", key, formId).isNotNull();
		return found;
	}

	private static JsonNode find(JsonNode container, String key) {
		for (JsonNode component : container.path("components")) {
			if (key.equals(component.path("key").asText())) {
				return component;
			}
			JsonNode nested = find(component, key);
			if (nested != null) {
				return nested;
			}
		}
		return null;
	}

}
