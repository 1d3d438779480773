package org.leernet;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;

/**
 * Completes tasks through the Java API as the person each task is routed to, logged in with
 * their groups, as Tasklist would: never as nobody, for whom the engine checks no rights at all.
 * A step that needs a right the user lacks, or that forgot to run as the application, then fails
 * here as it would for that user.
 */
public final class RoutedUser {

	private RoutedUser() {
	}

	/** Its assignee; else a candidate user; else a member of a candidate group, coordinators first. */
	public static String of(IdentityService identityService, TaskService taskService, Task task) {
		if (task.getAssignee() != null) {
			return task.getAssignee();
		}
		List<IdentityLink> candidates = taskService.getIdentityLinksForTask(task.getId())
			.stream()
			.filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
			.toList();
		for (IdentityLink link : candidates) {
			if (link.getUserId() != null) {
				return link.getUserId();
			}
		}
		List<String> groups = candidates.stream().map(IdentityLink::getGroupId).filter(group -> group != null).toList();
		for (String group : groups.contains("coordinators") ? List.of("coordinators") : groups) {
			List<User> members = identityService.createUserQuery().memberOfGroup(group).orderByUserId().asc().list();
			if (!members.isEmpty()) {
				return members.get(0).getId();
			}
		}
		throw new AssertionError("Task '" + task.getName() + "' (" + task.getTaskDefinitionKey()
				+ ") is routed to nobody who exists: " + groups);
	}

	/** Runs the action logged in as the task's user, and logs out after. */
	public static void run(IdentityService identityService, TaskService taskService, Task task, Runnable action) {
		String user = of(identityService, taskService, task);
		List<String> groups = identityService.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
		identityService.setAuthentication(user, groups);
		try {
			action.run();
		}
		finally {
			identityService.clearAuthentication();
		}
	}

	/** Completes the task as its user. */
	public static void complete(IdentityService identityService, TaskService taskService, Task task,
			java.util.Map<String, Object> variables) {
		run(identityService, taskService, task, () -> taskService.complete(task.getId(), variables));
	}

}
