package org.leernet.notification;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.leernet.ProcessTestEngine;

/** "Mail bezorgen": one queued mail, delivered by an asynchronous step of its own that retries. */
@Deployment(resources = "processes/mail-delivery.bpmn")
class MailDeliveryProcessTests {

	@RegisterExtension
	static ProcessEngineCoverageExtension engine = ProcessTestEngine.withFullCoverage();

	final List<String> delivered = new ArrayList<>();

	boolean smtpDown;

	@BeforeEach
	void delegate() {
		init(engine.getProcessEngine());
		Mocks.register("deliverMailDelegate", (JavaDelegate) execution -> {
			if (smtpDown) {
				throw new MailNotSentException("Mail niet verstuurd: verbinding geweigerd", null);
			}
			delivered.add((String) execution.getVariable(MailOutbox.MAIL_KEY));
		});
	}

	@AfterEach
	void reset() {
		Mocks.reset();
	}

	ProcessInstance queue(String key) {
		return runtimeService().startProcessInstanceByKey(MailOutbox.DELIVERY_PROCESS, "NET-1", Map.of(MailOutbox.MAIL_KEY, key));
	}

	static Job job(ProcessInstance instance) {
		return managementService().createJobQuery().processInstanceId(instance.getId()).singleResult();
	}

	@Test
	void isNotOfferedInTasklistAndDeliversInAJobOfItsOwn() {
		ProcessDefinition definition = repositoryService().createProcessDefinitionQuery()
			.processDefinitionKey(MailOutbox.DELIVERY_PROCESS)
			.singleResult();
		Assertions.assertThat(definition.isStartableInTasklist()).isFalse();
		Assertions.assertThat(definition.getName()).isEqualTo("Mail bezorgen");

		ProcessInstance instance = queue("REGISTRATION_CONFIRMATION:1:els@example.org");
		assertThat(instance).as("the starting step does not wait for the delivery").isWaitingAt("Task_DeliverMail");
		Assertions.assertThat(delivered).isEmpty();

		execute(job(instance));
		Assertions.assertThat(delivered).containsExactly("REGISTRATION_CONFIRMATION:1:els@example.org");
		assertThat(instance).hasPassed("Task_DeliverMail").isEnded();
		Assertions.assertThat(historyService().createHistoricProcessInstanceQuery().singleResult().getEndActivityId())
			.isEqualTo("EndEvent_MailDelivered");
	}

	@Test
	void retriesEveryFiveMinutesFiveTimesThenRaisesAnIncidentThatARetryResolves() {
		ProcessInstance instance = queue("SESSION_INVITATION:7:jan@example.org");
		smtpDown = true;
		for (int left = 4; left >= 0; left--) {
			String jobId = job(instance).getId();
			Assertions.assertThatThrownBy(() -> managementService().executeJob(jobId)).isInstanceOf(MailNotSentException.class);
			Job failed = managementService().createJobQuery().jobId(jobId).singleResult();
			Assertions.assertThat(failed.getRetries()).isEqualTo(left);
			if (left > 0) {
				Assertions.assertThat(failed.getDuedate()).isAfter(Date.from(Instant.now().plusSeconds(240)));
			}
		}
		Assertions.assertThat(runtimeService().createIncidentQuery().processInstanceId(instance.getId()).singleResult()
			.getActivityId()).isEqualTo("Task_DeliverMail");

		smtpDown = false;
		managementService().setJobRetries(job(instance).getId(), 1);
		execute(job(instance));
		Assertions.assertThat(delivered).containsExactly("SESSION_INVITATION:7:jan@example.org");
		assertThat(instance).isEnded();
	}

}
