package org.leernet.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.leernet.tasklist.TasklistUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Right after start-up every demo user has work waiting in Tasklist, and only their own.
 * Run on H2 and on PostgreSQL by the subclasses.
 */
abstract class DemoNetworkChecks {

	@Autowired
	TaskService taskService;

	@LocalServerPort
	int port;

	List<String> tasksOf(String userId) {
		List<Task> candidate = taskService.createTaskQuery()
			.processInstanceBusinessKey(DemoNetwork.CODE)
			.taskCandidateUser(userId)
			.list();
		List<Task> assigned = taskService.createTaskQuery()
			.processInstanceBusinessKey(DemoNetwork.CODE)
			.taskAssignee(userId)
			.list();
		return Stream.concat(candidate.stream(), assigned.stream())
			.map(Task::getTaskDefinitionKey)
			.sorted()
			.toList();
	}

	@Test
	void coordinatorHasTheKickoffAndAnAdviserToAssign() {
		assertThat(tasksOf("coordinator")).contains("Task_ConductKickoff", "Task_AssignAdviser");
	}

	@Test
	void adviserHasAnIntakeToPlan() {
		assertThat(tasksOf("adviser1")).containsExactly("Task_ConductKickoff", "Task_ScheduleIntake");
	}

	@Test
	void eachParticipantEvaluatesOnlyTheirOwnOrganisationsIntake() {
		List<Task> a = taskService.createTaskQuery().taskCandidateUser("participant-a").list();
		List<Task> b = taskService.createTaskQuery().taskCandidateUser("participant-b").list();
		assertThat(a).extracting(Task::getTaskDefinitionKey).containsExactly("Task_EvaluateSession");
		assertThat(b).extracting(Task::getTaskDefinitionKey).containsExactly("Task_EvaluateSession");
		assertThat(a.get(0).getId()).isNotEqualTo(b.get(0).getId());
		assertThat(taskService.getVariable(a.get(0).getId(), "organisationCode")).isEqualTo("zorggroep-aurora");
		assertThat(taskService.getVariable(b.get(0).getId(), "organisationCode")).isEqualTo("bouwbedrijf-berkenhof");
	}

	@Test
	void anAdviserAddedInAdminAfterTheNetworkOpenedIsOfferedAtOnce() throws Exception {
		TasklistUser admin = rest("demo");
		admin.post("/user/create", Map.of("profile", Map.of("id", "adviser-new", "firstName", "Nieuwe", "lastName", "Adviseur",
				"email", "nieuw@leernet.local"), "credentials", Map.of("password", "adviser-new")))
			.expect(204, "create a user in Admin");
		try {
			admin.send("PUT", "/group/advisers/members/adviser-new").expect(204, "add the user to the advisers in Admin");
			assertThat(options("coordinator", "Task_AssignAdviser", "adviserOptions"))
				.contains(Map.of("label", "Nieuwe Adviseur", "value", "adviser-new"))
				.contains(Map.of("label", "An Adviseur", "value", "adviser1"));
		}
		finally {
			admin.send("DELETE", "/user/adviser-new").expect(204, "remove the user again");
		}
	}

	@Test
	void theKickoffsAttendanceOffersTheOrganisationsThatTakePart() throws Exception {
		assertThat(options("coordinator", "Task_ConductKickoff", "organisationOptions")).extracting(option -> option.get("value"))
			.containsExactlyInAnyOrder("zorggroep-aurora", "bouwbedrijf-berkenhof", "stad-cederdal", "dienst-delta");
	}

	/** The options of a choice, as Tasklist loads them for the user the task is routed to. */
	@SuppressWarnings("unchecked")
	List<Map<String, String>> options(String userId, String taskKey, String valuesKey) throws Exception {
		Task task = taskService.createTaskQuery()
			.processInstanceBusinessKey(DemoNetwork.CODE)
			.taskDefinitionKey(taskKey)
			.listPage(0, 1)
			.get(0);
		JsonNode variables = rest(userId).formVariables(task.getId());
		assertThat(variables.path(valuesKey).path("type").asText()).as("%s of %s", valuesKey, taskKey).isEqualTo("Json");
		return new ObjectMapper().readValue(variables.get(valuesKey).get("value").asText(), List.class);
	}

	TasklistUser rest(String userId) {
		return new TasklistUser("http://localhost:" + port + "/engine-rest", userId, userId);
	}

	@Test
	void everyRoleLandsOnItsWorkInItsFirstFilterAndEachTaskNamesItsOrganisation() {
		assertThat(firstFilterList("coordinator")).extracting(task -> task.path("taskDefinitionKey").asText())
			.contains("Task_AssignAdviser", "Task_ConductKickoff");
		assertThat(firstFilterList("adviser1")).extracting(task -> task.path("taskDefinitionKey").asText())
			.contains("Task_ScheduleIntake", "Task_ConductKickoff");
		List<JsonNode> participant = firstFilterList("participant-a");
		assertThat(participant).extracting(task -> task.path("taskDefinitionKey").asText())
			.containsExactly("Task_EvaluateSession");
		assertThat(shownVariables(participant.get(0))).containsEntry("organisationName", "Zorggroep Aurora")
			.containsEntry("sessionTitle", "Intakegesprek")
			.containsKey("networkName");
		JsonNode assignAdviser = firstFilterList("coordinator").stream()
			.filter(task -> task.path("taskDefinitionKey").asText().equals("Task_AssignAdviser"))
			.findFirst()
			.orElseThrow();
		assertThat(shownVariables(assignAdviser)).containsEntry("organisationName", "Dienst Delta");
	}

	@Test
	void onlyTheLearningNetworkCanBeStartedInTasklistAndOnlyByCoordinators() {
		String startable = "/process-definition?latestVersion=true&startableInTasklist=true&startablePermissionCheck=true";
		assertThat(rest("coordinator").get(startable).expect(200, "startable processes").json())
			.extracting(definition -> definition.path("key").asText())
			.containsExactly("learning-network");
		for (String user : List.of("adviser1", "participant-a")) {
			assertThat(rest(user).get(startable).expect(200, "startable processes").json()).as(user).isEmpty();
		}
	}

	/** The first filter the user sees in Tasklist (lowest priority) and its list, as Tasklist asks for it. */
	List<JsonNode> firstFilterList(String userId) {
		TasklistUser user = rest(userId);
		JsonNode filters = user.get("/filter?resourceType=Task&itemCount=false").expect(200, "filters").json();
		JsonNode first = null;
		for (JsonNode filter : filters) {
			if (first == null || filter.path("properties").path("priority").asInt() < first.path("properties")
				.path("priority")
				.asInt()) {
				first = filter;
			}
		}
		assertThat(first).as("%s has a filter", userId).isNotNull();
		assertThat(first.path("name").asText()).isEqualTo("Mijn werk");
		JsonNode list = user.getHal("/filter/" + first.get("id").asText() + "/list?firstResult=0&maxResults=50")
			.expect(200, "the first filter's list")
			.json();
		List<JsonNode> tasks = new java.util.ArrayList<>();
		list.path("_embedded").path("task").forEach(task -> tasks.add(task));
		return tasks;
	}

	/** The filter variables Tasklist shows on a task card. */
	static Map<String, String> shownVariables(JsonNode task) {
		Map<String, String> shown = new java.util.HashMap<>();
		task.path("_embedded").path("variable").forEach(variable -> shown.put(variable.path("name").asText(),
				variable.path("value").asText()));
		return shown;
	}

}
