package org.leernet.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.leernet.tasklist.FormDriver;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Issue 17, class 1: what a participant can send. A submission carries only the fields of the
 * task's form; every other variable, on every variable endpoint, is a Dutch 400 naming it, and
 * nothing is stored. Participants work on tasks (claim, complete) but cannot re-route them.
 */
interface SubmissionChecks extends HostileUser {

	String OWN = "zorggroep-aurora";

	String OTHER = "bouwbedrijf-berkenhof";

	@Test
	default void aSubmissionWithAVariableOutsideItsFormIsRefusedNamingItAndStoresNothing() {
		Task task = demoEvaluationOf(OWN);
		Map<String, String> before = stateOf(task);
		for (String action : List.of("submit-form", "complete", "resolve")) {
			ResponseEntity<String> answer = post("participant-a", "/engine-rest/task/" + task.getId() + "/" + action,
					Map.of("variables", HostileUser.variables("evaluationScore", "4", "organisationCode", OTHER)));
			assertThat(answer.getStatusCode().value()).as(action + ": " + answer.getBody()).isEqualTo(400);
			assertThat(answer.getBody()).as(action).contains("organisationCode").contains("formulier");
			assertThat(stateOf(task)).as(action + " stores nothing").isEqualTo(before);
		}
		// also through the engine API that Tasklist itself calls
		HttpHeaders session = tasklistSession("participant-a");
		ResponseEntity<String> tasklist = send(null, HttpMethod.POST,
				"/camunda/api/engine/engine/default/task/" + task.getId() + "/submit-form",
				Map.of("variables", HostileUser.variables("evaluationScore", "4", "sessionId", 1)), session);
		assertThat(tasklist.getStatusCode().value()).as(tasklist.getBody()).isEqualTo(400);
		assertThat(tasklist.getBody()).contains("sessionId");
		assertThat(stateOf(task)).isEqualTo(before);
	}

	@Test
	default void noVariableEndpointTakesAVariableOutsideTheForm() {
		Task task = demoEvaluationOf(OWN);
		Map<String, String> before = stateOf(task);
		String id = task.getId();
		String execution = task.getExecutionId();
		String instance = task.getProcessInstanceId();
		Map<String, Object> one = Map.of("value", OTHER, "type", "String");
		Map<String, Object> modifications = Map.of("modifications", HostileUser.variables("organisationCode", OTHER));
		List<Object[]> attempts = List.of(
				new Object[] { HttpMethod.PUT, "/task/" + id + "/variables/organisationCode", one },
				new Object[] { HttpMethod.PUT, "/task/" + id + "/localVariables/organisationCode", one },
				new Object[] { HttpMethod.POST, "/task/" + id + "/variables", modifications },
				new Object[] { HttpMethod.POST, "/task/" + id + "/localVariables", modifications },
				new Object[] { HttpMethod.DELETE, "/task/" + id + "/variables/organisationCode", null },
				new Object[] { HttpMethod.DELETE, "/task/" + id + "/localVariables/organisationCode", null },
				new Object[] { HttpMethod.PUT, "/execution/" + execution + "/localVariables/organisationCode", one },
				new Object[] { HttpMethod.POST, "/execution/" + execution + "/localVariables", modifications },
				new Object[] { HttpMethod.PUT, "/process-instance/" + instance + "/variables/organisationCode", one },
				new Object[] { HttpMethod.POST, "/process-instance/" + instance + "/variables", modifications },
				new Object[] { HttpMethod.DELETE, "/process-instance/" + instance + "/variables/organisationCode", null });
		for (Object[] attempt : attempts) {
			ResponseEntity<String> answer = send("participant-a", (HttpMethod) attempt[0], "/engine-rest" + attempt[1],
					attempt[2], null);
			assertThat(answer.getStatusCode().value()).as(attempt[0] + " " + attempt[1] + ": " + answer.getBody()).isEqualTo(400);
			assertThat(answer.getBody()).as(attempt[0] + " " + attempt[1]).contains("organisationCode");
		}
		ResponseEntity<String> upload = upload("participant-a", "/engine-rest/task/" + id + "/variables/organisationCode/data");
		assertThat(upload.getStatusCode().value()).as("binary upload: " + upload.getBody()).isEqualTo(400);
		assertThat(upload.getBody()).contains("organisationCode");
		assertThat(stateOf(task)).as("nothing stored").isEqualTo(before);
	}

	@Test
	default void anotherOrganisationsTaskOrAnUnknownOneAnswersAsCamundaDoes() {
		Task ofB = demoEvaluationOf(OTHER);
		Map<String, String> before = stateOf(ofB);
		ResponseEntity<String> foreign = post("participant-a", "/engine-rest/task/" + ofB.getId() + "/submit-form",
				Map.of("variables", HostileUser.variables("organisationCode", OTHER)));
		assertThat(foreign.getStatusCode().value()).as(foreign.getBody()).isIn(403, 404);
		assertThat(foreign.getBody()).doesNotContain("formulier");
		assertThat(stateOf(ofB)).isEqualTo(before);

		ResponseEntity<String> plain = post("participant-a", "/engine-rest/task/bestaat-niet/submit-form",
				Map.of("variables", Map.of()));
		ResponseEntity<String> unknown = post("participant-a", "/engine-rest/task/bestaat-niet/submit-form",
				Map.of("variables", HostileUser.variables("organisationCode", OTHER)));
		assertThat(unknown.getStatusCode()).as(unknown.getBody()).isEqualTo(plain.getStatusCode());
		assertThat(unknown.getBody()).doesNotContain("formulier");
	}

