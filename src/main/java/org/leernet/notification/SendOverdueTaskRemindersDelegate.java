package org.leernet.notification;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.leernet.identity.Groups;
import org.leernet.process.DutchDates;
import org.springframework.stereotype.Component;

/**
 * Every morning: each open coordinator or adviser task past its due date gets one reminder, to
 * its assignee or, while nobody claimed it, to its candidate coordinators or advisers.
 */
@Component
public class SendOverdueTaskRemindersDelegate implements JavaDelegate {

	private final TaskService taskService;

	private final RepositoryService repositoryService;

	private final MailRecipients recipients;

	private final MailOutbox mails;

	SendOverdueTaskRemindersDelegate(TaskService taskService, RepositoryService repositoryService,
			MailRecipients recipients, MailOutbox mails) {
		this.taskService = taskService;
		this.repositoryService = repositoryService;
		this.recipients = recipients;
		this.mails = mails;
	}

	@Override
	public void execute(DelegateExecution execution) {
		for (Task task : taskService.createTaskQuery().active().dueBefore(ClockUtil.getCurrentTime()).list()) {
			List<Recipient> people = responsible(task);
			if (people.isEmpty()) {
				continue;
			}
			Map<String, Object> model = new HashMap<>();
			model.put("networkName", taskService.getVariable(task.getId(), "networkName"));
			model.put("networkCode", taskService.getVariable(task.getId(), "networkCode"));
			model.put("organisationName", taskService.getVariable(task.getId(), "organisationName"));
			model.put("taskName", task.getName());
			model.put("dueDate", DutchDates.date(task.getDueDate()));
			model.put("processName", repositoryService.getProcessDefinition(task.getProcessDefinitionId()).getName());
			for (Recipient recipient : people) {
				mails.queue(new Mail("task-overdue:" + task.getId() + ":" + recipient.email(), MailKind.TASK_OVERDUE,
						recipient, task.getName(), model, null, null, null, null, null));
			}
		}
	}

	private List<Recipient> responsible(Task task) {
		if (task.getAssignee() != null) {
			return recipients.user(task.getAssignee());
		}
		List<Recipient> people = new ArrayList<>();
		for (IdentityLink link : taskService.getIdentityLinksForTask(task.getId())) {
			if (IdentityLinkType.CANDIDATE.equals(link.getType()) && Groups.COORDINATORS.equals(link.getGroupId())) {
				people.addAll(recipients.coordinators());
			}
		}
		return people;
	}

}
