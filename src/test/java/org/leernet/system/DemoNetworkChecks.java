package org.leernet.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Right after start-up every demo user has work waiting in Tasklist, and only their own.
 * Run on H2 and on PostgreSQL by the subclasses.
 */
abstract class DemoNetworkChecks {

	@Autowired
	TaskService taskService;

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

}
