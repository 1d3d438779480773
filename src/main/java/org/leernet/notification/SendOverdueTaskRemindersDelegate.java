package org.leernet.notification;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Every morning: each open coordinator or adviser task past its due date gets one reminder, to
 * its assignee or, while nobody claimed it, to its candidate coordinators.
 */
@Component
public class SendOverdueTaskRemindersDelegate implements JavaDelegate {

	private final NotificationService notifications;

	SendOverdueTaskRemindersDelegate(NotificationService notifications) {
		this.notifications = notifications;
	}

	@Override
	public void execute(DelegateExecution execution) {
		notifications.overdueTaskReminders();
	}

}
