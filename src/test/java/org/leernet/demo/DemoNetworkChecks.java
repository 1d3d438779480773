package org.leernet.demo;

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
		// the evaluation runs beside the trajectory, which went on to the organisation's preparation
		List<Task> a = taskService.createTaskQuery().taskCandidateUser("participant-a").taskDefinitionKey("Task_EvaluateSession").list();
		List<Task> b = taskService.createTaskQuery().taskCandidateUser("participant-b").taskDefinitionKey("Task_EvaluateSession").list();
		assertThat(a).hasSize(1);
		assertThat(b).hasSize(1);
		assertThat(taskService.createTaskQuery().taskCandidateUser("participant-a").list())
			.extracting(Task::getTaskDefinitionKey)
			.containsExactlyInAnyOrder("Task_EvaluateSession", "Task_PrepareCasePresentation", "Task_DistributeBaselineSurveys");
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

	@Test
	void aParticipantCannotReadTheAdviserListOfACoordinatorsTask() {
		Task task = taskService.createTaskQuery()
			.processInstanceBusinessKey(DemoNetwork.CODE)
			.taskDefinitionKey("Task_AssignAdviser")
			.listPage(0, 1)
			.get(0);
		TasklistUser.Answer answer = rest("participant-a").get("/task/" + task.getId() + "/form-variables");
		assertThat(answer.status()).isIn(403, 404);
		assertThat(answer.body()).doesNotContain("adviser1", "adviserOptions");
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

}
