package org.leernet.notification;

import static org.leernet.process.ProcessVariables.*;

import java.util.Objects;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.leernet.process.ProcessKeys;
import org.springframework.stereotype.Component;

/**
 * The mail step of the element template "Mail sturen" ({@code processes/element-templates/}):
 * the BPMN says which mail ({@code mailKind}) goes to whom ({@code mailTo}), as input
 * parameters. Like every mail step it queues its mails ({@link MailOutbox}); "Mail bezorgen"
 * sends them. Each mail's key is the step's job plus the recipient: a retry of that job queues
 * each mail once, while a step that runs again, such as a repeating reminder, is a new job and
 * sends anew. Without a job (a step that is not asynchronous) the activity instance stands in
 * for it.
 */
@Component
public class SendMailDelegate implements JavaDelegate {

	static final String MAIL_KIND = MailStepInputs.MAIL_KIND;

	static final String MAIL_TO = MailStepInputs.MAIL_TO;

	private final NotificationService notifications;

	SendMailDelegate(NotificationService notifications) {
		this.notifications = notifications;
	}

	@Override
	public void execute(DelegateExecution execution) {
		MailStepInputs inputs = MailStepInputs.of(execution);
		try {
			notifications.stepMail(inputs.kind(), inputs.to(), inputs.run(), ProcessKeys.networkCode(execution),
					ProcessKeys.organisationCode(execution),
					execution.getVariable(SESSION_ID) instanceof Number id ? id.longValue() : null,
					Objects.toString(execution.getVariable(SESSION_TITLE), null), execution.getProcessInstanceId());
		}
		catch (MailStepException problem) {
			throw inputs.failure(problem);
		}
	}

}
