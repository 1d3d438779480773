package org.leernet.recruitment;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leernet.identity.AccessRights;
import org.leernet.identity.ParticipantAccounts;
import org.leernet.identity.SystemActions;
import org.leernet.network.Network;
import org.leernet.network.NetworkService;
import org.leernet.network.NetworkStatus;
import org.leernet.process.InvalidInputException;

/**
 * The rules of registering an organisation, with their Dutch messages, and the other input
 * {@link RecruitmentService} refuses; no Spring, no engine, the table mocked.
 */
class OrganisationRegistrationTests {

	static final Network NETWORK = new Network(7, "HNW-1", "Het Nieuwe Werken", 1, 2, 4, 5, 12, LocalDate.of(2027, 1, 31),
			NetworkStatus.RECRUITING);

	static final List<ContactPerson> TWO = List.of(new ContactPerson("Els", "els@bouw.example"),
			new ContactPerson("Jan", "jan@bouw.example"));

	OrganisationRepository organisations;

	ParticipantAccounts accounts;

	RecruitmentService recruitment;

	@BeforeEach
	void service() {
		organisations = mock(OrganisationRepository.class);
		accounts = mock(ParticipantAccounts.class);
		recruitment = new RecruitmentService(organisations, accounts, mock(SystemActions.class),
				mock(NetworkService.class), mock(RuntimeService.class), mock(IdentityService.class), mock(AccessRights.class));
	}

	@Test
	void nameSectorAndCaseAreRequired() {
		assertRefused(new RecruitmentService.Registration(" ", "bouw", "Werf", TWO), "organisationName",
				"De naam van de organisatie is verplicht.");
		assertRefused(new RecruitmentService.Registration("Bouw BV", null, "Werf", TWO), "sector",
				"Kies de sector van de organisatie.");
		assertRefused(new RecruitmentService.Registration("Bouw BV", "bouw", "", TWO), "caseDescription",
				"Beschrijf de case van de organisatie.");
	}

	@Test
	void aNameIsRegisteredOncePerNetwork() {
		when(organisations.nameTaken(7, "Bouw BV")).thenReturn(true);
		assertRefused(new RecruitmentService.Registration("Bouw BV", "bouw", "Werf", TWO), "organisationName",
				"'Bouw BV' is al ingeschreven in netwerk HNW-1.");
	}

	@Test
	void twoOrThreeContactPersonsEachWithANameAndAValidEmail() {
		assertRefused(new RecruitmentService.Registration("Bouw BV", "bouw", "Werf", TWO.subList(0, 1)), "contacts",
				"Geef 2 à 3 contactpersonen op (nu 1).");
		assertRefused(new RecruitmentService.Registration("Bouw BV", "bouw", "Werf",
				Collections.nCopies(4, TWO.get(0))), "contacts", "Geef 2 à 3 contactpersonen op (nu 4).");
		assertRefused(new RecruitmentService.Registration("Bouw BV", "bouw", "Werf",
				List.of(TWO.get(0), new ContactPerson(null, "jan@bouw.example"))), "contacts",
				"Elke contactpersoon heeft een naam nodig.");
		assertRefused(new RecruitmentService.Registration("Bouw BV", "bouw", "Werf",
				List.of(TWO.get(0), new ContactPerson("Jan", ""))), "contacts", "Contactpersoon Jan heeft geen e-mailadres.");
		assertRefused(new RecruitmentService.Registration("Bouw BV", "bouw", "Werf",
				List.of(TWO.get(0), new ContactPerson("Jan", "jan@bouw"))), "contacts",
				"'jan@bouw' (Jan) is geen geldig e-mailadres.");
	}

	@Test
	void aContactsAddressIsTheirOwnComparedTrimmedInLowerCase() {
		assertRefused(new RecruitmentService.Registration("Bouw BV", "bouw", "Werf",
				List.of(TWO.get(0), new ContactPerson("Els Twee", "ELS@bouw.example"))), "contacts",
				"'ELS@bouw.example' staat twee keer bij de contactpersonen. Elke contactpersoon heeft een eigen e-mailadres.");
		when(organisations.contactAddressTaken("jan@bouw.example")).thenReturn(true);
		assertRefused(new RecruitmentService.Registration("Bouw BV", "bouw", "Werf",
				List.of(TWO.get(0), new ContactPerson("Jan", "Jan@Bouw.example"))), "contacts",
				"'Jan@Bouw.example' is al het e-mailadres van een contactpersoon van een andere organisatie. Een"
						+ " contactpersoon hoort bij één organisatie: geef een ander e-mailadres op.");
		when(accounts.isStaffAddress("els@bouw.example")).thenReturn(true);
		assertRefused(new RecruitmentService.Registration("Bouw BV", "bouw", "Werf", TWO), "contacts",
				"'els@bouw.example' is het e-mailadres van een medewerker van Leernet (coördinator, adviseur,"
						+ " proceseigenaar of beheerder). Geef het eigen e-mailadres van de contactpersoon op.");
		when(accounts.isStaffAddress("els@bouw.example")).thenReturn(false);
		when(accounts.isTakenAddress("els@bouw.example")).thenReturn(true);
		assertRefused(new RecruitmentService.Registration("Bouw BV", "bouw", "Werf", TWO), "contacts",
				"'els@bouw.example' hoort al bij een ander account in Leernet. Geef een ander e-mailadres op.");
	}

	@Test
	void pastTheMaximumAnOrganisationGoesOnTheWaitingList() {
		Organisation first = new Organisation(1, 7, "eerste", "Eerste", "bouw", OrganisationStatus.REGISTERED, null);
		when(organisations.ofNetwork(7, OrganisationStatus.REGISTERED)).thenReturn(List.of(first, first));
		when(organisations.find("bouw-bv")).thenReturn(Optional.of(
				new Organisation(3, 7, "bouw-bv", "Bouw BV", "bouw", OrganisationStatus.WAITING_LIST, null)));
		recruitment.register(NETWORK, new RecruitmentService.Registration("Bouw BV", "bouw", "Werf", TWO), null);
		verify(organisations).insert(7, "bouw-bv", "Bouw BV", "bouw", "Werf", OrganisationStatus.WAITING_LIST);
	}

	@Test
	void anAdviserAndBothCasePresentationTextsAreRequired() {
		assertThatThrownBy(() -> recruitment.assignAdviser("bouw-bv", null, "trajectory-1"))
			.isInstanceOf(InvalidInputException.class)
			.hasMessage("De adviseur is verplicht.");
		assertThatThrownBy(() -> recruitment.recordCasePresentation("bouw-bv", null, "Klantendienst"))
			.isInstanceOf(InvalidInputException.class)
			.hasMessage("De samenvatting van het project is verplicht.");
		assertThatThrownBy(() -> recruitment.recordCasePresentation("bouw-bv", "Teams sturen zelf", " "))
			.isInstanceOf(InvalidInputException.class)
			.hasMessage("De afdeling of het team van de case is verplicht.");
		verify(organisations, never()).assignAdviser(anyLong(), anyString());
		verify(organisations, never()).recordCasePresentation(anyLong(), any(), any());
	}

	void assertRefused(RecruitmentService.Registration registration, String field, String message) {
		assertThatThrownBy(() -> recruitment.register(NETWORK, registration, null)).isInstanceOf(InvalidInputException.class)
			.hasMessage(message)
			.extracting(ex -> ((InvalidInputException) ex).<String>getDetail())
			.isEqualTo(field);
		verify(organisations, never()).insert(anyLong(), any(), any(), any(), any(), any());
	}

}
