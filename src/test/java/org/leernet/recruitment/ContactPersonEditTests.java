package org.leernet.recruitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leernet.identity.AccessRights;
import org.leernet.identity.ParticipantAccounts;
import org.leernet.identity.SystemActions;
import org.leernet.network.NetworkService;
import org.leernet.process.InvalidInputException;

/**
 * The rules of a coordinator's changes to contact persons ({@link RecruitmentService}'s block
 * "Contact persons, edited by a coordinator"), with their Dutch messages: no Spring, no engine,
 * the table and the accounts mocked.
 */
class ContactPersonEditTests {

	static final Organisation BOUW = new Organisation(3, 7, "bouw-bv", "Bouw BV", "bouw", OrganisationStatus.REGISTERED,
			null);

	static final ContactPersonRow ELS = new ContactPersonRow(11, "Els Peeters", "els@bouw.example", true, "t1", "els-peeters",
			null);

	static final ContactPersonRow JAN = new ContactPersonRow(12, "Jan Claes", "jan@bouw.example", false, "t2", "jan-claes",
			"09 123 45 67");

	OrganisationRepository organisations;

	ParticipantAccounts accounts;

	RecruitmentService recruitment;

	List<ContactPersonRow> contacts;

	@BeforeEach
	@SuppressWarnings("unchecked")
	void service() {
		organisations = mock(OrganisationRepository.class);
		accounts = mock(ParticipantAccounts.class);
		SystemActions system = mock(SystemActions.class);
		when(system.run(any(Supplier.class))).thenAnswer(call -> ((Supplier<Object>) call.getArgument(0)).get());
		doAnswer(call -> {
			((Runnable) call.getArgument(0)).run();
			return null;
		}).when(system).run(any(Runnable.class));
		recruitment = new RecruitmentService(organisations, accounts, system, mock(NetworkService.class),
				mock(RuntimeService.class), mock(IdentityService.class), mock(AccessRights.class));
		contacts = new ArrayList<>(List.of(ELS, JAN));
		organisation(BOUW);
		when(organisations.contacts(3)).thenAnswer(call -> List.copyOf(contacts));
		when(organisations.contact(anyLong()))
			.thenAnswer(call -> contacts.stream().filter(row -> row.id() == (long) call.getArgument(0)).findFirst());
		when(organisations.organisationOfContact(anyLong())).thenAnswer(call -> contacts.stream()
			.anyMatch(row -> row.id() == (long) call.getArgument(0)) ? Optional.of(3L) : Optional.empty());
	}

	void organisation(Organisation organisation) {
		when(organisations.find("bouw-bv")).thenReturn(Optional.of(organisation));
	}

	@Test
	void aChangedContactIsStoredTrimmedAndTheirAccountFollows() {
		recruitment.updateContact("bouw-bv", 11, new ContactPerson("  Els Janssens ", " els.j@bouw.example ", " +32  9 1 "));
		verify(organisations).updateContact(11, new ContactPerson("Els Janssens", "els.j@bouw.example", "+32 9 1"));
		verify(accounts).updateContactAccount("els-peeters", "Els Janssens", "els.j@bouw.example");
	}

	@Test
	void anAddressOnlyChangedInCaseIsNotCheckedAgainstTheirOwnAccount() {
		recruitment.updateContact("bouw-bv", 11, new ContactPerson("Els Peeters", "ELS@bouw.example", null));
		verify(accounts, never()).otherUsersWithAddress(anyString(), anyString());
		verify(organisations).updateContact(11, new ContactPerson("Els Peeters", "ELS@bouw.example", null));
	}

