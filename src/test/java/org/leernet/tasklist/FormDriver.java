package org.leernet.tasklist;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.leernet.notification.MailNotSentException;
import org.leernet.notification.MailOutbox;

/**
 * The suite's driver for whole networks: every task done through its own form at the REST API,
 * exactly as Tasklist does it, by a user of the role the task is routed to. For each task:
 * {@code deployed-form} and {@code form-variables} as that user, a claim if nobody has it, then
 * {@code submit-form} with what {@link FormFiller} fills in. The engine's own API is used only
 * to find where the work is (as the task list would) and to run the mails' jobs as the job
 * executor would; timers wait until a test fires them.
 */
public final class FormDriver {

	private final String restUrl;

	private final TaskService taskService;

	private final ManagementService managementService;

	private final IdentityService identityService;

	/** Group {@code organisation-<code>} to the user id of one of its contact persons. */
	private final Function<String, String> contactOfGroup;

	private final Map<String, TasklistUser> users = new HashMap<>();

	/** Forms whose rules were already held against the server's. */
	private final Set<String> rulesChecked = new HashSet<>();

	public FormDriver(String restUrl, TaskService taskService, ManagementService managementService,
			IdentityService identityService, Function<String, String> contactOfGroup) {
		this.restUrl = restUrl;
		this.taskService = taskService;
		this.managementService = managementService;
		this.identityService = identityService;
		this.contactOfGroup = contactOfGroup;
	}

	/** A demo user whose password equals the user name (coordinator, adviser1, ...). */
	public TasklistUser demoUser(String userId) {
		return users.computeIfAbsent(userId, id -> new TasklistUser(restUrl, id, id));
	}

	/**
	 * A contact person: their account has a random password until they choose one with the
	 * link in their registration mail; here they choose one.
	 */
	public TasklistUser contactPerson(String userId) {
		return users.computeIfAbsent(userId, id -> {
			String password = "Eigen-wachtwoord-" + id;
			User user = identityService.createUserQuery().userId(id).singleResult();
			if (user == null) {
				throw new AssertionError("no account for contact person " + id);
			}
			user.setPassword(password);
			identityService.saveUser(user);
			return new TasklistUser(restUrl, id, password);
		});
	}

	/** The start form of a process, filled in and submitted by this user; returns the new instance's id. */
	public String start(TasklistUser user, String processKey, Map<String, Object> answers) {
		JsonNode form = user.deployedStartForm(processKey);
		JsonNode variables = user.startFormVariables(processKey);
		String name = "start form of " + processKey;
		if (rulesChecked.add(form.path("id").asText())) {
			for (String field : FormFiller.requiredFields(name, form, variables, answers)) {
				expectRefusal(name, field, user.submitStartForm(processKey,
						FormFiller.fillLeavingEmpty(name, form, variables, answers, field)));
			}
		}
		Map<String, Object> values = FormFiller.fill(name, form, variables, answers);
		String id = user.submitStartForm(processKey, values).expect(200, "start " + processKey).json().path("id").asText();
		runAsyncJobs();
		return id;
	}

	/** Open tasks of a network with this key, oldest first. */
	public List<Task> open(String networkCode, String taskKey) {
		return taskService.createTaskQuery()
			.processInstanceBusinessKey(networkCode)
			.taskDefinitionKey(taskKey)
			.orderByTaskCreateTime()
			.asc()
			.list();
	}

	/** The one open task with this key in this process instance. */
	public Task one(String processInstanceId, String taskKey) {
		List<Task> tasks = taskService.createTaskQuery()
			.processInstanceId(processInstanceId)
			.taskDefinitionKey(taskKey)
			.list();
		if (tasks.size() != 1) {
			throw new AssertionError("expected one open " + taskKey + " in " + processInstanceId + ", found " + tasks.size());
		}
		return tasks.get(0);
	}

	/** The one open task with this key of the network (in any of its process instances). */
	public Task one(String networkCode, String taskKey, String why) {
		List<Task> tasks = open(networkCode, taskKey);
		if (tasks.size() != 1) {
			throw new AssertionError("expected one open " + taskKey + " of " + networkCode + " (" + why + "), found "
					+ tasks.size());
		}
		return tasks.get(0);
	}

