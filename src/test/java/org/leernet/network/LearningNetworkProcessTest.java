package org.leernet.network;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.leernet.ProcessTestEngine;

@Deployment(resources = { "processes/learning-network.bpmn", "forms/start-learning-network.form",
		"forms/recruit-organisations.form" })
class LearningNetworkProcessTest {

	static final String PROCESS = "learning-network";

	@RegisterExtension
	static ProcessEngineCoverageExtension engine = ProcessTestEngine.withFullCoverage();

	@BeforeEach
	void registerDelegates() {
		Mocks.register("validateProgrammeSettingsDelegate", new ValidateProgrammeSettingsDelegate());
	}

	@AfterEach
	void resetDelegates() {
		Mocks.reset();
	}

	@Test
	void startsRecruitmentForCoordinatorsWithTheDeadlineAsDueDate() {
		LocalDate deadline = LocalDate.now().plusMonths(2);
		ProcessInstance network = runtimeService().startProcessInstanceByKey(PROCESS, "HNW-2027-1",
				Map.of("networkName", "Het Nieuwe Werken", "registrationDeadline", deadline.toString()));

		assertThat(network).hasPassed("StartEvent_NetworkRequested", "Task_ValidateProgrammeSettings")
			.isWaitingAt("Task_RecruitOrganisations");
		assertThat(task()).hasCandidateGroup("coordinators")
			.hasDueDate(Date.from(deadline.atStartOfDay(ZoneId.systemDefault()).toInstant()));
		Task task = taskQuery().initializeFormKeys().singleResult();
		Assertions.assertThat(task.getCamundaFormRef().getKey()).isEqualTo("Form_RecruitOrganisations");
		Assertions.assertThat(task.getCamundaFormRef().getBinding()).isEqualTo("deployment");

		complete(task(), withVariables("recruitmentNotes", "Vier organisaties gevonden."));
		assertThat(network).hasPassedInOrder("Task_RecruitOrganisations", "EndEvent_RecruitmentClosed").isEnded();
	}

	@Test
	void refusesAMinimumAboveTheMaximumAndStoresNothing() {
		assertThatThrownBy(() -> runtimeService().startProcessInstanceByKey(PROCESS, "HNW-2027-2",
				Map.of("minimumOrganisations", 9, "maximumOrganisations", 5, "registrationDeadline",
						LocalDate.now().plusDays(10).toString())))
			.isInstanceOf(BadUserRequestException.class)
			.hasMessageContaining("maximum aantal organisaties (5) mag niet kleiner zijn dan het minimum (9)");
		Assertions.assertThat(runtimeService().createProcessInstanceQuery().count()).isZero();
	}

	@Test
	void refusesARegistrationDeadlineInThePast() {
		assertThatThrownBy(() -> runtimeService().startProcessInstanceByKey(PROCESS,
				Map.of("networkCode", "HNW-2020-1", "registrationDeadline", "2020-01-31")))
			.isInstanceOf(BadUserRequestException.class)
			.hasMessageContaining("uiterste inschrijvingsdatum (2020-01-31) ligt in het verleden");
	}

	@Test
	void acceptsADateTimeAsFormJsSendsIt() {
		String deadline = LocalDate.now().plusDays(30) + "T17:00+01:00";
		ProcessInstance network = runtimeService().startProcessInstanceByKey(PROCESS,
				Map.of("networkCode", "HNW-2027-3", "registrationDeadline", deadline, "minimumOrganisations", "4"));
		assertThat(network).isWaitingAt("Task_RecruitOrganisations");
	}

	@Test
	void makesTheNetworkCodeOfTheStartFormTheBusinessKey() {
		ProcessInstance network = runtimeService().startProcessInstanceByKey(PROCESS,
				Map.of("networkCode", "COP-2027-1", "registrationDeadline", LocalDate.now().plusDays(5).toString()));
		Assertions.assertThat(runtimeService().createProcessInstanceQuery()
			.processInstanceBusinessKey("COP-2027-1")
			.singleResult()
			.getId()).isEqualTo(network.getId());
	}

	@Test
	void refusesANetworkCodeThatIsNotACode() {
		assertThatThrownBy(() -> runtimeService().startProcessInstanceByKey(PROCESS,
				Map.of("networkCode", "hnw 2027", "registrationDeadline", LocalDate.now().plusDays(5).toString())))
			.isInstanceOf(BadUserRequestException.class)
			.hasMessageContaining("netwerkcode 'hnw 2027' mag enkel hoofdletters, cijfers en koppeltekens bevatten");
	}

	@Test
	void refusesANetworkWithoutCode() {
		assertThatThrownBy(() -> runtimeService().startProcessInstanceByKey(PROCESS,
				Map.of("registrationDeadline", LocalDate.now().plusDays(5).toString())))
			.isInstanceOf(BadUserRequestException.class)
			.hasMessageContaining("De netwerkcode ontbreekt.");
	}

}
