package org.leernet.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * Issue 17, class 3: messages, signals, conditions and process instance changes are only for
 * coordinators. Everyone else gets one and the same 403, whatever the request would have
 * matched, so that no answer tells whether another organisation's variables have a value.
 */
interface MessageChecks extends HostileUser {

	String WITHDREW = "OrganisationWithdrew";

	@Test
	default void aMessageFromAParticipantOrAdviserIsTheSame403WhateverItWouldMatch() {
		ProcessInstance ofB = driver().trajectoryOf("bouwbedrijf-berkenhof");
		List<Map<String, Object>> messages = List.of(
				message(Map.of("correlationKeys", Map.of("organisationCode", typed("bouwbedrijf-berkenhof")))),
				message(Map.of("correlationKeys", Map.of("organisationCode", typed("bestaat-niet")))),
				message(Map.of("processVariables", Map.of("organisationCode", typed("bouwbedrijf-berkenhof")))),
				message(Map.of("businessKey", ofB.getBusinessKey())),
				message(Map.of()),
				message(Map.of("all", true)));
		for (String user : List.of("participant-a", "adviser1", "adviser2", "process-owner")) {
			List<String> answers = new ArrayList<>();
			for (Map<String, Object> message : messages) {
				ResponseEntity<String> answer = post(user, "/engine-rest/message", message);
				answers.add(answer.getStatusCode().value() + " " + answer.getBody());
			}
			answers.add(answerOf(post(user, "/engine-rest/signal", Map.of("name", WITHDREW))));
			answers.add(answerOf(post(user, "/engine-rest/condition", Map.of("variables", Map.of("x", typed("y"))))));
			answers.add(answerOf(post(user, "/engine-rest/process-instance/" + ofB.getId() + "/modification",
					Map.of("instructions", List.of(Map.of("type", "cancel", "activityId", "Task_EvaluateSession"))))));
			answers.add(answerOf(send(user, HttpMethod.PUT, "/engine-rest/process-instance/" + ofB.getId() + "/suspended",
					Map.of("suspended", true), null)));
			answers.add(answerOf(post(user, "/engine-rest/process-instance/bestaat-niet/modification",
					Map.of("instructions", List.of()))));
			answers.add(answerOf(send(user, HttpMethod.DELETE, "/engine-rest/process-instance/" + ofB.getId(), null, null)));
			assertThat(answers).as(user).allMatch(answer -> answer.startsWith("403 "));
			assertThat(answers.stream().distinct()).as(user + ": one and the same answer").hasSize(1);
		}
		ProcessInstance still = engine().getRuntimeService()
			.createProcessInstanceQuery()
			.processInstanceId(ofB.getId())
			.singleResult();
		assertThat(still).as("the trajectory of B runs on").isNotNull();
		assertThat(still.isSuspended()).isFalse();
		assertThat(engine().getHistoryService()
			.createHistoricActivityInstanceQuery()
			.processInstanceId(ofB.getId())
			.activityId("StartEvent_OrganisationWithdrew")
			.count()).as("no withdrawal").isZero();
	}

	@Test
	default void aCoordinatorStillWithdrawsAnOrganisation() {
		String code = "MSG-" + System.nanoTime() % 100000;
		ProcessInstance trajectory = engine().getRuntimeService()
			.createProcessInstanceQuery()
			.processInstanceId(trajectoryOfItsOwn(code))
			.singleResult();
		String organisation = (String) engine().getRuntimeService().getVariable(trajectory.getId(), "organisationCode");
		ResponseEntity<String> answer = post("coordinator", "/engine-rest/message",
				message(Map.of("correlationKeys", Map.of("organisationCode", typed(organisation)))));
		assertThat(answer.getStatusCode().value()).as(answer.getBody()).isIn(200, 204);
		assertThat(engine().getHistoryService()
			.createHistoricActivityInstanceQuery()
			.processInstanceId(trajectory.getId())
			.activityId("StartEvent_OrganisationWithdrew")
			.count()).as("the withdrawal started").isEqualTo(1);
	}

	private static String answerOf(ResponseEntity<String> answer) {
		return answer.getStatusCode().value() + " " + answer.getBody();
	}

	private static Map<String, Object> typed(String value) {
		return Map.of("value", value, "type", "String");
	}

	private static Map<String, Object> message(Map<String, Object> extra) {
		Map<String, Object> message = new LinkedHashMap<>(extra);
		message.put("messageName", WITHDREW);
		return message;
	}

}
