package org.leernet.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.LocalDate;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.leernet.identity.SystemActions;
import org.leernet.process.InvalidInputException;

/** The rules of registering a network and extending its registrations, with their Dutch messages; no Spring, no engine. */
class NetworkRegistrationTests {

	static final LocalDate TODAY = ProgrammeSettingsTests.TODAY;

	static NetworkRegistration registration(String code, String name, String themes) {
		return new NetworkRegistration(code, name, ProgrammeSettingsTests.reference(TODAY.plusMonths(1)), themes, "coordinator");
	}

	@Test
	void aCompleteRegistrationPasses() {
		assertThatCode(() -> registration("HNW-2027-1", "Het Nieuwe Werken", null).validate(TODAY)).doesNotThrowAnyException();
	}

	@Test
	void theCodeIsRequiredAndMadeOfCapitalsDigitsAndHyphens() {
		assertRefused(registration("", "Het Nieuwe Werken", null), "networkCode", "De netwerkcode ontbreekt.");
		assertRefused(registration(null, "Het Nieuwe Werken", null), "networkCode", "De netwerkcode ontbreekt.");
		for (String code : new String[] { "hnw-2027", "HNW 2027", "HNW--1", "-HNW", "HNW-" }) {
			assertRefused(registration(code, "Het Nieuwe Werken", null), "networkCode", "De netwerkcode '" + code
					+ "' mag enkel hoofdletters, cijfers en koppeltekens bevatten, bijvoorbeeld HNW-2027-1.");
		}
	}

	@Test
	void theNameIsRequired() {
		assertRefused(registration("HNW-1", null, null), "networkName", "De naam van het netwerk is verplicht.");
		assertRefused(registration("HNW-1", "  ", null), "networkName", "De naam van het netwerk is verplicht.");
	}

	@Test
	void brokenSettingsAreRefusedTogetherInOneMessage() {
		NetworkRegistration registration = new NetworkRegistration("HNW-1", "Het Nieuwe Werken",
				new ProgrammeSettings(9, 5, 4, 5, 0, TODAY), null, null);
		assertRefused(registration, "programmeSettings", "Ongeldige programma-instellingen: "
				+ "Het maximum aantal organisaties (5) mag niet kleiner zijn dan het minimum (9). De looptijd moet minstens 1 maand zijn.");
	}

	@Test
	void themesLeftOutAreTheReferenceProgrammesButClearedThemesAreRefused() {
		assertThat(registration("HNW-1", "Het Nieuwe Werken", null).themeList()).isEqualTo(ProgrammeSettings.DEFAULT_THEMES);
		assertRefused(registration("HNW-1", "Het Nieuwe Werken", ""), "collectiveThemes",
				"Geef minstens één thema voor de collectieve sessies.");
		assertThat(registration("HNW-1", "Het Nieuwe Werken", " Teams \n\n Leiderschap\r\n").themeList())
			.containsExactly("Teams", "Leiderschap");
	}

	@Test
	void aCodeInUseIsRefusedAndNothingIsStored() {
		NetworkRepository repository = mock(NetworkRepository.class);
		when(repository.exists("HNW-1")).thenReturn(true);
		NetworkService service = new NetworkService(repository, mock(RuntimeService.class), mock(SystemActions.class));
		assertThatThrownBy(() -> service.register(registration("HNW-1", "Het Nieuwe Werken", null)))
			.isInstanceOf(InvalidInputException.class)
			.hasMessage("Er bestaat al een netwerk met code HNW-1.");
		verify(repository, never()).insert(anyString(), anyString(), any(), any());
	}

	@Test
	void anExtensionNeedsANewDeadlineAfterToday() {
		NetworkRepository repository = mock(NetworkRepository.class);
		NetworkService service = new NetworkService(repository, mock(RuntimeService.class), mock(SystemActions.class));
		LocalDate today = NetworkService.today();
		assertThatThrownBy(() -> service.extendRegistration("HNW-1", null)).isInstanceOf(InvalidInputException.class)
			.hasMessage("Kies een nieuwe uiterste inschrijvingsdatum om de inschrijvingen te verlengen.");
		assertThatThrownBy(() -> service.extendRegistration("HNW-1", today)).isInstanceOf(InvalidInputException.class)
			.hasMessageStartingWith("De nieuwe uiterste inschrijvingsdatum (")
			.hasMessageEndingWith(") moet na vandaag liggen.");
		verify(repository, never()).updateRegistrationDeadline(anyLong(), any());
	}

	static void assertRefused(NetworkRegistration registration, String field, String message) {
		assertThatThrownBy(() -> registration.validate(TODAY)).isInstanceOf(InvalidInputException.class)
			.hasMessage(message)
			.extracting(ex -> ((InvalidInputException) ex).<String>getDetail())
			.isEqualTo(field);
	}

}
