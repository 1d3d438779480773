package org.leernet.recruitment;

import static org.leernet.process.ProcessVariables.ADVISER;
import static org.leernet.process.ProcessVariables.ORGANISATION_CODE;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.leernet.identity.AccessRights;
import org.leernet.identity.Groups;
import org.leernet.identity.ParticipantAccounts;
import org.leernet.identity.SystemActions;
import org.leernet.network.Network;
import org.leernet.network.NetworkService;
import org.leernet.process.InvalidInputException;
import org.leernet.process.ProcessKeys;
import org.springframework.stereotype.Service;

/**
 * The front door of organisations: registering them (validation, unique codes, the waiting
 * list, their accounts), the network's start or cancellation for its registrations, an
 * adviser per trajectory, the case presentation, withdrawal and completion.
 */
@Service
public class RecruitmentService {

	static final String MESSAGE_EVALUATION_CANCELLED = "EvaluationCancelled";

	static final int MIN_CONTACTS = 2;

	static final int MAX_CONTACTS = 3;

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

	private final OrganisationRepository organisations;

	private final ParticipantAccounts accounts;

	private final SystemActions system;

	private final NetworkService networks;

	private final RuntimeService runtimeService;

	private final IdentityService identityService;

	private final AccessRights accessRights;

	RecruitmentService(OrganisationRepository organisations, ParticipantAccounts accounts, SystemActions system,
			NetworkService networks, RuntimeService runtimeService, IdentityService identityService,
			AccessRights accessRights) {
		this.organisations = organisations;
		this.accounts = accounts;
		this.system = system;
		this.networks = networks;
		this.runtimeService = runtimeService;
		this.identityService = identityService;
		this.accessRights = accessRights;
	}

	public record Registration(String name, String sector, String caseDescription, List<ContactPerson> contacts) {
	}

	/** A registration's result: the organisation, and how many now take part when the network starts. */
	public record Registered(Organisation organisation, int registeredCount) {
	}

	/** Registers an organisation in the network with this code; its code is made from its name. */
	public Registered register(String networkCode, Registration registration) {
		Network network = networks.get(networkCode);
		Organisation organisation = register(network, registration, null);
		return new Registered(organisation, registeredCount(network));
	}

	/**
	 * Registers an organisation in a network; past the network's maximum it goes on the
	 * waiting list. {@code preferredCode} may be null: the code is then made from the name.
	 */
	public Organisation register(Network network, Registration registration, String preferredCode) {
		validate(network, registration);
		String code = uniqueCode(preferredCode != null ? preferredCode : ParticipantAccounts.slug(registration.name()));
		OrganisationStatus status = organisations.ofNetwork(network.id(), OrganisationStatus.REGISTERED)
			.size() < network.maximumOrganisations() ? OrganisationStatus.REGISTERED : OrganisationStatus.WAITING_LIST;
		long id = organisations.insert(network.id(), code, registration.name(), registration.sector(),
				registration.caseDescription(), status);
		// the application creates the accounts, not the coordinator who registers
		system.run(() -> {
			accounts.createOrganisationGroup(code, registration.name());
			for (ContactPerson contact : registration.contacts()) {
				organisations.insertContact(id, contact, accounts.contactPerson(code, contact.name(), contact.email()));
			}
		});
		return get(code);
	}

	public Organisation get(String code) {
		return organisations.find(code)
			.orElseThrow(() -> new InvalidInputException(ORGANISATION_CODE, "Onbekende organisatie: " + code));
	}

	/**
	 * The organisation whose trajectory this instance is, never what a submission says: as
	 * recorded in our table; else, on the trajectory's first look-up (and for trajectories
	 * started before this release), the organisation the network called it for, which must belong
	 * to the network of the business key, and is recorded then.
	 */
	public Organisation ofTrajectory(ProcessKeys.Instance trajectory) {
		Optional<Organisation> recorded = organisations.findByTrajectory(trajectory.processInstanceId());
		if (recorded.isPresent()) {
			return recorded.get();
		}
		Organisation organisation = trajectory.calledFor() == null ? null : find(trajectory.calledFor()).orElse(null);
		if (organisation == null || organisation.networkId() != networks.get(trajectory.networkCode()).id()) {
			throw new IllegalStateException("Trajectory " + trajectory.processInstanceId() + " of network "
					+ trajectory.networkCode() + " has no organisation of that network");
		}
		organisations.recordTrajectory(organisation.id(), trajectory.processInstanceId());
		return organisation;
	}

