package org.leernet.network;

import static org.leernet.process.ProcessVariables.*;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.leernet.process.ReminderSettings;
import org.leernet.process.DutchDates;
import org.leernet.process.FormOptions;
import org.leernet.process.FormValues;
import org.leernet.process.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * Checks the programme settings of the start form and stores the network. Runs in the
 * transaction that starts the network, so a bad value rolls the start back and the coordinator
 * sees the message on the form, with everything they typed still there. The network code
 * becomes the business key (Tasklist's Camunda Forms have no business key field).
 */
@Component
public class RegisterNetworkDelegate implements JavaDelegate {

	static final Pattern CODE = Pattern.compile("[A-Z0-9]+(-[A-Z0-9]+)*");

	private final NetworkRepository networks;

	private final ReminderSettings reminders;

	RegisterNetworkDelegate(NetworkRepository networks, ReminderSettings reminders) {
		this.networks = networks;
		this.reminders = reminders;
	}

	@Override
	public void execute(DelegateExecution execution) {
		FormValues form = FormValues.of(execution);
		String code = networkCode(execution, form);
		String name = form.requiredText(NETWORK_NAME, "De naam van het netwerk");
		ProgrammeSettings settings = new ProgrammeSettings(
				form.integer(MINIMUM_ORGANISATIONS, "Minimum aantal organisaties", ProgrammeSettings.DEFAULT_MINIMUM_ORGANISATIONS),
				form.integer(MAXIMUM_ORGANISATIONS, "Maximum aantal organisaties", ProgrammeSettings.DEFAULT_MAXIMUM_ORGANISATIONS),
				form.integer(COLLECTIVE_SESSIONS, "Aantal collectieve sessies", ProgrammeSettings.DEFAULT_COLLECTIVE_SESSIONS),
				form.integer(INDIVIDUAL_SESSIONS, "Aantal individuele sessies", ProgrammeSettings.DEFAULT_INDIVIDUAL_SESSIONS),
				form.integer(DURATION_MONTHS, "Looptijd", ProgrammeSettings.DEFAULT_DURATION_MONTHS),
				form.date(REGISTRATION_DEADLINE, "Uiterste inschrijvingsdatum"));
		LocalDate today = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), FormValues.BRUSSELS);
		List<String> problems = settings.problems(today);
		if (!problems.isEmpty()) {
			throw new InvalidInputException("programmeSettings", "Ongeldige programma-instellingen: " + String.join(" ", problems));
		}
		if (networks.exists(code)) {
			throw new InvalidInputException(NETWORK_CODE, "Er bestaat al een netwerk met code " + code + ".");
		}
		if (execution.hasVariable(COLLECTIVE_THEMES) && form.text(COLLECTIVE_THEMES) == null) {
			throw new InvalidInputException(COLLECTIVE_THEMES, "Geef minstens één thema voor de collectieve sessies.");
		}
		long id = networks.insert(code, name, settings, execution.getVariable("initiator") == null ? null
				: execution.getVariable("initiator").toString());

		execution.setProcessBusinessKey(code);
		execution.setVariable(NETWORK_ID, id);
		execution.setVariable(NETWORK_CODE, code);
		// normalised, so that expressions and later forms see numbers and an ISO date
		execution.setVariable(MINIMUM_ORGANISATIONS, settings.minimumOrganisations());
		execution.setVariable(MAXIMUM_ORGANISATIONS, settings.maximumOrganisations());
		execution.setVariable(COLLECTIVE_SESSIONS, settings.collectiveSessions());
		execution.setVariable(INDIVIDUAL_SESSIONS, settings.individualSessions());
		execution.setVariable(DURATION_MONTHS, settings.durationMonths());
		execution.setVariable(REGISTRATION_DEADLINE, settings.registrationDeadline().toString());
		execution.setVariable(REGISTRATION_DEADLINE_IN_WORDS, DutchDates.date(settings.registrationDeadline()));
		execution.setVariable(REGISTERED_ORGANISATIONS, 0);
		execution.setVariable(RECRUITMENT_CLOSED, false);
		execution.setVariable(SESSION_REMINDER_DAYS, reminders.sessionReminderDays());
		execution.setVariable(SURVEY_REMINDER_INTERVAL_DAYS, reminders.surveyReminderIntervalDays());
		execution.setVariable(SURVEY_REMINDER_COUNT, reminders.surveyReminderCount());
		execution.setVariable(EVALUATION_REMINDER_DAYS, reminders.evaluationReminderDays());
		execution.setVariable(EVALUATION_LAPSE_DAYS, reminders.evaluationLapseDays());
		execution.setVariable(THEME_OPTIONS, FormOptions.json(themes(form.text(COLLECTIVE_THEMES)).stream()
			.map(theme -> FormOptions.option(theme, theme))
			.toList()));
	}

	private static String networkCode(DelegateExecution execution, FormValues form) {
		String code = form.text(NETWORK_CODE);
		if (code == null) {
			code = execution.getProcessBusinessKey();
		}
		if (code == null || code.isBlank()) {
			throw new InvalidInputException(NETWORK_CODE, "De netwerkcode ontbreekt.");
		}
		if (!CODE.matcher(code).matches()) {
			throw new InvalidInputException(NETWORK_CODE, "De netwerkcode '" + code
					+ "' mag enkel hoofdletters, cijfers en koppeltekens bevatten, bijvoorbeeld HNW-2027-1.");
		}
		return code;
	}

	/** One theme per line; the reference programme's themes when none are given. */
	static List<String> themes(String text) {
		if (text == null) {
			return ProgrammeSettings.DEFAULT_THEMES;
		}
		List<String> themes = Arrays.stream(text.split("\\R")).map(String::trim).filter(line -> !line.isEmpty()).toList();
		return themes.isEmpty() ? ProgrammeSettings.DEFAULT_THEMES : themes;
	}

}
