package org.leernet.security;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.leernet.tasklist.FormDriver;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * What a hostile user can try: requests as one of the demo network's real users (password =
 * user name) at the running server. The security checks are interfaces that extend this one, so
 * that all of them run in one application context per database ({@link H2HostileUserIntegrationTests},
 * {@link PostgresHostileUserIntegrationTests}). A check that changes state starts its own network;
 * the demo network's tasks are shared by every check and only ever tried, never completed.
 */
interface HostileUser {

	TestRestTemplate rest();

	ApplicationContext context();

	/** The suite's network driver, completing tasks through the engine as their routed users. */
	FormDriver driver();

	default <T> T bean(Class<T> type) {
		return context().getBean(type);
	}

	default ProcessEngine engine() {
		return bean(ProcessEngine.class);
	}

	/** Any request as {@code user} (null: anonymous); a JSON body unless it is a String with its own headers. */
	default ResponseEntity<String> send(String user, HttpMethod method, String path, Object body, HttpHeaders extra) {
		HttpHeaders headers = new HttpHeaders();
		if (user != null) {
			headers.setBasicAuth(user, user);
		}
		headers.setContentType(MediaType.APPLICATION_JSON);
		headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.TEXT_HTML, MediaType.ALL));
		if (extra != null) {
			headers.putAll(extra);
		}
		return rest().exchange(path, method, new HttpEntity<>(body, headers), String.class);
	}

	default ResponseEntity<String> get(String user, String path) {
		return send(user, HttpMethod.GET, path, null, null);
	}

	default ResponseEntity<String> post(String user, String path, Object body) {
		return send(user, HttpMethod.POST, path, body, null);
	}

	default ResponseEntity<String> put(String user, String path, Object body) {
		return send(user, HttpMethod.PUT, path, body, null);
	}

	/** Camunda's REST form of variables: {"name": {"value": …}}. */
	static Map<String, Object> variables(Object... namesAndValues) {
		Map<String, Object> variables = new java.util.LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			variables.put((String) namesAndValues[i], Map.of("value", namesAndValues[i + 1]));
		}
		return variables;
	}

	/** The demo network's open evaluation of an organisation (zorggroep-aurora: participant-a's; bouwbedrijf-berkenhof: participant-b's). */
	default Task demoEvaluationOf(String organisationCode) {
		return engine().getTaskService()
			.createTaskQuery()
			.taskDefinitionKey("Task_EvaluateSession")
			.processVariableValueEquals("organisationCode", organisationCode)
			.singleResult();
	}

	/** A network of its own with one registered organisation and its kickoff planned: its trajectory's instance id. */
	default String trajectoryOfItsOwn(String code) {
		FormDriver driver = driver();
		ProcessInstance network = engine().getRuntimeService()
			.startProcessInstanceByKey("learning-network", code, Map.of("networkCode", code, "networkName",
					"Netwerk " + code, "minimumOrganisations", 1, "maximumOrganisations", 15, "collectiveSessions", 1,
					"individualSessions", 1, "registrationDeadline", LocalDate.now().plusMonths(1).toString()));
		driver.runAsyncJobs();
		String domain = code.toLowerCase().replace("-", "");
		driver.completeAsRoutedUser(driver.one(code, "Task_RegisterOrganisation", "registration"),
				FormDriver.vars("organisationName", "Organisatie " + code, "sector", "bouw", "caseDescription", "Team",
						"contacts", FormDriver.json("[{\"contactName\":\"Els\",\"contactEmail\":\"els@" + domain
								+ ".example.org\"},{\"contactName\":\"Jan\",\"contactEmail\":\"jan@" + domain
								+ ".example.org\"}]"),
						"recruitmentClosed", true));
		driver.runAsyncJobs();
		driver.completeAsRoutedUser(driver.one(code, "Task_PlanKickoff", "kickoff"), FormDriver.vars("kickoffStart",
				FormDriver.inDays(30), "kickoffSecondStart", FormDriver.inDays(31), "sessionLocation", "Gent"));
		driver.runAsyncJobs();
		return driver.trajectories(network, 1).values().iterator().next();
	}

}
