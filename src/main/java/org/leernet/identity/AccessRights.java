package org.leernet.identity;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.TaskQuery;
import org.leernet.process.TaskContextPlugin;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The role groups, their rights and the Tasklist filters, created at start-up (also in
 * production) and never by hand in Admin. Task rights come with the routing: Camunda grants a
 * task to its assignee and candidate groups (an organisation's group, a coordinator group), as
 * TASK_WORK: they claim and complete it, they cannot re-route it.
 * <ul>
 * <li>coordinators: all networks, their processes, tasks and history; users and groups to read</li>
 * <li>advisers: Tasklist; the tasks assigned to them and the trajectories of their organisations
 * (granted when they are assigned)</li>
 * <li>participants: Tasklist and their own organisation's tasks (filters "Mijn werk", "Mijn taken" and "Taken
 * van mijn groepen"); no start, no Cockpit, no Admin</li>
 * <li>process owners: deploy (Camunda Modeler) and read deployments and process definitions;
 * nothing of the running networks, and no deleting of deployments, which would take the networks
 * running on them along</li>
 * </ul>
 */
@Component
@Order(AccessRights.ORDER)
public class AccessRights implements ApplicationRunner {

	public static final int ORDER = 5;

	static final Map<String, String> ROLE_GROUPS = Map.of(Groups.COORDINATORS, "Coördinatoren", Groups.ADVISERS,
			"Adviseurs", Groups.PARTICIPANTS, "Deelnemers", Groups.PROCESS_OWNERS, "Proceseigenaars");

	private static final String ANY = Authorization.ANY;

	/** The first filter of every role: tasks assigned to me or open to one of my groups. */
	public static final String MY_WORK = "Mijn werk";

	/**
	 * Shown with every task in the list: which organisation, network and session it is about. Every
	 * user task gets them as its own variables ({@link TaskContextPlugin}); the processes pass the
	 * names on to every process they call ({@code camunda:in}).
	 */
	static final List<Map<String, String>> TASK_CONTEXT = List.of(
			Map.of("name", TaskContextPlugin.TASK_CONTEXT.get("organisationName"), "label", "Organisatie"),
			Map.of("name", TaskContextPlugin.TASK_CONTEXT.get("networkName"), "label", "Netwerk"),
			Map.of("name", TaskContextPlugin.TASK_CONTEXT.get("sessionTitle"), "label", "Sessie"));

	private final AuthorizationService authorizations;

	private final IdentityService identityService;

	private final FilterService filterService;

	private final TaskService taskService;

	AccessRights(AuthorizationService authorizations, IdentityService identityService, FilterService filterService,
			TaskService taskService) {
		this.authorizations = authorizations;
		this.identityService = identityService;
		this.filterService = filterService;
		this.taskService = taskService;
	}

	@Override
	public void run(ApplicationArguments args) {
		ROLE_GROUPS.forEach(this::createGroup);

		grant(Groups.COORDINATORS, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
		grant(Groups.COORDINATORS, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
		grant(Groups.COORDINATORS, Resources.PROCESS_DEFINITION, ANY, Permissions.ALL);
		grant(Groups.COORDINATORS, Resources.PROCESS_INSTANCE, ANY, Permissions.ALL);
		grant(Groups.COORDINATORS, Resources.TASK, ANY, Permissions.ALL);
		grant(Groups.COORDINATORS, Resources.DEPLOYMENT, ANY, Permissions.READ);
		grant(Groups.COORDINATORS, Resources.USER, ANY, Permissions.READ);
		grant(Groups.COORDINATORS, Resources.GROUP, ANY, Permissions.READ);

		workNotUpdate();

		grant(Groups.ADVISERS, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
		grant(Groups.PARTICIPANTS, Resources.APPLICATION, "tasklist", Permissions.ACCESS);

		grant(Groups.PROCESS_OWNERS, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
		grant(Groups.PROCESS_OWNERS, Resources.DEPLOYMENT, ANY, Permissions.CREATE, Permissions.READ);
		// earlier versions let process owners delete deployments, and with them the networks running on them
		revoke(Groups.PROCESS_OWNERS, Resources.DEPLOYMENT, ANY, Permissions.DELETE);
		grant(Groups.PROCESS_OWNERS, Resources.PROCESS_DEFINITION, ANY, Permissions.READ);

		List<String> everyone = List.of(Groups.COORDINATORS, Groups.ADVISERS, Groups.PARTICIPANTS);
		// First: everything that is mine to do, so that nobody lands on an empty list.
		createFilter(MY_WORK, "Taken die aan mij zijn toegewezen of die iemand van mijn groepen kan oppakken", -20,
				taskService.createTaskQuery()
					.or()
					.taskAssigneeExpression("${currentUser()}")
					.taskCandidateGroupInExpression("${currentUserGroups()}")
					.endOr(),
				everyone);
		createFilter("Mijn taken", "Taken die aan mij zijn toegewezen", -10,
				taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}"), everyone);
		createFilter("Taken van mijn groepen", "Taken die iemand van mijn groepen kan oppakken", 0,
				taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks(),
				everyone);
		String allTasks = createFilter("Alle taken", "Alle open taken die ik mag zien", 10, taskService.createTaskQuery(),
				List.of(Groups.COORDINATORS, Groups.ADVISERS));
		// A participant's other two lists hold every task they may see; this one made the engine
		// check every open task of every network for them (README, "Performance").
		revoke(Groups.PARTICIPANTS, Resources.FILTER, allTasks, Permissions.READ);
	}

	/**
	 * Coordinators (and the administrators) steer the networks: they send messages and may set any
	 * variable. Everyone else works only through the forms of their own tasks.
	 */
	public static boolean isCoordinator(ProcessEngine engine, Authentication authentication) {
		if (authentication == null) {
			return false;
		}
		List<String> groups = authentication.getGroupIds() == null ? List.of() : authentication.getGroupIds();
		ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
		List<String> adminGroups = configuration.getAdminGroups() == null ? List.of() : configuration.getAdminGroups();
		List<String> adminUsers = configuration.getAdminUsers() == null ? List.of() : configuration.getAdminUsers();
		return groups.contains(Groups.COORDINATORS) || groups.stream().anyMatch(adminGroups::contains)
				|| adminUsers.contains(authentication.getUserId());
	}

	/**
	 * The engine grants a task's assignee and candidates TASK_WORK (application.yaml): claim,
	 * complete, no re-routing. Tasks created by an earlier release carry UPDATE, which lets a
	 * participant change candidate groups, assignees and parent task; those grants become
	 * TASK_WORK. The coordinators' grant on every task ({@code *}) stays as it is.
	 */
	private void workNotUpdate() {
		for (Authorization authorization : authorizations.createAuthorizationQuery()
			.resourceType(Resources.TASK)
			.hasPermission(Permissions.UPDATE)
			.list()) {
			if (!ANY.equals(authorization.getResourceId())
					&& authorization.getAuthorizationType() == Authorization.AUTH_TYPE_GRANT) {
				authorization.removePermission(Permissions.UPDATE);
				authorization.addPermission(Permissions.TASK_WORK);
				authorizations.saveAuthorization(authorization);
			}
		}
	}

	/** An adviser assigned to an organisation may follow its trajectory. */
	public void grantTrajectory(String adviser, String trajectoryInstanceId) {
		grantUser(adviser, Resources.PROCESS_INSTANCE, trajectoryInstanceId, Permissions.READ);
	}

	private void createGroup(String id, String name) {
		if (identityService.createGroupQuery().groupId(id).count() == 0) {
			Group group = identityService.newGroup(id);
			group.setName(name);
			group.setType("WORKFLOW");
			identityService.saveGroup(group);
		}
	}

	/**
	 * Creates the filter, or brings an existing one (found by name) up to this release's query and
	 * properties, so that an existing database shows the same lists as a new one. Its id and the
	 * rights granted on it stay.
	 */
	private String createFilter(String name, String description, int priority, TaskQuery query, List<String> groups) {
		Filter filter = filterService.createFilterQuery().filterName(name).singleResult();
		if (filter == null) {
			filter = filterService.newTaskFilter(name);
		}
		filter.setQuery(query);
		filter.setProperties(Map.of("description", description, "priority", priority, "refresh", true, "variables",
				TASK_CONTEXT));
		filterService.saveFilter(filter);
		for (String group : groups) {
			grant(group, Resources.FILTER, filter.getId(), Permissions.READ);
		}
		return filter.getId();
	}

	private void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
		if (authorizations.createAuthorizationQuery()
			.groupIdIn(groupId)
			.resourceType(resource)
			.resourceId(resourceId)
			.count() > 0) {
			return;
		}
		Authorization authorization = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
		authorization.setGroupId(groupId);
		authorization.setResource(resource);
		authorization.setResourceId(resourceId);
		for (Permission permission : permissions) {
			authorization.addPermission(permission);
		}
		authorizations.saveAuthorization(authorization);
	}

	/** Takes back a permission that an older release granted; {@link #grant} leaves existing grants alone. */
	private void revoke(String groupId, Resource resource, String resourceId, Permission permission) {
		for (Authorization authorization : authorizations.createAuthorizationQuery()
			.groupIdIn(groupId)
			.resourceType(resource)
			.resourceId(resourceId)
			.authorizationType(Authorization.AUTH_TYPE_GRANT)
			.list()) {
			if (authorization.isPermissionGranted(permission)) {
				authorization.removePermission(permission);
				authorizations.saveAuthorization(authorization);
			}
		}
	}

	private void grantUser(String userId, Resource resource, String resourceId, Permission... permissions) {
		if (authorizations.createAuthorizationQuery()
			.userIdIn(userId)
			.resourceType(resource)
			.resourceId(resourceId)
			.count() > 0) {
			return;
		}
		Authorization authorization = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
		authorization.setUserId(userId);
		authorization.setResource(resource);
		authorization.setResourceId(resourceId);
		for (Permission permission : permissions) {
			authorization.addPermission(permission);
		}
		authorizations.saveAuthorization(authorization);
	}

}