	public Optional<Organisation> find(String code) {
		return organisations.find(code);
	}

	public List<Organisation> ofNetwork(long networkId) {
		return organisations.ofNetwork(networkId);
	}

	public List<Organisation> ofNetwork(long networkId, OrganisationStatus status) {
		return organisations.ofNetwork(networkId, status);
	}

	/** The organisations whose trajectory this adviser follows, in every network. */
	public List<Organisation> advisedBy(String adviser) {
		return organisations.advisedBy(adviser);
	}

	/** The organisations this user is a contact person of (one, in practice). */
	public List<Organisation> ofContactUser(String userId) {
		return organisations.ofContactUser(userId);
	}

	public List<ContactPersonRow> contacts(long organisationId) {
		return organisations.contacts(organisationId);
	}

	public List<String> contactUserIds(long organisationId) {
		return organisations.contactUserIds(organisationId);
	}

	/** The opt-out link of a reminder mail; false when the token is unknown. */
	public boolean stopReminders(String token) {
		return organisations.stopReminders(token);
	}

	/** True if this is the token of a contact person's opt-out link; changes nothing. */
	public boolean isReminderToken(String token) {
		return organisations.isUnsubscribeToken(token);
	}

	public void recordIntake(long organisationId, String workOrganisation, String maturity, String needs) {
		organisations.recordIntake(organisationId, workOrganisation, maturity, needs);
	}

	/**
	 * Enough organisations: the network runs with the registered ones (not the waiting list),
	 * which are returned, in their order of registration.
	 */
	public List<Organisation> openNetwork(String networkCode) {
		Network network = networks.get(networkCode);
		networks.open(network.id());
		return organisations.ofNetwork(network.id(), OrganisationStatus.REGISTERED);
	}

	/** Too few organisations and the coordinator cancels: the network and its registrations end. */
	public void cancelNetwork(String networkCode, String reason) {
		Network network = networks.get(networkCode);
		networks.cancel(network.id(), reason);
		organisations.cancelAll(network.id());
	}

	/** The adviser must be one of the advisers; they may then follow this trajectory, and no other. */
	public void assignAdviser(String organisationCode, String adviser, String trajectoryInstanceId) {
		if (isBlank(adviser)) {
			throw new InvalidInputException(ADVISER, "De adviseur is verplicht.");
		}
		if (system.run(() -> identityService.createUserQuery().userId(adviser).memberOfGroup(Groups.ADVISERS).count()) == 0) {
			throw new InvalidInputException(ADVISER, "'" + adviser + "' is geen adviseur.");
		}
		organisations.assignAdviser(get(organisationCode).id(), adviser);
		system.run(() -> accessRights.grantTrajectory(adviser, trajectoryInstanceId));
	}

	/** The case presentation's project summary and the department or team of the case, both required. */
	public void recordCasePresentation(String organisationCode, String projectSummary, String caseTeam) {
		if (isBlank(projectSummary)) {
			throw new InvalidInputException("projectSummary", "De samenvatting van het project is verplicht.");
		}
		if (isBlank(caseTeam)) {
			throw new InvalidInputException("caseTeam", "De afdeling of het team van de case is verplicht.");
		}
		organisations.recordCasePresentation(get(organisationCode).id(), projectSummary, caseTeam);
	}

	/**
	 * The organisation withdrew: it is marked so, and its open session evaluations (which live
	 * in the network's process, outside its trajectory) lapse. The rest of the network goes on.
	 */
	public void withdraw(String organisationCode) {
		organisations.updateStatus(get(organisationCode).id(), OrganisationStatus.WITHDRAWN);
		system.run(() -> runtimeService.createMessageCorrelation(MESSAGE_EVALUATION_CANCELLED)
			.processInstanceVariableEquals(ORGANISATION_CODE, organisationCode)
			.correlateAll());
	}

