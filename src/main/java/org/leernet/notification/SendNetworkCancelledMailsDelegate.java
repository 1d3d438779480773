package org.leernet.notification;

import static org.leernet.process.ProcessVariables.*;

import java.util.Objects;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.leernet.process.ProcessKeys;
import org.springframework.stereotype.Component;

/** The network is cancelled: every registered organisation (waiting list included) is told. */
@Component
public class SendNetworkCancelledMailsDelegate implements JavaDelegate {

	private final NotificationService notifications;

	SendNetworkCancelledMailsDelegate(NotificationService notifications) {
		this.notifications = notifications;
	}

	@Override
	public void execute(DelegateExecution execution) {
		notifications.networkCancelled(ProcessKeys.networkCode(execution),
				Objects.toString(execution.getVariable(CANCELLATION_REASON), null));
	}

}
