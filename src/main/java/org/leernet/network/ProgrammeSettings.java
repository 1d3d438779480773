package org.leernet.network;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.leernet.process.DutchDates;

/**
 * The numbers of one programme. The reference programme ("Lerend Netwerk Het Nieuwe Werken")
 * gives the defaults; a sister programme only changes the numbers.
 */
public record ProgrammeSettings(int minimumOrganisations, int maximumOrganisations, int collectiveSessions,
		int individualSessions, int durationMonths, LocalDate registrationDeadline) {

	public static final int DEFAULT_MINIMUM_ORGANISATIONS = 4;

	public static final int DEFAULT_MAXIMUM_ORGANISATIONS = 15;

	public static final int DEFAULT_COLLECTIVE_SESSIONS = 4;

	public static final int DEFAULT_INDIVIDUAL_SESSIONS = 5;

	public static final int DEFAULT_DURATION_MONTHS = 12;

	/** The themes of the reference programme's collective sessions. */
	public static final List<String> DEFAULT_THEMES = List.of("Stroomsgewijs organiseren (en niet functioneel)",
			"Bepalen van kerntaken en regelende taken", "Definiëren van rollen en verantwoordelijkheden",
			"Klantgerichte processen ontwerpen", "Een competentie- en preferentiematrix hanteren",
			"Impact van HNW en IAO op leiderschap", "Stap voor stap het verandertraject begeleiden");

	/** Dutch messages, one per broken rule; empty when the settings can be used. */
	public List<String> problems(LocalDate today) {
		List<String> problems = new ArrayList<>();
		if (minimumOrganisations < 1) {
			problems.add("Het minimum aantal organisaties moet minstens 1 zijn.");
		}
		if (maximumOrganisations < minimumOrganisations) {
			problems.add("Het maximum aantal organisaties (" + maximumOrganisations
					+ ") mag niet kleiner zijn dan het minimum (" + minimumOrganisations + ").");
		}
		if (collectiveSessions < 0) {
			problems.add("Het aantal collectieve sessies mag niet negatief zijn.");
		}
		if (individualSessions < 0) {
			problems.add("Het aantal individuele sessies mag niet negatief zijn.");
		}
		if (durationMonths < 1) {
			problems.add("De looptijd moet minstens 1 maand zijn.");
		}
		if (registrationDeadline == null) {
			problems.add("De uiterste inschrijvingsdatum ontbreekt.");
		}
		else if (registrationDeadline.isBefore(today)) {
			problems.add("De uiterste inschrijvingsdatum (" + DutchDates.date(registrationDeadline) + ") ligt in het verleden.");
		}
		return problems;
	}

}