	@Test
	default void aParticipantWorksOnTheirTaskButCannotRerouteIt() {
		Task task = demoEvaluationOf(OWN);
		Task other = demoEvaluationOf(OTHER);
		Map<String, String> before = stateOf(task);
		String id = task.getId();
		Map<String, Object> taskFields = new java.util.HashMap<>();
		taskFields.put("name", "Overgenomen");
		taskFields.put("parentTaskId", other.getId());
		taskFields.put("assignee", "participant-b");
		List<Object[]> attempts = List.of(
				new Object[] { HttpMethod.POST, "/task/" + id + "/identity-links",
						Map.of("groupId", "organisation-" + OTHER, "type", "candidate") },
				new Object[] { HttpMethod.POST, "/task/" + id + "/identity-links/delete",
						Map.of("groupId", "organisation-" + OWN, "type", "candidate") },
				new Object[] { HttpMethod.POST, "/task/" + id + "/identity-links",
						Map.of("userId", "participant-b", "type", "candidate") },
				new Object[] { HttpMethod.PUT, "/task/" + id, taskFields },
				new Object[] { HttpMethod.POST, "/task/" + id + "/assignee", Map.of("userId", "participant-b") },
				new Object[] { HttpMethod.POST, "/task/" + id + "/delegate", Map.of("userId", "participant-b") });
		for (Object[] attempt : attempts) {
			ResponseEntity<String> answer = send("participant-a", (HttpMethod) attempt[0], "/engine-rest" + attempt[1],
					attempt[2], null);
			assertThat(answer.getStatusCode().value()).as(attempt[0] + " " + attempt[1] + ": " + answer.getBody()).isIn(400, 403);
			assertThat(stateOf(task)).as(attempt[0] + " " + attempt[1] + " changes nothing").isEqualTo(before);
		}
	}

	@Test
	default void assigneesAndCandidatesHoldTaskWorkNotUpdate() {
		Task task = demoEvaluationOf(OWN);
		List<org.camunda.bpm.engine.authorization.Authorization> grants = engine().getAuthorizationService()
			.createAuthorizationQuery()
			.resourceType(org.camunda.bpm.engine.authorization.Resources.TASK)
			.resourceId(task.getId())
			.list();
		assertThat(grants).as("the engine's grants on the task").isNotEmpty();
		assertThat(grants).allMatch(grant -> grant.isPermissionGranted(org.camunda.bpm.engine.authorization.Permissions.TASK_WORK)
				&& !grant.isPermissionGranted(org.camunda.bpm.engine.authorization.Permissions.UPDATE));
	}

	/**
	 * The success path on a network of its own: a participant submits what their form holds, and
	 * the evaluation is done; the same submission with one variable more was refused before.
	 */
	@Test
	default void aParticipantSubmitsTheirFormsFields() {
		String code = "SUB-" + System.nanoTime() % 100000;
		Task evaluation = intakeEvaluation(code);
		String participant = evaluation.getAssignee() != null ? evaluation.getAssignee() : contactOf(evaluation);
		ResponseEntity<String> refused = send(participant, participant + "-pw", "/engine-rest/task/" + evaluation.getId()
				+ "/submit-form", Map.of("variables", HostileUser.variables("evaluationScore", "4", "sessionId", 1)));
		assertThat(refused.getStatusCode().value()).as(refused.getBody()).isEqualTo(400);
		assertThat(refused.getBody()).contains("sessionId");

		ResponseEntity<String> claimed = send(participant, participant + "-pw",
				"/engine-rest/task/" + evaluation.getId() + "/claim", Map.of("userId", participant));
		assertThat(claimed.getStatusCode().value()).as(claimed.getBody()).isEqualTo(204);
		ResponseEntity<String> done = send(participant, participant + "-pw", "/engine-rest/task/" + evaluation.getId()
				+ "/submit-form", Map.of("variables", HostileUser.variables("evaluationScore", "4", "evaluationWentWell",
						"Nuttig", "evaluationToImprove", "Niets")));
		assertThat(done.getStatusCode().value()).as(done.getBody()).isEqualTo(204);
		assertThat(engine().getTaskService().createTaskQuery().taskId(evaluation.getId()).count()).isZero();
	}

	// ------------------------------------------------------------------ helpers

