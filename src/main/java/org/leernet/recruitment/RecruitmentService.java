package org.leernet.recruitment;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.leernet.identity.ParticipantAccounts;
import org.leernet.identity.SystemActions;
import org.leernet.network.Network;
import org.leernet.process.InvalidInputException;
import org.springframework.stereotype.Service;

/** Registering organisations: validation, unique codes, the waiting list, their accounts. */
@Service
public class RecruitmentService {

	static final int MIN_CONTACTS = 2;

	static final int MAX_CONTACTS = 3;

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

	private final OrganisationRepository organisations;

	private final ParticipantAccounts accounts;

	private final SystemActions system;

	RecruitmentService(OrganisationRepository organisations, ParticipantAccounts accounts, SystemActions system) {
		this.organisations = organisations;
		this.accounts = accounts;
		this.system = system;
	}

	public record Registration(String name, String sector, String caseDescription, List<ContactPerson> contacts) {
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
		return organisations.get(code);
	}

	public Organisation get(String code) {
		return organisations.get(code);
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

	public List<OrganisationRepository.ContactPersonRow> contacts(long organisationId) {
		return organisations.contacts(organisationId);
	}

	public List<String> contactUserIds(long organisationId) {
		return organisations.contactUserIds(organisationId);
	}

	/** The opt-out link of a reminder mail; false when the token is unknown. */
	public boolean stopReminders(String token) {
		return organisations.stopReminders(token);
	}

	public void updateStatus(long organisationId, OrganisationStatus status) {
		organisations.updateStatus(organisationId, status);
	}

	public void recordIntake(long organisationId, String workOrganisation, String maturity, String needs) {
		organisations.recordIntake(organisationId, workOrganisation, maturity, needs);
	}

	public void recordCasePresentation(long organisationId, String projectSummary, String caseTeam) {
		organisations.recordCasePresentation(organisationId, projectSummary, caseTeam);
	}

	public void assignAdviser(long organisationId, String adviser) {
		organisations.assignAdviser(organisationId, adviser);
	}

	public void cancelAll(long networkId) {
		organisations.cancelAll(networkId);
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

}
