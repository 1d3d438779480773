package org.leernet.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.leernet.tasklist.FormDriver.inDays;
import static org.leernet.tasklist.FormDriver.json;
import static org.leernet.tasklist.FormDriver.vars;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.task.Task;
import org.leernet.network.NetworkService;
import org.leernet.recruitment.Organisation;
import org.leernet.recruitment.RecruitmentService;
import org.springframework.http.HttpStatus;

/**
 * Networks of the trusted-state and number checks, with codes of their own: two organisations
 * ("alfa" first, then "beta"), started by the coordinator over REST and driven as the routed users.
 */
final class TrustedNetworks {

	private TrustedNetworks() {
	}

	/** The start form's values, as the coordinator submits them. */
	static Map<String, Object> settings(String code) {
		return new java.util.LinkedHashMap<>(Map.of("networkCode", code, "networkName", "Vertrouwd " + code,
				"minimumOrganisations", 1, "maximumOrganisations", 15, "registrationDeadline",
				LocalDate.now().plusMonths(1).toString()));
	}

	/** A running network of two organisations, its kickoff planned; returns the organisations, alfa first. */
	static List<Organisation> running(HostileUser user, String code) {
		Map<String, Object> start = new java.util.LinkedHashMap<>();
		settings(code).forEach((key, value) -> start.put(key, Map.of("value", value)));
		assertThat(user.post("coordinator", "/engine-rest/process-definition/key/learning-network/submit-form",
				Map.of("variables", start)).getStatusCode()).isEqualTo(HttpStatus.OK);
		register(user, code, "alfa", false);
		register(user, code, "beta", true);
		user.driver().completeAsRoutedUser(user.driver().one(code, "Task_PlanKickoff", "the kickoff"),
				vars("kickoffStart", inDays(30), "kickoffSecondStart", inDays(31), "sessionLocation", "Gent"));
		List<Organisation> organisations = user.bean(RecruitmentService.class)
			.ofNetwork(user.bean(NetworkService.class).get(code).id());
		assertThat(organisations).hasSize(2);
		return organisations;
	}

	/** The kickoff held with both organisations present: each has an evaluation open. */
	static void kickoffHeld(HostileUser user, String code, List<Organisation> organisations) {
		user.driver().completeAsRoutedUser(user.driver().one(code, "Task_ConductKickoff", "the kickoff"),
				vars("sessionOutcome", "held", "heldBeforeStart", true, "attendance",
						json("[\"" + organisations.get(0).code() + "\",\"" + organisations.get(1).code() + "\"]")));
	}

	/** The open evaluation of this organisation in the network. */
	static Task evaluationOf(HostileUser user, String code, Organisation organisation) {
		return user.driver()
			.open(code, "Task_EvaluateSession")
			.stream()
			.filter(task -> user.driver().candidateGroups(task).contains("organisation-" + organisation.code()))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no open evaluation of " + organisation.code()));
	}

	/** Rows in the evaluation table of this session and organisation. */
	static int evaluations(HostileUser user, long sessionId, long organisationId) {
		return user.bean(org.springframework.jdbc.core.simple.JdbcClient.class)
			.sql("select count(*) from evaluation where session_id = ? and organisation_id = ?")
			.params(sessionId, organisationId)
			.query(Integer.class)
			.single();
	}

	private static void register(HostileUser user, String code, String name, boolean closing) {
		String domain = code.toLowerCase().replace("-", "") + name;
		user.driver().completeAsRoutedUser(user.driver().one(code, "Task_RegisterOrganisation", "the registration"),
				vars("organisationName", code + " " + name, "sector", "bouw", "caseDescription", "Werf", "contacts",
						json("[{\"contactName\":\"Els\",\"contactEmail\":\"els@" + domain
								+ ".example.org\"},{\"contactName\":\"Jan\",\"contactEmail\":\"jan@" + domain
								+ ".example.org\"}]"),
						"recruitmentClosed", closing));
	}

}