	/** Does the task through its form, as the person it is routed to; returns who that was. */
	public TasklistUser work(Task task, Map<String, Object> answers) {
		TasklistUser user = routedTo(task);
		TasklistUser.Answer answer = submit(user, task, answers);
		answer.expect(204, "a careful submission of '" + task.getName() + "' (" + task.getTaskDefinitionKey() + ")");
		runAsyncJobs();
		return user;
	}

	/**
	 * Opens the task as this user, claims it if nobody has it, and submits what the form takes;
	 * the answer is returned as it came, for tests of refusals.
	 */
	public TasklistUser.Answer submit(TasklistUser user, Task task, Map<String, Object> answers) {
		String label = "'" + task.getName() + "' (" + task.getTaskDefinitionKey() + ")";
		JsonNode visible = user.visibleTask(task.getId());
		if (visible == null) {
			throw new AssertionError("Task " + label + " is routed to " + user.id() + ", who cannot see it");
		}
		JsonNode form = user.deployedForm(task.getId());
		JsonNode variables = user.formVariables(task.getId());
		Map<String, Object> values = FormFiller.fill(task.getName(), form, variables, answers);
		if (visible.path("assignee").isNull() || visible.path("assignee").isMissingNode()) {
			user.claim(task.getId());
		}
		else if (!user.id().equals(visible.path("assignee").asText())) {
			throw new AssertionError("Task " + label + " is assigned to " + visible.path("assignee").asText() + ", not to "
					+ user.id());
		}
		if (rulesChecked.add(form.path("id").asText())) {
			for (String field : FormFiller.requiredFields(task.getName(), form, variables, answers)) {
				expectRefusal(label, field, user.submitForm(task.getId(),
						FormFiller.fillLeavingEmpty(task.getName(), form, variables, answers, field)));
			}
		}
		return user.submitForm(task.getId(), values);
	}

	/**
	 * What the form requires, the server requires too: the first time a form is met, each of its
	 * required fields is sent once left empty, and must come back as a 400 that changes nothing.
	 */
	private static void expectRefusal(String label, String field, TasklistUser.Answer answer) {
		if (answer.status() != 400) {
			throw new AssertionError(label + ": the form requires '" + field + "', but the server answered " + answer.status()
					+ " to a submission without it: " + answer.body());
		}
	}

	/**
	 * Who does this task: its assignee; else a coordinator for a coordinators' task, a contact
	 * person of the organisation for an organisation's task.
	 */
	public TasklistUser routedTo(Task task) {
		if (task.getAssignee() != null) {
			return demoUser(task.getAssignee());
		}
		List<String> groups = new ArrayList<>();
		for (IdentityLink link : taskService.getIdentityLinksForTask(task.getId())) {
			if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
				groups.add(link.getGroupId());
			}
		}
		if (groups.contains("coordinators")) {
			return demoUser("coordinator");
		}
		Optional<String> organisation = groups.stream().filter(group -> group.startsWith("organisation-")).findFirst();
		if (organisation.isPresent()) {
			return contactPerson(contactOfGroup.apply(organisation.get()));
		}
		throw new AssertionError("Task '" + task.getName() + "' is routed to nobody the test knows: " + groups);
	}

	public int runAsyncJobs() {
		return runAsyncJobs(managementService);
	}

	/**
	 * Runs the waiting asynchronous steps (the mail steps and the deliveries of their mails), as
	 * the job executor would; timers stay. A delivery the SMTP server refused is left to its retry
	 * cycle, as the job executor leaves it: it holds up nothing. Any other failure is the test's.
	 */
	public static int runAsyncJobs(ManagementService managementService) {
		int ran = 0;
		for (List<Job> jobs = messageJobs(managementService); !jobs.isEmpty(); jobs = messageJobs(managementService)) {
			for (Job job : jobs) {
				try {
					managementService.executeJob(job.getId());
				}
				catch (RuntimeException ex) {
					if (!refusedDelivery(job, ex)) {
						throw ex;
					}
				}
				ran++;
			}
		}
		return ran;
	}

	/** A job of the process "Mail bezorgen" that failed because the mail could not be sent. */
	public static boolean refusedDelivery(Job job, Throwable failure) {
		if (!MailOutbox.DELIVERY_PROCESS.equals(job.getProcessDefinitionKey())) {
			return false;
		}
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof MailNotSentException) {
				return true;
			}
		}
		return false;
	}

	private static List<Job> messageJobs(ManagementService managementService) {
		return managementService.createJobQuery().messages().executable().list();
	}

}
