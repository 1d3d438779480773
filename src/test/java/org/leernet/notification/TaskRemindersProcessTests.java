package org.leernet.notification;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import java.time.ZoneId;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.leernet.LeernetFakes;
import org.leernet.ProcessTestEngine;

@Deployment(resources = "processes/task-reminders.bpmn")
class TaskRemindersProcessTests {

	@RegisterExtension
	static ProcessEngineCoverageExtension engine = ProcessTestEngine.withFullCoverage();

	LeernetFakes fakes;

	@BeforeEach
	void fakes() {
		init(engine.getProcessEngine());
		fakes = new LeernetFakes(runtimeService());
	}

	@AfterEach
	void reset() {
		Mocks.reset();
	}

	@Test
	void checksOverdueTasksEveryMorningAtEight() {
		Job morning = managementService().createJobQuery().timers().singleResult();
		Assertions.assertThat(morning).as("the timer start event is scheduled on deployment").isNotNull();
		Assertions.assertThat(morning.getDuedate().toInstant().atZone(ZoneId.systemDefault()).getHour()).isEqualTo(8);

		execute(morning);
		execute(managementService().createJobQuery().messages().singleResult());
		HistoricProcessInstance run = historyService().createHistoricProcessInstanceQuery().singleResult();
		Assertions.assertThat(run.getEndActivityId()).isEqualTo("EndEvent_RemindersSent");
		Assertions.assertThat(fakes.mailsSent).containsEntry("sendOverdueTaskRemindersDelegate", 1);
		Assertions.assertThat(managementService().createJobQuery().timers().count()).as("the next morning is planned").isEqualTo(1);
	}

}