	/** The basic report is delivered: the organisation's trajectory is complete. */
	public void complete(String organisationCode) {
		organisations.updateStatus(get(organisationCode).id(), OrganisationStatus.COMPLETED);
	}

	public int registeredCount(Network network) {
		return organisations.ofNetwork(network.id(), OrganisationStatus.REGISTERED).size();
	}

	private void validate(Network network, Registration registration) {
		if (isBlank(registration.name())) {
			throw new InvalidInputException("organisationName", "De naam van de organisatie is verplicht.");
		}
		if (isBlank(registration.sector())) {
			throw new InvalidInputException("sector", "Kies de sector van de organisatie.");
		}
		if (isBlank(registration.caseDescription())) {
			throw new InvalidInputException("caseDescription", "Beschrijf de case van de organisatie.");
		}
		if (organisations.nameTaken(network.id(), registration.name())) {
			throw new InvalidInputException("organisationName",
					"'" + registration.name() + "' is al ingeschreven in netwerk " + network.code() + ".");
		}
		List<ContactPerson> contacts = registration.contacts();
		if (contacts.size() < MIN_CONTACTS || contacts.size() > MAX_CONTACTS) {
			throw new InvalidInputException("contacts",
					"Geef 2 à 3 contactpersonen op (nu " + contacts.size() + ").");
		}
		for (ContactPerson contact : contacts) {
			if (isBlank(contact.name())) {
				throw new InvalidInputException("contacts", "Elke contactpersoon heeft een naam nodig.");
			}
			if (isBlank(contact.email())) {
				throw new InvalidInputException("contacts", "Contactpersoon " + contact.name() + " heeft geen e-mailadres.");
			}
			if (!EMAIL.matcher(contact.email()).matches()) {
				throw new InvalidInputException("contacts",
						"'" + contact.email() + "' (" + contact.name() + ") is geen geldig e-mailadres.");
			}
		}
		validateAddressesAreTheirOwn(contacts);
	}

	/**
	 * Accounts are never linked by address: a contact person's address is nobody else's, not a
	 * staff member's, not another organisation's contact's (in any network), and not twice in
	 * one registration. Compared trimmed, in lower case.
	 */
	private void validateAddressesAreTheirOwn(List<ContactPerson> contacts) {
		Set<String> seen = new HashSet<>();
		for (ContactPerson contact : contacts) {
			String typed = contact.email().trim();
			String address = ParticipantAccounts.normalised(typed);
			if (!seen.add(address)) {
				throw new InvalidInputException("contacts", "'" + typed
						+ "' staat twee keer bij de contactpersonen. Elke contactpersoon heeft een eigen e-mailadres.");
			}
			if (organisations.contactAddressTaken(address)) {
				throw new InvalidInputException("contacts", "'" + typed
						+ "' is al het e-mailadres van een contactpersoon van een andere organisatie. Een contactpersoon"
						+ " hoort bij één organisatie: geef een ander e-mailadres op.");
			}
			if (accounts.isStaffAddress(address)) {
				throw new InvalidInputException("contacts", "'" + typed
						+ "' is het e-mailadres van een medewerker van Leernet (coördinator, adviseur, proceseigenaar of"
						+ " beheerder). Geef het eigen e-mailadres van de contactpersoon op.");
			}
			if (accounts.isTakenAddress(address)) {
				throw new InvalidInputException("contacts",
						"'" + typed + "' hoort al bij een ander account in Leernet. Geef een ander e-mailadres op.");
			}
		}
	}

	private String uniqueCode(String base) {
		String code = base;
		for (int i = 2; organisations.codeTaken(code); i++) {
			code = base + "-" + i;
		}
		return code;
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

	// Read by the overview's pages (issue 18)

	/** How many organisations of a network have this status: one row per network and status. */
	public record Standing(long networkId, OrganisationStatus status, int count) {
	}

	/** Every network's organisations counted by status, in one query. */
	public List<Standing> standings() {
		return organisations.standings();
	}

	/** When each withdrawn organisation of the network withdrew, by organisation id. */
	public java.util.Map<Long, java.time.OffsetDateTime> withdrawals(long networkId) {
		return organisations.withdrawals(networkId);
	}

}
