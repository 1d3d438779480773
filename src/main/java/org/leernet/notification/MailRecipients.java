package org.leernet.notification;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.leernet.identity.Groups;
import org.leernet.recruitment.Organisation;
import org.leernet.recruitment.RecruitmentService;
import org.leernet.recruitment.OrganisationStatus;
import org.leernet.session.Session;
import org.leernet.session.SessionKind;
import org.springframework.stereotype.Component;

/** Who should get which mail: contact persons, advisers, coordinators. */
@Component
class MailRecipients {

	private final RecruitmentService organisations;

	private final IdentityService identityService;

	MailRecipients(RecruitmentService organisations, IdentityService identityService) {
		this.organisations = organisations;
		this.identityService = identityService;
	}

	List<Recipient> contactsOf(Organisation organisation) {
		return organisations.contacts(organisation.id())
			.stream()
			.map(Recipient::contact)
			.toList();
	}

	List<Recipient> coordinators() {
		return usersOf(identityService.createUserQuery().memberOfGroup(Groups.COORDINATORS).list());
	}

	List<Recipient> user(String userId) {
		return userId == null ? List.of() : usersOf(identityService.createUserQuery().userId(userId).list());
	}

	/**
	 * The people who should come to a session: for an intake or individual session the
	 * organisation's contacts and its adviser; for the kickoff, collective and closing sessions
	 * the contacts of every organisation taking part and their advisers.
	 */
	List<Recipient> of(Session session) {
		List<Organisation> attending = forOneOrganisation(session.kind())
				? List.of(organisationById(session.networkId(), session.organisationId()))
				: takingPart(session.networkId());
		Map<String, Recipient> byEmail = new LinkedHashMap<>();
		for (Organisation organisation : attending) {
			contactsOf(organisation).forEach(recipient -> byEmail.putIfAbsent(recipient.email(), recipient));
		}
		for (Organisation organisation : attending) {
			user(organisation.adviser()).forEach(recipient -> byEmail.putIfAbsent(recipient.email(), recipient));
		}
		return new ArrayList<>(byEmail.values());
	}

	/** The contact persons of every organisation taking part in the network (not the waiting list). */
	List<Recipient> contactsTakingPart(long networkId) {
		Map<String, Recipient> byEmail = new LinkedHashMap<>();
		for (Organisation organisation : takingPart(networkId)) {
			contactsOf(organisation).forEach(recipient -> byEmail.putIfAbsent(recipient.email(), recipient));
		}
		return new ArrayList<>(byEmail.values());
	}

	private List<Organisation> takingPart(long networkId) {
		return organisations.ofNetwork(networkId)
			.stream()
			.filter(org -> takesPart(org.status()))
			.toList();
	}

	/** An intake or individual session is one organisation's; the others are the whole network's. */
	static boolean forOneOrganisation(SessionKind kind) {
		return kind == SessionKind.INTAKE || kind == SessionKind.INDIVIDUAL;
	}

	/** Registered within the maximum, or through its trajectory: not waiting, withdrawn or cancelled. */
	static boolean takesPart(OrganisationStatus status) {
		return status == OrganisationStatus.REGISTERED || status == OrganisationStatus.COMPLETED;
	}

	private Organisation organisationById(long networkId, Long organisationId) {
		return organisations.ofNetwork(networkId)
			.stream()
			.filter(org -> org.id() == organisationId)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No organisation " + organisationId + " in network " + networkId));
	}

	private static List<Recipient> usersOf(List<User> users) {
		return users.stream()
			.filter(user -> user.getEmail() != null && !user.getEmail().isBlank())
			.map(user -> Recipient.staff((user.getFirstName() + " " + user.getLastName()).trim(), user.getEmail()))
			.toList();
	}

}
