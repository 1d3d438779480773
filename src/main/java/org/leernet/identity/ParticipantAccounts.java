package org.leernet.identity;

import java.security.SecureRandom;
import java.text.Normalizer;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.leernet.process.InvalidInputException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The Camunda users and groups behind an organisation: its group {@code organisation-<code>}
 * receives the participant tasks, its contact persons are its members. A contact person gets an
 * account of their own, never one that merely has the same address: a staff member's or another
 * organisation's contact's account would otherwise join the organisation (and get its link).
 */
@Component
public class ParticipantAccounts {

	/** The groups of people who work for Leernet; their addresses are never a contact person's. */
	static final List<String> STAFF_GROUPS = List.of(Groups.COORDINATORS, Groups.ADVISERS, Groups.PROCESS_OWNERS,
			"camunda-admin");

	private static final SecureRandom RANDOM = new SecureRandom();

	private final IdentityService identityService;

	private final JdbcClient jdbc;

	private final SystemActions system;

	private final String adminUserId;

	private final TaskService taskService;

	private final AuthorizationService authorizationService;

	ParticipantAccounts(IdentityService identityService, JdbcClient jdbc, SystemActions system,
			@Value("${camunda.bpm.admin-user.id:}") String adminUserId, TaskService taskService,
			AuthorizationService authorizationService) {
		this.identityService = identityService;
		this.taskService = taskService;
		this.authorizationService = authorizationService;
		this.jdbc = jdbc;
		this.system = system;
		this.adminUserId = adminUserId;
	}

	/** How addresses are compared: trimmed, in lower case. */
	public static String normalised(String email) {
		return email == null ? null : email.trim().toLowerCase(Locale.ROOT);
	}

	/** True if a coordinator, adviser, process owner or administrator has this address. */
	public boolean isStaffAddress(String email) {
		return usersWithAddress(email).stream().anyMatch(this::isStaff);
	}

	/**
	 * True if an account has this address that a contact person may not take over: anything
	 * but one an administrator prepared for a participant (member of {@code participants} only,
	 * as the demo's participant-a before its organisation registers).
	 */
	public boolean isTakenAddress(String email) {
		List<String> users = usersWithAddress(email);
		return users.size() > 1 || users.stream().anyMatch(user -> !isPreparedParticipant(user));
	}

	/** A staff member: in a staff group, or the administrator of the configuration. */
	public boolean isStaff(String userId) {
		return userId.equals(adminUserId) || system.run(
				() -> identityService.createGroupQuery().groupMember(userId).groupIdIn(STAFF_GROUPS.toArray(String[]::new)).count()) > 0;
	}

	/** Only an account Leernet made for a contact person, and no staff member's, gets a set-password link. */
	public boolean mayGetPasswordLink(String userId) {
		return madeForContact(userId) && !isStaff(userId);
	}

	public void createOrganisationGroup(String organisationCode, String organisationName) {
		String groupId = Groups.organisation(organisationCode);
		if (identityService.createGroupQuery().groupId(groupId).count() == 0) {
			Group group = identityService.newGroup(groupId);
			group.setName(organisationName);
			group.setType("WORKFLOW");
			identityService.saveGroup(group);
		}
	}

	/**
	 * The user of a contact person: a new one with a random password that nobody knows (they
	 * get a set-password link, never a password), or the participant account an administrator
	 * prepared with this address. Any other account with the address is refused (the
	 * registration checked that first: this guards a registration racing another). Returns the user id.
	 */
	public String contactPerson(String organisationCode, String name, String email) {
		if (isTakenAddress(email)) {
			throw new InvalidInputException("contacts", "'" + email.trim()
					+ "' hoort al bij een ander account in Leernet. Geef een ander e-mailadres op.");
		}
		List<String> users = usersWithAddress(email);
		String userId = users.isEmpty() ? newContactAccount(name, email.trim()) : users.get(0);
		addMembership(userId, Groups.PARTICIPANTS);
		addMembership(userId, Groups.organisation(organisationCode));
		return userId;
	}

	private String newContactAccount(String name, String email) {
		User user = identityService.newUser(uniqueUserId(name));
		int space = name.indexOf(' ');
		user.setFirstName(space < 0 ? name : name.substring(0, space));
		user.setLastName(space < 0 ? "" : name.substring(space + 1));
		user.setEmail(email);
		user.setPassword(randomPassword());
		identityService.saveUser(user);
		jdbc.sql("insert into contact_account (user_id, created_at) values (?, ?)")
			.params(user.getId(), OffsetDateTime.now())
			.update();
		return user.getId();
	}