	@Test
	void nameAndValidAddressAreRequiredAndThePhoneIsLooselyAPhoneNumber() {
		assertRefused(() -> recruitment.updateContact("bouw-bv", 11, new ContactPerson(" ", "els@bouw.example", null)),
				"contactName", "De naam van de contactpersoon is verplicht.");
		assertRefused(() -> recruitment.updateContact("bouw-bv", 11, new ContactPerson("Els", "", null)), "contactEmail",
				"Het e-mailadres van de contactpersoon is verplicht.");
		assertRefused(() -> recruitment.updateContact("bouw-bv", 11, new ContactPerson("Els", "els@bouw", null)),
				"contactEmail", "'els@bouw' is geen geldig e-mailadres.");
		assertRefused(() -> recruitment.updateContact("bouw-bv", 11, new ContactPerson("Els", "els@bouw.example", "bel mij")),
				"contactPhone", "'bel mij' is geen telefoonnummer: gebruik cijfers, spaties en + / - . (bijvoorbeeld +32 9 123 45 67).");
		assertRefused(() -> recruitment.updateContact("bouw-bv", 11, new ContactPerson("Els", "els@bouw.example", "+-/.")),
				"contactPhone", "'+-/.' is geen telefoonnummer: gebruik cijfers, spaties en + / - . (bijvoorbeeld +32 9 123 45 67).");
		assertRefused(() -> recruitment.updateContact("bouw-bv", 11,
				new ContactPerson("Els", "els@bouw.example", "1".repeat(31))), "contactPhone",
				"Het telefoonnummer mag hoogstens 30 tekens lang zijn (nu 31).");
		assertRefused(() -> recruitment.updateContact("bouw-bv", 11,
				new ContactPerson("x".repeat(201), "els@bouw.example", null)), "contactName",
				"De naam van een contactpersoon mag hoogstens 200 tekens lang zijn (nu 201).");
		assertRefused(() -> recruitment.updateContact("bouw-bv", 11, new ContactPerson("Els", "els@bouw.example", "+32 (0)9")),
				"contactPhone", "'+32 (0)9' is geen telefoonnummer: gebruik cijfers, spaties en + / - . (bijvoorbeeld +32 9 123 45 67).");
		for (String phone : List.of("09/123.45.67", "0470-12 34 56", "+32 9 123 45 67", "")) {
			recruitment.updateContact("bouw-bv", 11, new ContactPerson("Els", "els@bouw.example", phone));
		}
		verify(organisations).updateContact(11, new ContactPerson("Els", "els@bouw.example", null));
	}

	@Test
	void aChangedAddressMayNotBeAStaffMembersOrAnotherContactsOrAnotherAccounts() {
		when(organisations.contactAddressTakenByOther("jan@bouw.example", 11)).thenReturn(true);
		assertRefused(() -> recruitment.updateContact("bouw-bv", 11, new ContactPerson("Els", "Jan@bouw.example", null)),
				"contactEmail", "'Jan@bouw.example' is al het e-mailadres van een andere contactpersoon (van deze of een"
						+ " andere organisatie). Een contactpersoon hoort bij één organisatie: geef een ander e-mailadres op.");
		when(accounts.isStaffAddress("coordinator@leernet.local")).thenReturn(true);
		assertRefused(() -> recruitment.updateContact("bouw-bv", 11,
				new ContactPerson("Els", "coordinator@leernet.local", null)), "contactEmail",
				"'coordinator@leernet.local' is het e-mailadres van een medewerker van Leernet (coördinator, adviseur,"
						+ " proceseigenaar of beheerder). Geef het eigen e-mailadres van de contactpersoon op.");
		when(accounts.otherUsersWithAddress("iemand@elders.example", "els-peeters")).thenReturn(List.of("iemand"));
		assertRefused(() -> recruitment.updateContact("bouw-bv", 11, new ContactPerson("Els", "iemand@elders.example", null)),
				"contactEmail", "'iemand@elders.example' hoort al bij een ander account in Leernet. Geef een ander e-mailadres op.");
		verify(organisations, never()).updateContact(anyLong(), any());
		verify(accounts, never()).updateContactAccount(any(), any(), any());
	}

	@Test
	void aContactOfAnotherOrganisationIsNotChangedHere() {
		assertRefused(() -> recruitment.updateContact("bouw-bv", 99, new ContactPerson("Els", "els@bouw.example", null)),
				"contact", "Deze contactpersoon hoort niet bij Bouw BV (meer).");
		assertRefused(() -> recruitment.removeContact("bouw-bv", 99), "contact",
				"Deze contactpersoon hoort niet bij Bouw BV (meer).");
	}

