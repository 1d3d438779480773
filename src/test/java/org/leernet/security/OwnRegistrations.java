package org.leernet.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.task.Task;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A network of a check's own and its registrations, as the coordinator sends them over REST. */
interface OwnRegistrations extends HostileUser {

	default JdbcClient jdbc() {
		return bean(JdbcClient.class);
	}

	/** A network of its own, started as the coordinator over REST; its registration task is open. */
	default String startOwnNetwork(String code) {
		Map<String, Object> values = Map.of("networkCode", code, "networkName", "Netwerk " + code, "minimumOrganisations", 1,
				"maximumOrganisations", 15, "registrationDeadline", LocalDate.now().plusMonths(1).toString());
		ResponseEntity<String> started = post("coordinator", "/engine-rest/process-definition/key/learning-network/submit-form",
				Map.of("variables", typed(values)));
		assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.OK);
		return registrationTask(code).getId();
	}

	default Task registrationTask(String code) {
		return engine().getTaskService()
			.createTaskQuery()
			.processInstanceBusinessKey(code)
			.taskDefinitionKey("Task_RegisterOrganisation")
			.singleResult();
	}

	/** Submits the registration form as the coordinator, with these contacts (name, address, name, address, …). */
	default ResponseEntity<String> registerAs(String taskId, String organisationName, String... namesAndAddresses) {
		StringBuilder contacts = new StringBuilder("[");
		for (int i = 0; i < namesAndAddresses.length; i += 2) {
			contacts.append(i == 0 ? "" : ",")
				.append("{\"contactName\":\"")
				.append(namesAndAddresses[i])
				.append("\",\"contactEmail\":\"")
				.append(namesAndAddresses[i + 1])
				.append("\"}");
		}
		Map<String, Object> values = Map.of("organisationName", organisationName, "sector", "bouw", "caseDescription",
				"Werf", "contacts", contacts.append("]").toString(), "recruitmentClosed", false);
		return post("coordinator", "/engine-rest/task/" + taskId + "/submit-form", Map.of("variables", typed(values)));
	}

	static Map<String, Object> typed(Map<String, Object> values) {
		Map<String, Object> variables = new HashMap<>();
		values.forEach((key, value) -> variables.put(key, value instanceof String text && text.startsWith("[")
				? Map.of("value", text, "type", "Json") : Map.of("value", value)));
		return variables;
	}

}
