package org.leernet.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.leernet.network.NetworkService;
import org.leernet.recruitment.Organisation;
import org.leernet.tasklist.TasklistUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Numbers are checked, not truncated: a number outside what its form allows, or with decimals
 * where the form takes whole numbers, is a Dutch 400 naming the field, and nothing is stored.
 */
interface NumberChecks extends HostileUser {

	@Test
	default void refusesANetworkWhoseNumbersTheFormWouldNotTake() {
		assertRefusedStart("TRUST-N1", "minimumOrganisations", 4294967297L);
		assertRefusedStart("TRUST-N2", "minimumOrganisations", 4.9);
		assertRefusedStart("TRUST-N3", "maximumOrganisations", 51);
		assertRefusedStart("TRUST-N4", "durationMonths", 61);
		assertRefusedStart("TRUST-N5", "collectiveSessions", -1);
		assertRefusedStart("TRUST-N6", "individualSessions", "2.5");
	}

	@Test
	default void refusesAnEvaluationScoreOutsideOneToFiveOrWithDecimals() {
		String code = "TRUST-SCORE";
		List<Organisation> organisations = TrustedNetworks.running(this, code);
		TrustedNetworks.kickoffHeld(this, code, organisations);
		Organisation alfa = organisations.get(0);
		Task task = TrustedNetworks.evaluationOf(this, code, alfa);
		TasklistUser participant = contactOf(alfa);
		participant.claim(task.getId());
		long session = ((Number) engine().getRuntimeService().getVariable(task.getProcessInstanceId(), "sessionId")).longValue();
		for (Object score : new Object[] { 4.9, 6, 0, 4294967297L, "4.9" }) {
			TasklistUser.Answer answer = participant.submitForm(task.getId(),
					Map.of("evaluationScore", score, "evaluationWentWell", "Nuttig"));
			assertThat(answer.status()).as("score " + score + ": " + answer.body()).isEqualTo(400);
			assertThat(answer.body()).contains("evaluationScore");
			assertThat(TrustedNetworks.evaluations(this, session, alfa.id())).as("nothing stored for " + score).isZero();
			assertThat(engine().getTaskService().createTaskQuery().taskId(task.getId()).count()).as("the task stays open")
				.isEqualTo(1);
		}
		participant.submitForm(task.getId(), Map.of("evaluationScore", "4", "evaluationWentWell", "Nuttig"))
			.expect(204, "a whole score from 1 to 5");
		assertThat(TrustedNetworks.evaluations(this, session, alfa.id())).isEqualTo(1);
	}

	/** A contact person of the organisation, signed in over REST with a password they chose. */
	private TasklistUser contactOf(Organisation organisation) {
		String id = bean(org.leernet.recruitment.RecruitmentService.class).contactUserIds(organisation.id()).get(0);
		var identity = engine().getIdentityService();
		var user = identity.createUserQuery().userId(id).singleResult();
		user.setPassword("Eigen-wachtwoord-" + id);
		identity.saveUser(user);
		return new TasklistUser(rest().getRootUri() + "/engine-rest", id, "Eigen-wachtwoord-" + id);
	}

	private void assertRefusedStart(String code, String field, Object value) {
		Map<String, Object> values = TrustedNetworks.settings(code);
		values.put(field, value);
		Map<String, Object> variables = new LinkedHashMap<>();
		values.forEach((key, v) -> variables.put(key, Map.of("value", v)));
		ResponseEntity<String> response = post("coordinator",
				"/engine-rest/process-definition/key/learning-network/submit-form", Map.of("variables", variables));
		assertThat(response.getStatusCode()).as(field + " = " + value + ": " + response.getBody())
			.isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(response.getBody()).contains(field);
		assertThat(bean(NetworkService.class).exists(code)).as("no network " + code).isFalse();
		assertThat(engine().getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(code).count())
			.isZero();
	}

}