	@Test
	void anAddedContactGetsAnAccountInTheGroupUpToThree() {
		when(accounts.contactPerson("bouw-bv", "Nora Nieuw", "nora@bouw.example")).thenReturn("nora-nieuw");
		ContactPersonRow nora = new ContactPersonRow(13, "Nora Nieuw", "nora@bouw.example", true, "t3", "nora-nieuw", null);
		when(organisations.addContact(eq(3L), any(), eq("nora-nieuw"))).thenAnswer(call -> {
			contacts.add(nora);
			return 13L;
		});
		assertThat(recruitment.addContact("bouw-bv", new ContactPerson("Nora Nieuw", "nora@bouw.example", null)))
			.isEqualTo(nora);
		verify(accounts).createOrganisationGroup("bouw-bv", "Bouw BV");
		assertRefused(() -> recruitment.addContact("bouw-bv", new ContactPerson("Vier", "vier@bouw.example", null)),
				"contacts", "Bouw BV heeft al 3 contactpersonen, het maximum. Verwijder eerst iemand, of wijzig de gegevens"
						+ " van een contactpersoon.");
	}

	@Test
	void anAddedContactHasTheChecksOfARegistration() {
		when(accounts.isStaffAddress("adviser1@leernet.local")).thenReturn(true);
		assertRefused(() -> recruitment.addContact("bouw-bv", new ContactPerson("Ad", "adviser1@leernet.local", null)),
				"contactEmail", "'adviser1@leernet.local' is het e-mailadres van een medewerker van Leernet (coördinator,"
						+ " adviseur, proceseigenaar of beheerder). Geef het eigen e-mailadres van de contactpersoon op.");
		when(accounts.isTakenAddress("genomen@elders.example")).thenReturn(true);
		assertRefused(() -> recruitment.addContact("bouw-bv", new ContactPerson("Ge", "genomen@elders.example", null)),
				"contactEmail", "'genomen@elders.example' hoort al bij een ander account in Leernet. Geef een ander e-mailadres op.");
		verify(accounts, never()).contactPerson(any(), any(), any());
	}

	@Test
	void aRemovedContactLeavesTheGroupAndTheLastOneStays() {
		doAnswer(call -> contacts.removeIf(row -> row.id() == (long) call.getArgument(0))).when(organisations)
			.deleteContact(anyLong());
		assertThat(recruitment.removeContact("bouw-bv", 12)).isEqualTo(JAN);
		verify(accounts).leaveOrganisation("jan-claes", "bouw-bv", false);
		assertRefused(() -> recruitment.removeContact("bouw-bv", 11), "contacts",
				"Els Peeters is de enige contactpersoon van Bouw BV. Een organisatie houdt minstens één contactpersoon:"
						+ " voeg eerst iemand toe.");
		verify(organisations, never()).deleteContact(11);
	}

	@Test
	void aWithdrawnOrganisationsContactsAreNoLongerChangedOrAddedButMayBeRemoved() {
		organisation(new Organisation(3, 7, "bouw-bv", "Bouw BV", "bouw", OrganisationStatus.WITHDRAWN, null));
		String refused = "Bouw BV is teruggetrokken: haar contactpersonen wijzigen of toevoegen kan niet meer (verwijderen wel).";
		assertRefused(() -> recruitment.updateContact("bouw-bv", 11, new ContactPerson("Els", "els@bouw.example", null)),
				"contacts", refused);
		assertRefused(() -> recruitment.addContact("bouw-bv", new ContactPerson("Nora", "nora@bouw.example", null)),
				"contacts", refused);
		recruitment.removeContact("bouw-bv", 12);
		verify(organisations).deleteContact(12);
	}

	static void assertRefused(Runnable change, String field, String message) {
		assertThatThrownBy(change::run).isInstanceOf(InvalidInputException.class)
			.hasMessage(message)
			.extracting(ex -> ((InvalidInputException) ex).<String>getDetail())
			.isEqualTo(field);
	}

}
