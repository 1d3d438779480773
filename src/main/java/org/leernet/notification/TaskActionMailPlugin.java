package org.leernet.notification;

import static org.leernet.process.ProcessVariables.SESSION_ID;
import static org.leernet.process.ProcessVariables.SESSION_TITLE;

import java.util.Objects;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.leernet.process.EveryUserTask;
import org.leernet.process.ProcessKeys;
import org.leernet.tasklink.TaskLinks;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The moment a participant task appears (one for an organisation's candidate group, in any
 * deployed model), its organisation's contact persons get a mail with their own link to it
 * ({@link NotificationService#taskAppeared}), instead of hearing of it from the first reminder.
 * The service is looked up when a task appears: the engine is built before it.
 */
@Component
public class TaskActionMailPlugin extends AbstractProcessEnginePlugin {

	private final ObjectProvider<NotificationService> notifications;

	TaskActionMailPlugin(ObjectProvider<NotificationService> notifications) {
		this.notifications = notifications;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		EveryUserTask.listen(configuration, TaskListener.EVENTNAME_CREATE, this::taskCreated);
	}

	private void taskCreated(DelegateTask task) {
		TaskLinks.organisationOf(task.getCandidates())
			.ifPresent(organisation -> notifications.getObject()
				.taskAppeared(new NotificationService.NewTask(task.getId(), task.getName(), task.getDueDate(),
						ProcessKeys.networkCode(task), organisation,
						task.getVariable(SESSION_ID) instanceof Number id ? id.longValue() : null,
						Objects.toString(task.getVariable(SESSION_TITLE), null))));
	}

}