	/** A task's own fields, identity links and variables (and its process's), to see that nothing changed. */
	default Map<String, String> stateOf(Task task) {
		ProcessEngine engine = engine();
		Map<String, String> state = new TreeMap<>();
		Task now = engine.getTaskService().createTaskQuery().taskId(task.getId()).singleResult();
		assertThat(now).as("the task is still open").isNotNull();
		state.put("task.name", now.getName());
		state.put("task.assignee", now.getAssignee());
		state.put("task.owner", now.getOwner());
		state.put("task.parent", now.getParentTaskId());
		state.put("task.delegation", String.valueOf(now.getDelegationState()));
		for (IdentityLink link : engine.getTaskService().getIdentityLinksForTask(task.getId())) {
			state.put("link." + link.getType() + "." + link.getUserId() + "." + link.getGroupId(), "");
		}
		engine.getTaskService().getVariablesLocal(task.getId()).forEach((k, v) -> state.put("local." + k, String.valueOf(v)));
		engine.getRuntimeService()
			.getVariablesLocal(task.getExecutionId())
			.forEach((k, v) -> state.put("execution." + k, String.valueOf(v)));
		engine.getRuntimeService()
			.getVariables(task.getProcessInstanceId())
			.forEach((k, v) -> state.put("process." + k, String.valueOf(v)));
		return state;
	}

	/** Logged in to Tasklist as its login page does: the session cookie and its CSRF token. */
	default HttpHeaders tasklistSession(String user) {
		ResponseEntity<String> first = rest().getForEntity("/camunda/app/tasklist/default/", String.class);
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
		headers.add(HttpHeaders.COOKIE, cookies(first, null));
		headers.add("X-XSRF-TOKEN", first.getHeaders().getFirst("X-XSRF-TOKEN"));
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("username", user);
		form.add("password", user);
		ResponseEntity<String> login = rest().exchange("/camunda/api/admin/auth/user/default/login/tasklist", HttpMethod.POST,
				new HttpEntity<>(form, headers), String.class);
		assertThat(login.getStatusCode().value()).as("login of " + user).isEqualTo(200);
		// the login starts a new session: its CSRF token comes with the next page
		HttpHeaders visit = new HttpHeaders();
		visit.add(HttpHeaders.COOKIE, cookies(login, cookies(first, null)));
		ResponseEntity<String> page = rest().exchange("/camunda/app/tasklist/default/", HttpMethod.GET,
				new HttpEntity<>(visit), String.class);
		HttpHeaders session = new HttpHeaders();
		session.add(HttpHeaders.COOKIE, cookies(page, cookies(login, cookies(first, null))));
		session.add("X-XSRF-TOKEN", page.getHeaders().getFirst("X-XSRF-TOKEN"));
		return session;
	}

	/** The cookies an answer sets, over those sent before. */
	private static String cookies(ResponseEntity<String> answer, String before) {
		Map<String, String> jar = new java.util.LinkedHashMap<>();
		if (before != null) {
			for (String part : before.split("; ")) {
				jar.put(part.substring(0, part.indexOf('=')), part);
			}
		}
		for (String set : answer.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE)) {
			String part = set.split(";")[0];
			jar.put(part.substring(0, part.indexOf('=')), part);
		}
		return String.join("; ", jar.values());
	}

	default ResponseEntity<String> upload(String user, String path) {
		HttpHeaders headers = new HttpHeaders();
		headers.setBasicAuth(user, user);
		headers.setContentType(MediaType.MULTIPART_FORM_DATA);
		MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
		parts.add("data", new ByteArrayResource(OTHER.getBytes()) {
			@Override
			public String getFilename() {
				return "code.txt";
			}
		});
		parts.add("valueType", "Bytes");
		return rest().exchange(path, HttpMethod.POST, new HttpEntity<>(parts, headers), String.class);
	}

	default ResponseEntity<String> send(String user, String password, String path, Object body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setBasicAuth(user, password);
		headers.setContentType(MediaType.APPLICATION_JSON);
		return rest().exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
	}

	/** A contact person of the task's organisation, with a password this check knows. */
	default String contactOf(Task task) {
		String group = driver().candidateGroups(task)
			.stream()
			.filter(candidate -> candidate.startsWith("organisation-"))
			.findFirst()
			.orElseThrow();
		User user = engine().getIdentityService().createUserQuery().memberOfGroup(group).list().get(0);
		user.setPassword(user.getId() + "-pw");
		engine().getIdentityService().saveUser(user);
		return user.getId();
	}

	/** A network of its own with one organisation, through its intake: the intake's evaluation is open. */
	default Task intakeEvaluation(String code) {
		FormDriver driver = driver();
		String trajectory = trajectoryOfItsOwn(code);
		driver.completeAsRoutedUser(driver.one(trajectory, "Task_AssignAdviser"), FormDriver.vars("adviser", "adviser1"));
		driver.runAsyncJobs();
		driver.completeAsRoutedUser(driver.one(trajectory, "Task_ScheduleIntake"),
				FormDriver.vars("sessionStart", FormDriver.inDays(5), "sessionLocation", "Gent"));
		driver.runAsyncJobs();
		driver.completeAsRoutedUser(driver.one(trajectory, "Task_ConductIntake"), FormDriver.vars("intakeWorkOrganisation",
				"x", "intakeMaturity", "beginner", "intakeNeeds", "y", "heldBeforeStart", true));
		driver.runAsyncJobs();
		return driver.one(code, "Task_EvaluateSession", "intake evaluation");
	}

}
