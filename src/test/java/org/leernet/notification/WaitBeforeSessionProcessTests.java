package org.leernet.notification;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import java.time.OffsetDateTime;
import java.util.Date;
import java.util.Map;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.leernet.LeernetFakes;
import org.leernet.ProcessTestEngine;

/** The process behind the element template "Wachten tot vóór de sessie". */
@Deployment(resources = "processes/wait-before-session.bpmn")
class WaitBeforeSessionProcessTests {

	@RegisterExtension
	static ProcessEngineCoverageExtension engine = ProcessTestEngine.withFullCoverage();

	@BeforeEach
	void fakes() {
		init(engine.getProcessEngine());
		new LeernetFakes(runtimeService());
	}

	@AfterEach
	void reset() {
		Mocks.reset();
	}

	ProcessInstance waitBefore(String sessionStart, Object daysBefore) {
		return runtimeService().startProcessInstanceByKey("wait-before-session", "HNW-2027-1",
				Map.of("sessionStart", sessionStart, "daysBefore", daysBefore));
	}

	Job timer(ProcessInstance wait) {
		return managementService().createJobQuery().processInstanceId(wait.getId()).timers().singleResult();
	}

	@Test
	void continuesTheGivenNumberOfDaysBeforeTheSession() {
		String start = LeernetFakes.inDays(10);
		ProcessInstance wait = waitBefore(start, 7);
		assertThat(wait).isWaitingAt("Timer_DaysBeforeSession");
		Assertions.assertThat(timer(wait).getDuedate()).isEqualTo(Date.from(OffsetDateTime.parse(start).minusDays(7).toInstant()));

		execute(timer(wait));
		assertThat(wait).hasPassedInOrder("Timer_DaysBeforeSession", "EndEvent_SessionSoon").isEnded();
	}

	@Test
	void takesTheDaysAsAProcessOwnerTypedThemInModeler() {
		String start = LeernetFakes.inDays(10);
		ProcessInstance wait = waitBefore(start, "3");
		Assertions.assertThat(timer(wait).getDuedate()).isEqualTo(Date.from(OffsetDateTime.parse(start).minusDays(3).toInstant()));
	}

	@Test
	void continuesAtOnceWhenThatDayHasPassed() {
		ProcessInstance wait = waitBefore(LeernetFakes.inDays(1), 2);
		Assertions.assertThat(timer(wait).getDuedate()).isBefore(new Date());
	}

}
