package org.leernet.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import java.util.function.Consumer;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.leernet.NetworkTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * A process owner adds a reminder in version 2; networks running on version 1 stay there until a
 * coordinator migrates them through {@code /leernet/api/migration}, after a dry run.
 */
abstract class MigrationChecks extends NetworkTestSupport {

	static final String REMINDER = "BoundaryEvent_RegistrationReminder";

	@Autowired
	RepositoryService repositoryService;

	@Autowired
	TestRestTemplate rest;

	ProcessInstance startNetwork(String code) {
		ProcessInstance network = runtimeService.startProcessInstanceByKey("learning-network", code,
				Map.of("networkCode", code, "networkName", "Netwerk " + code, "minimumOrganisations", 1,
						"maximumOrganisations", 15, "collectiveSessions", 1, "individualSessions", 1,
						"registrationDeadline", LocalDate.now().plusMonths(1).toString()));
		runAsyncJobs();
		return network;
	}

	int versionOf(ProcessInstance instance) {
		String definitionId = runtimeService.createProcessInstanceQuery()
			.processInstanceId(instance.getId())
			.singleResult()
			.getProcessDefinitionId();
		return repositoryService.getProcessDefinition(definitionId).getVersion();
	}

	/** Deploys all models again, learning-network changed as a process owner would in Modeler. */
	String deployChangedNetworkProcess(Consumer<BpmnModelInstance> change) {
		DeploymentBuilder deployment = repositoryService.createDeployment().name("modeler-change");
		try {
			for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:forms/*.form")) {
				deployment.addInputStream("forms/" + resource.getFilename(), resource.getInputStream());
			}
			for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:processes/*.bpmn")) {
				String name = "processes/" + resource.getFilename();
				if (name.endsWith("learning-network.bpmn")) {
					try (InputStream in = resource.getInputStream()) {
						BpmnModelInstance model = Bpmn.readModelFromStream(in);
						change.accept(model);
						deployment.addModelInstance(name, model);
					}
				}
				else {
					deployment.addInputStream(name, resource.getInputStream());
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return deployment.deploy().getId();
	}

	static void addRegistrationReminder(BpmnModelInstance model) {
		model.<UserTask>getModelElementById("Task_RegisterOrganisation")
			.builder()
			.boundaryEvent(REMINDER)
			.name("Nog niemand ingeschreven")
			.cancelActivity(false)
			.timerWithDuration("P7D")
			.endEvent("EndEvent_RegistrationReminded")
			.name("Herinnerd");
	}

	ResponseEntity<VersionMigration.Report> dryRun(String user, String network) {
		return rest.withBasicAuth(user, user)
			.getForEntity("/leernet/api/migration?network=" + network, VersionMigration.Report.class);
	}

	/** A state change needs a JSON body, as a cross-site form cannot send one. */
	static org.springframework.http.HttpEntity<String> jsonBody() {
		org.springframework.http.HttpHeaders headers = new org.springframework.http.HttpHeaders();
		headers.setContentType(org.springframework.http.MediaType.APPLICATION_JSON);
		return new org.springframework.http.HttpEntity<>("{}", headers);
	}

	ResponseEntity<VersionMigration.Report> migrate(String user, String network) {
		return rest.withBasicAuth(user, user)
			.postForEntity("/leernet/api/migration?network=" + network, jsonBody(), VersionMigration.Report.class);
	}

	@Test
	void aRunningNetworkStaysOnItsVersionUntilMigratedThenGoesOnWithItsTasksAndTimers() {
		ProcessInstance running = startNetwork("MIG-1");
		Task registration = task("MIG-1", "Task_RegisterOrganisation");
		Job deadline = managementService.createJobQuery()
			.processInstanceId(running.getId())
			.activityId("BoundaryEvent_RegistrationDeadline")
			.singleResult();

		int v1 = versionOf(running);

		deployChangedNetworkProcess(MigrationChecks::addRegistrationReminder);
		ProcessInstance fresh = startNetwork("MIG-2");
		assertThat(versionOf(fresh)).as("a new network starts on the new version").isEqualTo(v1 + 1);
		assertThat(versionOf(running)).as("the running network keeps its version").isEqualTo(v1);

		ResponseEntity<VersionMigration.Report> dryRun = dryRun("process-owner", "MIG-1");
		assertThat(dryRun.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(dryRun.getBody().plans()).singleElement().satisfies(plan -> {
			assertThat(plan.processKey()).isEqualTo("learning-network");
			assertThat(plan.fromVersion()).isEqualTo(v1);
			assertThat(plan.toVersion()).isEqualTo(v1 + 1);
			assertThat(plan.processInstanceIds()).containsExactly(running.getId());
			assertThat(plan.problems()).isEmpty();
		});
		assertThat(versionOf(running)).as("a dry run changes nothing").isEqualTo(v1);

		ResponseEntity<VersionMigration.Report> migrated = migrate("coordinator", "MIG-1");
		assertThat(migrated.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(migrated.getBody().migrated()).isTrue();
		assertThat(versionOf(running)).isEqualTo(v1 + 1);
		assertThat(task("MIG-1", "Task_RegisterOrganisation").getId()).as("the same task, not a new one")
			.isEqualTo(registration.getId());
		assertThat(managementService.createJobQuery().jobId(deadline.getId()).singleResult().getDuedate())
			.as("the deadline timer kept its due date")
			.isEqualTo(deadline.getDuedate());

		Job reminder = managementService.createJobQuery().processInstanceId(running.getId()).activityId(REMINDER)
			.singleResult();
		assertThat(reminder).as("version 2's new reminder timer").isNotNull();
		managementService.setJobDuedate(reminder.getId(), new Date());
		managementService.executeJob(reminder.getId());
		assertThat(historyService.createHistoricActivityInstanceQuery()
			.processInstanceId(running.getId())
			.activityId("EndEvent_RegistrationReminded")
			.count()).as("the network went on along version 2").isEqualTo(1);
		assertThat(task("MIG-1", "Task_RegisterOrganisation").getId()).isEqualTo(registration.getId());
	}

	/** A new version gives a waiting task a constant input, as the session kind and measurement phase are. */
	@Test
	void aTaskWaitingWhenMigratedGetsTheConstantInputsOfItsNewVersion() {
		startNetwork("MIG-5");
		Task waiting = task("MIG-5", "Task_RegisterOrganisation");
		deployChangedNetworkProcess(model -> model.<UserTask>getModelElementById("Task_RegisterOrganisation")
			.builder()
			.camundaInputParameter("registrationRound", "EERSTE"));

		ResponseEntity<VersionMigration.Report> migrated = migrate("coordinator", "MIG-5");

		assertThat(migrated.getBody().migrated()).isTrue();
		assertThat(taskService.getVariable(waiting.getId(), "registrationRound")).isEqualTo("EERSTE");
		assertThat(runtimeService.getVariable(waiting.getProcessInstanceId(), "registrationRound"))
			.as("local to the task, as an input parameter is")
			.isNull();
	}

	@Test
	void aDryRunListsWhatCannotBeMappedAndAMigrationThenMovesNothing() {
		ProcessInstance running = startNetwork("MIG-3");
		int version = versionOf(running);
		String renamed = deployChangedNetworkProcess(model -> model.<UserTask>getModelElementById("Task_RegisterOrganisation")
			.setAttributeValue("id", "Task_EnrolOrganisation", true));
		try {
			VersionMigration.Report dryRun = dryRun("coordinator", "MIG-3").getBody();
			assertThat(dryRun.plans()).singleElement()
				.satisfies(plan -> assertThat(plan.problems())
					.anyMatch(problem -> problem.contains("Task_RegisterOrganisation")));

			ResponseEntity<VersionMigration.Report> refused = migrate("coordinator", "MIG-3");
			assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
			assertThat(refused.getBody().migrated()).isFalse();
			assertThat(versionOf(running)).as("nothing moved").isEqualTo(version);
			assertThat(task("MIG-3", "Task_RegisterOrganisation")).isNotNull();
		}
		finally {
			// the other checks start networks on the newest version
			repositoryService.deleteDeployment(renamed, true);
		}
	}

	@Test
	void onlyCoordinatorsAndProcessOwnersMayMigrate() {
		assertThat(rest.getForEntity("/leernet/api/migration", String.class).getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(rest.withBasicAuth("participant-a", "participant-a")
			.postForEntity("/leernet/api/migration", jsonBody(), String.class)
			.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(rest.withBasicAuth("adviser1", "adviser1")
			.getForEntity("/leernet/api/migration", String.class)
			.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(rest.withBasicAuth("coordinator", "wrong")
			.getForEntity("/leernet/api/migration", String.class)
			.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
	}

}
