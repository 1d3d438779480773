package org.leernet.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.AutoConfigureEmbeddedDatabase;
import io.zonky.test.db.AutoConfigureEmbeddedDatabase.DatabaseProvider;
import io.zonky.test.db.AutoConfigureEmbeddedDatabase.DatabaseType;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.leernet.OneEngineAtATime;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/**
 * Organisations are often competitors: with real users of the demo network's organisations,
 * on a real PostgreSQL, each sees only its own work, through the REST API as through Tasklist.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureEmbeddedDatabase(type = DatabaseType.POSTGRES, provider = DatabaseProvider.ZONKY)
@OneEngineAtATime
class SecurityIntegrationTests {

	@Autowired
	TestRestTemplate rest;

	@Autowired
	TaskService taskService;

	@Autowired
	AuthorizationService authorizationService;

	final ObjectMapper json = new ObjectMapper();

	Task taskOfA;

	Task taskOfB;

	@BeforeEach
	void demoTasks() {
		taskOfA = evaluationOf("zorggroep-aurora");
		taskOfB = evaluationOf("bouwbedrijf-berkenhof");
	}

	Task evaluationOf(String organisationCode) {
		return taskService.createTaskQuery()
			.taskDefinitionKey("Task_EvaluateSession")
			.processVariableValueEquals("organisationCode", organisationCode)
			.singleResult();
	}

	ResponseEntity<String> get(String user, String path) {
		return rest.withBasicAuth(user, user).getForEntity("/engine-rest" + path, String.class);
	}

	ResponseEntity<String> post(String user, String path, Object body) {
		return rest.withBasicAuth(user, user).postForEntity("/engine-rest" + path, body, String.class);
	}

	/**
	 * A read that must succeed: an empty list then means "nothing to see", never a refused or
	 * failed call (whose error body has no ids either).
	 */
	JsonNode ok(String user, String path) throws Exception {
		ResponseEntity<String> response = get(user, path);
		assertThat(response.getStatusCode()).as("%s as %s: %s", path, user, response.getBody()).isEqualTo(HttpStatus.OK);
		JsonNode body = json.readTree(response.getBody());
		assertThat(body.isArray()).as("%s as %s returns a list", path, user).isTrue();
		return body;
	}

	List<String> taskIds(String user) throws Exception {
		return ok(user, "/task?maxResults=1000").findValuesAsText("id");
	}

	@Test
	void aParticipantSeesOnlyTheirOwnOrganisationsTasks() throws Exception {
		assertThat(taskIds("participant-a")).contains(taskOfA.getId()).doesNotContain(taskOfB.getId());
		assertThat(taskIds("participant-b")).contains(taskOfB.getId()).doesNotContain(taskOfA.getId());
		// the intake's evaluation runs beside the trajectory, which went on to the organisation's preparation
		assertThat(taskService.createTaskQuery().taskIdIn(taskIds("participant-a").toArray(String[]::new)).list())
			.as("nothing of the coordinators or advisers either")
			.extracting(Task::getTaskDefinitionKey)
			.containsExactlyInAnyOrder("Task_EvaluateSession", "Task_PrepareCasePresentation", "Task_DistributeBaselineSurveys");
	}

	@Test
	void participantsWorkFromTheirOwnListsStaffAlsoHaveAllTasks() throws Exception {
		assertThat(filterNames("participant-a")).containsExactlyInAnyOrder("Mijn werk", "Mijn taken",
				"Taken van mijn groepen");
		assertThat(filterNames("coordinator")).contains("Mijn werk", "Mijn taken", "Taken van mijn groepen", "Alle taken");
		assertThat(filterNames("adviser1")).contains("Mijn werk", "Alle taken");
	}

	List<String> filterNames(String user) throws Exception {
		List<String> names = new java.util.ArrayList<>();
		ok(user, "/filter?resourceType=Task").forEach(filter -> names.add(filter.path("name").asText()));
		return names;
	}

	@ParameterizedTest
	@ValueSource(strings = { "coordinator", "adviser1", "participant-a" })
	void everyRoleLandsOnItsWorkWithTheOrganisationNetworkAndSessionShown(String user) throws Exception {
		JsonNode filters = ok(user, "/filter?resourceType=Task");
		JsonNode first = null;
		for (JsonNode filter : filters) {
			if (first == null || priority(filter) < priority(first)) {
				first = filter;
			}
		}
		assertThat(first.path("name").asText()).as("Tasklist opens the filter with the lowest priority").isEqualTo("Mijn werk");
		assertThat(first.path("properties").path("variables").findValuesAsText("label"))
			.containsExactly("Organisatie", "Netwerk", "Sessie");

		// as Tasklist asks for a filter's list: the tasks with the variables the filter shows
		HttpHeaders headers = new HttpHeaders();
		headers.setBasicAuth(user, user);
		headers.setContentType(MediaType.APPLICATION_JSON);
		headers.setAccept(List.of(MediaType.parseMediaType("application/hal+json")));
		ResponseEntity<String> list = rest.exchange("/engine-rest/filter/" + first.path("id").asText() + "/list?maxResults=1000",
				HttpMethod.POST, new HttpEntity<>("{}", headers), String.class);
		assertThat(list.getStatusCode()).isEqualTo(HttpStatus.OK);
		JsonNode embedded = json.readTree(list.getBody()).path("_embedded");
		List<String> keys = embedded.path("task").findValuesAsText("taskDefinitionKey");
		switch (user) {
			case "coordinator" -> assertThat(keys).as("open to coordinators").contains("Task_AssignAdviser");
			case "adviser1" -> assertThat(keys).as("assigned to the adviser").contains("Task_ScheduleIntake");
			default -> assertThat(keys).as("open to the organisation")
				.containsExactlyInAnyOrder("Task_EvaluateSession", "Task_PrepareCasePresentation", "Task_DistributeBaselineSurveys");
		}
		for (JsonNode task : embedded.path("task")) {
			assertThat(task.path("_embedded").path("variable").findValuesAsText("name"))
				.as("the network of %s, shown to %s", task.path("name").asText(), user)
				.contains("taskNetwork");
		}
		if (user.equals("participant-a")) {
			Map<String, String> shown = new java.util.HashMap<>();
			for (JsonNode task : embedded.path("task")) {
				for (JsonNode variable : task.path("_embedded").path("variable")) {
					shown.put(variable.path("name").asText(), variable.path("value").asText());
				}
			}
			assertThat(shown).as(list.getBody())
				.containsEntry("taskOrganisation", "Zorggroep Aurora")
				.containsEntry("taskSession", "Intakegesprek")
				.containsKey("taskNetwork");
		}
	}

	@Autowired
	FilterService filterService;

	@Autowired
	AccessRights accessRights;

	@Test
	void anExistingDatabaseGetsTheNewFirstFilterAndKeepsTheListsItHad() {
		// as a database of an earlier release: no "Mijn werk", "Mijn taken" without the task context
		filterService.deleteFilter(filterService.createFilterQuery().filterName(AccessRights.MY_WORK).singleResult().getId());
		Filter mine = filterService.createFilterQuery().filterName("Mijn taken").singleResult();
		mine.setProperties(Map.of("description", "Taken die aan mij zijn toegewezen", "priority", -10));
		filterService.saveFilter(mine);

		accessRights.run(null);
		accessRights.run(null);

		assertThat(filterService.createFilterQuery().filterName(AccessRights.MY_WORK).count()).as("once").isEqualTo(1);
		Filter updated = filterService.createFilterQuery().filterName("Mijn taken").singleResult();
		assertThat(updated.getId()).as("the same list, bookmarks keep working").isEqualTo(mine.getId());
		assertThat(updated.getProperties()).containsKey("variables");
	}

	static int priority(JsonNode filter) {
		return filter.path("properties").path("priority").asInt(0);
	}

	@Test
	void onlyTheLearningNetworkCanBeStartedFromTasklist() throws Exception {
		JsonNode startable = ok("coordinator", "/process-definition?startableInTasklist=true&latestVersion=true");
		assertThat(startable.findValuesAsText("key")).containsExactly("learning-network");
	}

	@Test
	void coordinatorsWorkOnTheirTasksWithoutAGrantPerTask() {
		Task coordinatorTask = taskService.createTaskQuery().taskCandidateGroup(Groups.COORDINATORS).listPage(0, 1).get(0);
		assertThat(grantsOnTask(coordinatorTask, Groups.COORDINATORS)).as("AuthorizationShortcuts").isZero();
		assertThat(get("coordinator", "/task/" + coordinatorTask.getId()).getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(post("coordinator", "/task/" + coordinatorTask.getId() + "/claim", Map.of("userId", "coordinator"))
			.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		taskService.setAssignee(coordinatorTask.getId(), null);
		assertThat(grantsOnTask(taskOfA, "organisation-zorggroep-aurora")).as("other groups keep theirs").isEqualTo(1);
	}

	long grantsOnTask(Task task, String groupId) {
		return authorizationService.createAuthorizationQuery()
			.resourceType(Resources.TASK)
			.resourceId(task.getId())
			.groupIdIn(groupId)
			.count();
	}

	@Test
	void aParticipantCannotReadAnotherOrganisationsTaskVariablesFormOrHistory() throws Exception {
		String b = taskOfB.getId();
		for (String path : List.of("/task/" + b, "/task/" + b + "/variables", "/task/" + b + "/form-variables",
				"/task/" + b + "/deployed-form", "/process-instance/" + taskOfB.getProcessInstanceId() + "/variables",
				"/history/process-instance/" + taskOfB.getProcessInstanceId())) {
			assertThat(get("participant-a", path).getStatusCode().value()).as(path).isIn(403, 404);
		}
		assertThat(ok("participant-a", "/history/task?taskId=" + b)).as("history").isEmpty();
		assertThat(ok("participant-a", "/history/variable-instance?processInstanceId=" + taskOfB.getProcessInstanceId()))
			.isEmpty();
		assertThat(get("participant-a", "/task/" + taskOfA.getId() + "/form-variables").getStatusCode())
			.as("their own task's form does open").isEqualTo(HttpStatus.OK);
	}

	@Test
	void aParticipantCannotCompleteAnotherOrganisationsTask() {
		ResponseEntity<String> response = post("participant-a", "/task/" + taskOfB.getId() + "/complete",
				Map.of("variables", Map.of("evaluationScore", Map.of("value", "1"))));
		assertThat(response.getStatusCode().value()).isIn(403, 404);
		assertThat(taskService.createTaskQuery().taskId(taskOfB.getId()).count()).as("still open").isEqualTo(1);
	}

	@Test
	void aParticipantCannotStartANetwork() {
		ResponseEntity<String> response = post("participant-a", "/process-definition/key/learning-network/start",
				Map.of("businessKey", "HACK-1"));
		assertThat(response.getStatusCode().value()).as("the definition is not even visible").isIn(403, 404);
	}

	@ParameterizedTest
	@ValueSource(strings = { "cockpit", "admin" })
	void aParticipantIsRefusedFromCockpitAndAdmin(String app) {
		// forbidden, not unauthorized: the password is right, the application is not theirs
		assertThat(webappLogin("participant-a", app).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(webappLogin("participant-a", "tasklist").getStatusCode()).isEqualTo(HttpStatus.OK);
	}

	@Test
	void anAdviserSeesOnlyTheTasksOfTheOrganisationsAssignedToThem() throws Exception {
		Task intakeOfCederdal = taskService.createTaskQuery()
			.taskDefinitionKey("Task_ScheduleIntake")
			.processVariableValueEquals("organisationCode", "stad-cederdal")
			.singleResult();
		assertThat(intakeOfCederdal.getAssignee()).isEqualTo("adviser1");
		assertThat(taskIds("adviser1")).contains(intakeOfCederdal.getId());
		assertThat(taskIds("adviser2")).doesNotContain(intakeOfCederdal.getId());
		assertThat(get("adviser2", "/task/" + intakeOfCederdal.getId()).getStatusCode().value()).isIn(403, 404);
		assertThat(taskIds("adviser2")).doesNotContain(taskOfA.getId(), taskOfB.getId());
	}

	@Test
	void aProcessOwnerSeesDefinitionsButNoParticipantData() throws Exception {
		assertThat(ok("process-owner", "/process-definition")).isNotEmpty();
		assertThat(taskIds("process-owner")).isEmpty();
		assertThat(ok("process-owner", "/process-instance")).isEmpty();
		assertThat(ok("process-owner", "/history/variable-instance")).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/engine-rest/engine", "/engine-rest/task", "/engine-rest/process-definition",
			"/engine-rest/history/process-instance", "/engine-rest/user", "/engine-rest/deployment",
			"/engine-rest/engine/default/task", "/leernet/mails" })
	void anonymousCallsAreRefused(String path) {
		assertThat(rest.getForEntity(path, String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	/** Logs in to a webapp as its login page does: with the session and CSRF token of a first visit. */
	ResponseEntity<String> webappLogin(String user, String app) {
		ResponseEntity<String> page = rest.getForEntity("/camunda/app/" + app + "/default/", String.class);
		List<String> cookies = page.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE);
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
		headers.add(HttpHeaders.COOKIE, String.join("; ", cookies.stream().map(c -> c.split(";")[0]).toList()));
		headers.add("X-XSRF-TOKEN", page.getHeaders().getFirst("X-XSRF-TOKEN"));
		var form = new LinkedMultiValueMap<String, String>();
		form.add("username", user);
		form.add("password", user);
		return rest.exchange("/camunda/api/admin/auth/user/default/login/" + app, HttpMethod.POST,
				new HttpEntity<>(form, headers), String.class);
	}

}