	private boolean madeForContact(String userId) {
		return jdbc.sql("select count(*) from contact_account where user_id = ?").param(userId).query(Integer.class).single() > 0;
	}

	/** Camunda's own query compares addresses exactly; people type them in any case. */
	private List<String> usersWithAddress(String email) {
		return jdbc.sql("select ID_ from ACT_ID_USER where lower(trim(EMAIL_)) = ?")
			.param(normalised(email))
			.query(String.class)
			.list();
	}

	private boolean isPreparedParticipant(String userId) {
		List<String> groups = system.run(() -> identityService.createGroupQuery().groupMember(userId).list())
			.stream()
			.map(Group::getId)
			.toList();
		return groups.equals(List.of(Groups.PARTICIPANTS));
	}

	private void addMembership(String userId, String groupId) {
		if (identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
			identityService.createMembership(userId, groupId);
		}
	}

	private String uniqueUserId(String name) {
		String base = slug(name);
		String id = base;
		for (int i = 2; identityService.createUserQuery().userId(id).count() > 0; i++) {
			id = base + "-" + i;
		}
		return id;
	}

	/** {@code "Zorggroep Aurora"} becomes {@code zorggroep-aurora}: a valid Camunda resource id. */
	public static String slug(String text) {
		String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
		return slug.isEmpty() ? "x" : slug.length() > 50 ? slug.substring(0, 50).replaceAll("-+$", "") : slug;
	}

	private static String randomPassword() {
		byte[] bytes = new byte[24];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	// Contact persons, edited by a coordinator

	/**
	 * A contact person's name or address changed: their account follows. Its address always; its
	 * name only when Leernet made the account (a prepared account keeps the name its administrator
	 * gave it). A staff account is never changed here (the address checks keep them apart anyway).
	 */
	public void updateContactAccount(String userId, String name, String email) {
		User user = identityService.createUserQuery().userId(userId).singleResult();
		if (user == null || isStaff(userId)) {
			return;
		}
		user.setEmail(email.trim());
		if (madeForContact(userId)) {
			int space = name.indexOf(' ');
			user.setFirstName(space < 0 ? name : name.substring(0, space));
			user.setLastName(space < 0 ? "" : name.substring(space + 1));
		}
		identityService.saveUser(user);
	}

	/**
	 * A contact person was removed from an organisation: they leave its group, so they no longer
	 * see its tasks, and give back the ones they had claimed (with the grant the engine gave them
	 * as assignee). When they are no other organisation's contact, an account Leernet made for
	 * them is deleted, with its set-password links; a prepared account stays, without the group.
	 */
	public void leaveOrganisation(String userId, String organisationCode, boolean stillAContact) {
		String groupId = Groups.organisation(organisationCode);
		identityService.deleteMembership(userId, groupId);
		for (Task task : taskService.createTaskQuery().taskAssignee(userId).list()) {
			if (hasCandidateGroup(task.getId(), groupId)) {
				taskService.setAssignee(task.getId(), null);
				for (Authorization grant : authorizationService.createAuthorizationQuery()
					.userIdIn(userId)
					.resourceType(Resources.TASK)
					.resourceId(task.getId())
					.list()) {
					authorizationService.deleteAuthorization(grant.getId());
				}
			}
		}
		if (!stillAContact && madeForContact(userId) && !isStaff(userId)) {
			identityService.deleteUser(userId);
			jdbc.sql("delete from password_link where user_id = ?").param(userId).update();
			jdbc.sql("delete from contact_account where user_id = ?").param(userId).update();
		}
	}

	private boolean hasCandidateGroup(String taskId, String groupId) {
		for (IdentityLink link : taskService.getIdentityLinksForTask(taskId)) {
			if (IdentityLinkType.CANDIDATE.equals(link.getType()) && groupId.equals(link.getGroupId())) {
				return true;
			}
		}
		return false;
	}

	/** The other accounts than this one that have this address. */
	public List<String> otherUsersWithAddress(String email, String userId) {
		return usersWithAddress(email).stream().filter(user -> !user.equals(userId)).toList();
	}

}
