package org.leernet.network;

import static org.leernet.process.ProcessVariables.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.leernet.process.DutchDates;
import org.leernet.process.FormValues;

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

	/** The bounds of the start form (forms/start-learning-network.form, validate.min/max). */
	static final int MAX_ORGANISATIONS = 50;

	static final int MAX_SESSIONS = 24;

	static final int MAX_DURATION_MONTHS = 60;

	/** From the start form: the template's numbers where the submission leaves a field out. */
	public static ProgrammeSettings read(FormValues form) {
		return new ProgrammeSettings(
				form.integer(MINIMUM_ORGANISATIONS, "Minimum aantal organisaties", DEFAULT_MINIMUM_ORGANISATIONS, 1,
						MAX_ORGANISATIONS),
				form.integer(MAXIMUM_ORGANISATIONS, "Maximum aantal organisaties", DEFAULT_MAXIMUM_ORGANISATIONS, 1,
						MAX_ORGANISATIONS),
				form.integer(COLLECTIVE_SESSIONS, "Aantal collectieve sessies", DEFAULT_COLLECTIVE_SESSIONS, 0, MAX_SESSIONS),
				form.integer(INDIVIDUAL_SESSIONS, "Aantal individuele sessies", DEFAULT_INDIVIDUAL_SESSIONS, 0, MAX_SESSIONS),
				form.integer(DURATION_MONTHS, "Looptijd", DEFAULT_DURATION_MONTHS, 1, MAX_DURATION_MONTHS),
				form.date(REGISTRATION_DEADLINE, "Uiterste inschrijvingsdatum"));
	}

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

	/** As process variables: numbers and an ISO date, so that expressions and later forms read them alike. */
	public Map<String, Object> variables() {
		Map<String, Object> variables = new LinkedHashMap<>();
		variables.put(MINIMUM_ORGANISATIONS, minimumOrganisations);
		variables.put(MAXIMUM_ORGANISATIONS, maximumOrganisations);
		variables.put(COLLECTIVE_SESSIONS, collectiveSessions);
		variables.put(INDIVIDUAL_SESSIONS, individualSessions);
		variables.put(DURATION_MONTHS, durationMonths);
		variables.put(REGISTRATION_DEADLINE, registrationDeadline.toString());
		variables.put(REGISTRATION_DEADLINE_IN_WORDS, DutchDates.date(registrationDeadline));
		return variables;
	}

}
