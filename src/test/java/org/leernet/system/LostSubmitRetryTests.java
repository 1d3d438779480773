package org.leernet.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A submit that collides with a job on the same process: the job (a non-interrupting reminder
 * timer on the task, like the evaluation reminder) commits while the submit is in the middle of
 * its transaction, so the submit's flush loses to optimistic locking. The collision is made
 * certain with latches: the submit's first try waits inside its transaction until the job has
 * committed.
 */
class LostSubmitRetryTests {

	ProcessEngine engine;

	final Collision collision = new Collision();

	@BeforeEach
	void engineWithTheRetry() {
		var configuration = new StandaloneInMemProcessEngineConfiguration();
		configuration.setProcessEngineName("lost-submit-" + UUID.randomUUID());
		configuration.setJdbcUrl("jdbc:h2:mem:lost-submit-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=1000");
		configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP);
		configuration.setJobExecutorActivate(false);
		configuration.setBeans(Map.of("collision", collision));
		configuration.setProcessEnginePlugins(List.of(new LostSubmitRetryPlugin()));
		engine = configuration.buildProcessEngine();
		engine.getRepositoryService().createDeployment().addModelInstance("evaluation.bpmn", evaluation()).deploy();
	}

	@AfterEach
	void close() {
		engine.close();
	}

	static BpmnModelInstance evaluation() {
		return Bpmn.createExecutableProcess("evaluation")
			.camundaHistoryTimeToLive(1)
			.startEvent()
			.userTask("Task_Evaluate")
			.camundaTaskListenerExpression("complete", "${collision.submitting(task)}")
			.boundaryEvent("Reminder")
			.cancelActivity(false)
			.timerWithDuration("PT1H")
			.serviceTask("SendReminder")
			.camundaExpression("${collision.remind()}")
			.endEvent()
			.moveToActivity("Task_Evaluate")
			.endEvent()
			.done();
	}

	@Test
	void aTaskFormSubmitIsTriedAgainAfterLosingToTheReminderJob() throws Exception {
		aSubmitWinsAfterTheJob((taskId, values) -> engine.getFormService().submitTaskForm(taskId, values));
	}

	@Test
	void aTaskCompleteIsTriedAgainAfterLosingToTheReminderJob() throws Exception {
		aSubmitWinsAfterTheJob((taskId, values) -> engine.getTaskService().complete(taskId, values));
	}

	void aSubmitWinsAfterTheJob(BiConsumer<String, Map<String, Object>> submit) throws Exception {
		String processInstanceId = engine.getRuntimeService().startProcessInstanceByKey("evaluation").getId();
		Task task = engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId).singleResult();
		Job reminder = engine.getManagementService().createJobQuery().processInstanceId(processInstanceId).singleResult();

		CompletableFuture<Void> job = CompletableFuture.runAsync(() -> {
			collision.await(collision.submitInTransaction);
			engine.getManagementService().executeJob(reminder.getId());
			collision.jobCommitted.countDown();
		});
		submit.accept(task.getId(), Map.of("score", 4));
		job.get(30, TimeUnit.SECONDS);

		assertThat(collision.reminders).as("the job ran and committed first").hasValue(1);
		assertThat(collision.submits).as("the submit lost once, then was tried again").hasValue(2);
		assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).count()).isZero();
		assertThat(engine.getHistoryService()
			.createHistoricVariableInstanceQuery()
			.processInstanceId(processInstanceId)
			.variableName("score")
			.singleResult()
			.getValue()).isEqualTo(4);
	}

	@Test
	void insideAnotherCommandTheLossIsNotHidden() {
		String processInstanceId = engine.getRuntimeService().startProcessInstanceByKey("evaluation").getId();
		Task task = engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId).singleResult();
		collision.collide = false;
		// a caller's own transaction: the retry must not run inside it, the caller decides
		var configuration = (org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) engine
			.getProcessEngineConfiguration();
		assertThatThrownBy(() -> configuration.getCommandExecutorTxRequired().execute(context -> {
			engine.getTaskService().complete(task.getId());
			throw new OptimisticLockingException("the caller's own conflict");
		})).isInstanceOf(OptimisticLockingException.class);
		assertThat(collision.submits).as("tried once").hasValue(1);
	}

	/** The test's delegates: the reminder, and a submit that waits for the job in its first try. */
	public static class Collision {

		final CountDownLatch submitInTransaction = new CountDownLatch(1);

		final CountDownLatch jobCommitted = new CountDownLatch(1);

		final AtomicInteger submits = new AtomicInteger();

		final AtomicInteger reminders = new AtomicInteger();

		volatile boolean collide = true;

		public void submitting(DelegateTask task) {
			if (submits.incrementAndGet() == 1 && collide) {
				submitInTransaction.countDown();
				await(jobCommitted);
			}
		}

		public void remind() {
			reminders.incrementAndGet();
		}

		void await(CountDownLatch latch) {
			try {
				assertThat(latch.await(30, TimeUnit.SECONDS)).as("the other side came").isTrue();
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(e);
			}
		}

	}

}
