package org.leernet.identity;

import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.Base64;
import java.util.Locale;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * The Camunda users and groups behind an organisation: its group {@code organisation-<code>}
 * receives the participant tasks, its contact persons are its members.
 */
@Component
public class ParticipantAccounts {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final IdentityService identityService;

	ParticipantAccounts(IdentityService identityService) {
		this.identityService = identityService;
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
	 * The user of a contact person: the existing one with that email address, or a new one
	 * with a random password that nobody knows (they get a set-password link, never a password).
	 * Returns the user id.
	 */
	public String contactPerson(String organisationCode, String name, String email) {
		User user = identityService.createUserQuery().userEmail(email).list().stream().findFirst().orElse(null);
		if (user == null) {
			user = identityService.newUser(uniqueUserId(name));
			int space = name.indexOf(' ');
			user.setFirstName(space < 0 ? name : name.substring(0, space));
			user.setLastName(space < 0 ? "" : name.substring(space + 1));
			user.setEmail(email);
			user.setPassword(randomPassword());
			identityService.saveUser(user);
		}
		addMembership(user.getId(), Groups.PARTICIPANTS);
		addMembership(user.getId(), Groups.organisation(organisationCode));
		return user.getId();
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

}
