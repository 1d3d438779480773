package org.leernet.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.Map;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.junit.jupiter.api.Test;
import org.leernet.process.FormValues;
import org.leernet.process.InvalidInputException;

/** The numbers of a programme and the rules they must meet, without Spring or an engine. */
class ProgrammeSettingsTests {

	static final LocalDate TODAY = LocalDate.of(2027, 1, 10);

	static ProgrammeSettings reference(LocalDate deadline) {
		return new ProgrammeSettings(4, 15, 4, 5, 12, deadline);
	}

	@Test
	void theReferenceProgrammeWithADeadlineFromTodayOnHasNoProblems() {
		assertThat(reference(TODAY).problems(TODAY)).isEmpty();
		assertThat(reference(TODAY.plusDays(20)).problems(TODAY)).isEmpty();
	}

	@Test
	void eachBrokenRuleHasItsOwnDutchMessage() {
		assertThat(new ProgrammeSettings(0, 15, 4, 5, 12, TODAY).problems(TODAY))
			.containsExactly("Het minimum aantal organisaties moet minstens 1 zijn.");
		assertThat(new ProgrammeSettings(9, 5, 4, 5, 12, TODAY).problems(TODAY))
			.containsExactly("Het maximum aantal organisaties (5) mag niet kleiner zijn dan het minimum (9).");
		assertThat(new ProgrammeSettings(4, 15, -1, 5, 12, TODAY).problems(TODAY))
			.containsExactly("Het aantal collectieve sessies mag niet negatief zijn.");
		assertThat(new ProgrammeSettings(4, 15, 4, -1, 12, TODAY).problems(TODAY))
			.containsExactly("Het aantal individuele sessies mag niet negatief zijn.");
		assertThat(new ProgrammeSettings(4, 15, 4, 5, 0, TODAY).problems(TODAY))
			.containsExactly("De looptijd moet minstens 1 maand zijn.");
		assertThat(reference(null).problems(TODAY)).containsExactly("De uiterste inschrijvingsdatum ontbreekt.");
		assertThat(reference(LocalDate.of(2020, 1, 31)).problems(TODAY))
			.containsExactly("De uiterste inschrijvingsdatum (31 januari 2020) ligt in het verleden.");
	}

	@Test
	void zeroSessionsOfAKindAreAllowed() {
		assertThat(new ProgrammeSettings(1, 1, 0, 0, 1, TODAY).problems(TODAY)).isEmpty();
	}

	@Test
	void allBrokenRulesAreListedTogether() {
		assertThat(new ProgrammeSettings(0, -1, -1, -1, 0, null).problems(TODAY)).hasSize(6);
	}

	@Test
	void aSubmissionWithoutTheNumbersGetsTheReferenceProgrammesNumbers() {
		ProgrammeSettings settings = ProgrammeSettings.read(form(Map.of("registrationDeadline", "2027-02-01")));
		assertThat(settings).isEqualTo(new ProgrammeSettings(ProgrammeSettings.DEFAULT_MINIMUM_ORGANISATIONS,
				ProgrammeSettings.DEFAULT_MAXIMUM_ORGANISATIONS, ProgrammeSettings.DEFAULT_COLLECTIVE_SESSIONS,
				ProgrammeSettings.DEFAULT_INDIVIDUAL_SESSIONS, ProgrammeSettings.DEFAULT_DURATION_MONTHS,
				LocalDate.of(2027, 2, 1)));
	}

	@Test
	void aSubmissionReadsTypedAndTextNumbers() {
		ProgrammeSettings settings = ProgrammeSettings.read(form(Map.of("minimumOrganisations", "3", "maximumOrganisations", 8,
				"collectiveSessions", 2, "individualSessions", "1", "durationMonths", 6, "registrationDeadline", "2027-02-01")));
		assertThat(settings).isEqualTo(new ProgrammeSettings(3, 8, 2, 1, 6, LocalDate.of(2027, 2, 1)));
	}

	@Test
	void aClearedNumberOrAWordIsRefusedNamingTheField() {
		assertThatThrownBy(() -> ProgrammeSettings.read(form(Map.of("durationMonths", ""))))
			.isInstanceOf(InvalidInputException.class)
			.hasMessage("Looptijd is verplicht.");
		assertThatThrownBy(() -> ProgrammeSettings.read(form(Map.of("maximumOrganisations", "veel"))))
			.isInstanceOf(InvalidInputException.class)
			.hasMessage("Maximum aantal organisaties: 'veel' is geen geheel getal.")
			.extracting(ex -> ((InvalidInputException) ex).<String>getDetail())
			.isEqualTo("maximumOrganisations");
	}

	@Test
	void asProcessVariablesTheSettingsAreNumbersAndAnIsoDateWithItsDutchWords() {
		assertThat(new ProgrammeSettings(3, 8, 2, 1, 6, LocalDate.of(2027, 2, 1)).variables()).containsExactly(
				Map.entry("minimumOrganisations", 3), Map.entry("maximumOrganisations", 8),
				Map.entry("collectiveSessions", 2), Map.entry("individualSessions", 1), Map.entry("durationMonths", 6),
				Map.entry("registrationDeadline", "2027-02-01"),
				Map.entry("registrationDeadlineInWords", "1 februari 2027"));
	}

	static FormValues form(Map<String, Object> submitted) {
		VariableScope scope = mock(VariableScope.class);
		when(scope.getVariable(anyString())).thenAnswer(call -> submitted.get(call.<String>getArgument(0)));
		when(scope.hasVariable(anyString())).thenAnswer(call -> submitted.containsKey(call.<String>getArgument(0)));
		return FormValues.of(scope);
	}

}
