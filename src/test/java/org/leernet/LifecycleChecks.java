package org.leernet;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.leernet.network.NetworkStatus;
import org.leernet.recruitment.OrganisationStatus;

/**
 * One network of four organisations from start to end with the real delegates, listeners and
 * tables, submitting what Tasklist's forms submit (strings for dates, Json for lists).
 * Run on H2 and on PostgreSQL by the subclasses.
 */
public abstract class LifecycleChecks extends NetworkTestSupport {

	protected abstract String codePrefix();

	@Test
	void drivesAFourOrganisationNetworkFromStartToEnd() {
		String code = codePrefix() + "-2027-1";
		ProcessInstance network = runtimeService.startProcessInstanceByKey("learning-network", Map.of("networkCode", code,
				"networkName", "Het Nieuwe Werken", "registrationDeadline", OffsetDateTime.now().plusMonths(1).toLocalDate().toString(),
				"collectiveThemes", "Rollen en verantwoordelijkheden\nLeiderschap"));
		assertThat(network.getBusinessKey()).isEqualTo(code);
		assertThat(networks.get(code).status()).isEqualTo(NetworkStatus.RECRUITING);

		for (int i = 1; i <= 4; i++) {
			complete(code, "Task_RegisterOrganisation", "organisationName", code + " organisatie " + i, "sector", "zorg-welzijn",
					"caseDescription", "Team " + i, "contacts", json("[{\"contactName\":\"Contact " + i + "a\",\"contactEmail\":\""
							+ code.toLowerCase() + "-" + i + "a@example.org\"},{\"contactName\":\"Contact " + i
							+ "b\",\"contactEmail\":\"" + code.toLowerCase() + "-" + i + "b@example.org\"}]"),
					"recruitmentClosed", i == 4);
		}
		long networkId = networks.get(code).id();
		List<String> codes = organisations.ofNetwork(networkId, OrganisationStatus.REGISTERED)
			.stream()
			.map(org -> org.code())
			.toList();
		assertThat(codes).hasSize(4);
		String first = codes.get(0);
		assertThat(identityService.createUserQuery().memberOfGroup("organisation-" + first).count())
			.as("the contact persons can log in for their organisation").isEqualTo(2);
		assertThat(networks.get(code).status()).isEqualTo(NetworkStatus.RUNNING);

		complete(code, "Task_PlanKickoff", "kickoffStart", inDays(20), "kickoffSecondStart", inDays(21), "sessionLocation",
				"Brussel");
		for (String org : codes) {
			completeFor(code, org, "Task_AssignAdviser", "adviser", "adviser1");
			completeFor(code, org, "Task_ScheduleIntake", "sessionStart", inDays(10), "sessionLocation", "Op locatie");
			completeFor(code, org, "Task_ConductIntake", "intakeWorkOrganisation", "Functioneel", "intakeMaturity", "advanced",
					"intakeNeeds", "Regelruimte");
			evaluateAll(code);
			completeFor(code, org, "Task_PrepareCasePresentation", "projectSummary", "HNW sinds 2019", "caseTeam", "Planning");
			completeFor(code, org, "Task_DistributeBaselineSurveys", "baselineQualitySurvey", true, "baselineMobilitySurvey", true,
					"trackingStudy", "no");
			completeFor(code, org, "Task_ConfirmBaselineMeasurement", "baselineResponses", 30, "baselineResponsesComplete", true);
		}

		complete(code, "Task_ConductKickoff", "attendance", json(jsonArray(codes)), "sessionNotes", "Goede start");
		evaluateAll(code);
		for (int i = 0; i < 4; i++) {
			complete(code, "Task_PlanCollectiveSession", "sessionStart", inDays(40 + 30 * i), "sessionLocation", "Leuven",
					"sessionThemes", json("[\"Leiderschap\"]"));
			complete(code, "Task_ConductCollectiveSession", "sessionOutcome", "held", "attendance", json(jsonArray(codes)));
			evaluateAll(code);
		}
		assertThat(networks.get(code).status()).isEqualTo(NetworkStatus.END_PHASE);

		for (String org : codes) {
			for (int i = 0; i < 5; i++) {
				completeFor(code, org, "Task_PlanIndividualSession", "sessionStart", inDays(50 + 20 * i), "sessionLocation", "Online");
				completeFor(code, org, "Task_ConductIndividualSession", "sessionOutcome", "held", "sessionNotes", "ok");
				evaluateAll(code);
			}
			completeFor(code, org, "Task_DistributeEndSurveys", "endQualitySurvey", true, "endMobilitySurvey", true);
			completeFor(code, org, "Task_ConfirmEndMeasurement", "endResponses", 28, "endResponsesComplete", true);
			completeFor(code, org, "Task_WriteBasicReport", "reportSummary", "Resultaten");
			completeFor(code, org, "Task_ApproveBasicReport", "reportApproved", true);
			completeFor(code, org, "Task_DeliverBasicReport", "reportDeliveredOn", "2028-03-01");
		}
		complete(code, "Task_PlanClosingSession", "sessionStart", inDays(330), "sessionLocation", "Brussel");
		complete(code, "Task_ConductClosingSession", "attendance", json(jsonArray(codes)), "networkEvaluation", "Waardevol",
				"followUp", "aftercare");
		evaluateAll(code);

		assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(code).count()).isZero();
		assertThat(networks.get(code).status()).isEqualTo(NetworkStatus.CLOSED);
		assertThat(count(code, "Task_ConductIntake")).isEqualTo(4);
		assertThat(count(code, "Task_ConductIndividualSession")).isEqualTo(4 * 5);
		assertThat(count(code, "Task_ConductCollectiveSession")).isEqualTo(4);
		assertThat(count(code, "Task_ConductKickoff")).isEqualTo(1);
		assertThat(count(code, "Task_ConductClosingSession")).isEqualTo(1);
		assertThat(count(code, "Task_ConfirmBaselineMeasurement")).isEqualTo(4);
		assertThat(count(code, "Task_ConfirmEndMeasurement")).isEqualTo(4);
		assertThat(count(code, "Task_DeliverBasicReport")).isEqualTo(4);
		// intake + 5 individual sessions per organisation, and kickoff, 4 collective and closing for each of the 4
		assertThat(count(code, "Task_EvaluateSession")).isEqualTo(4 * 6 + 6 * 4);
		assertThat(sessions.ofNetwork(networkId)).hasSize(4 + 4 * 5 + 1 + 4 + 1)
			.allSatisfy(session -> assertThat(session.status().name()).isEqualTo("HELD"));
		assertThat(jdbc.sql("select count(*) from evaluation e join learning_session s on s.id = e.session_id where s.network_id = ?")
			.param(networkId)
			.query(Integer.class)
			.single()).isEqualTo(48);
		assertThat(jdbc.sql("select count(*) from measurement m join organisation o on o.id = m.organisation_id "
				+ "where o.network_id = ? and m.confirmed_at is not null").param(networkId).query(Integer.class).single())
			.isEqualTo(8);
		assertThat(organisations.ofNetwork(networkId, OrganisationStatus.COMPLETED)).hasSize(4);
	}

}
