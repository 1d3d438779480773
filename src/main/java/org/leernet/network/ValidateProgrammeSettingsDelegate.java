package org.leernet.network;

import static org.leernet.network.NetworkVariables.*;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.List;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Checks the programme settings of the start form before anything is stored, and makes the
 * network code the business key (Tasklist's Camunda Forms have no business key field). Runs in
 * the transaction that starts the network, so a bad value rolls the start back and the
 * coordinator sees the message on the form, with everything they typed still there.
 */
@Component
public class ValidateProgrammeSettingsDelegate implements JavaDelegate {

	private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

	private static final Pattern NETWORK_CODE_PATTERN = Pattern.compile("[A-Z0-9]+(-[A-Z0-9]+)*");

	@Override
	public void execute(DelegateExecution execution) {
		useNetworkCodeAsBusinessKey(execution);
		ProgrammeSettings settings = new ProgrammeSettings(
				intVariable(execution, MINIMUM_ORGANISATIONS, ProgrammeSettings.DEFAULT_MINIMUM_ORGANISATIONS),
				intVariable(execution, MAXIMUM_ORGANISATIONS, ProgrammeSettings.DEFAULT_MAXIMUM_ORGANISATIONS),
				intVariable(execution, COLLECTIVE_SESSIONS, ProgrammeSettings.DEFAULT_COLLECTIVE_SESSIONS),
				intVariable(execution, INDIVIDUAL_SESSIONS, ProgrammeSettings.DEFAULT_INDIVIDUAL_SESSIONS),
				intVariable(execution, DURATION_MONTHS, ProgrammeSettings.DEFAULT_DURATION_MONTHS),
				dateVariable(execution, REGISTRATION_DEADLINE));
		LocalDate today = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), BRUSSELS);
		List<String> problems = settings.problems(today);
		if (!problems.isEmpty()) {
			throw new BadUserRequestException("Ongeldige programma-instellingen: " + String.join(" ", problems));
		}
	}

	private static void useNetworkCodeAsBusinessKey(DelegateExecution execution) {
		Object code = execution.getVariable(NETWORK_CODE);
		if (code == null || code.toString().isBlank()) {
			if (execution.getProcessBusinessKey() == null) {
				throw new BadUserRequestException("De netwerkcode ontbreekt.");
			}
			execution.setVariable(NETWORK_CODE, execution.getProcessBusinessKey());
			return;
		}
		String networkCode = code.toString().trim();
		if (!NETWORK_CODE_PATTERN.matcher(networkCode).matches()) {
			throw new BadUserRequestException("De netwerkcode '" + networkCode
					+ "' mag enkel hoofdletters, cijfers en koppeltekens bevatten, bijvoorbeeld HNW-2027-1.");
		}
		execution.setProcessBusinessKey(networkCode);
	}

	private static int intVariable(DelegateExecution execution, String name, int defaultValue) {
		Object value = execution.getVariable(name);
		if (value == null) {
			return defaultValue;
		}
		if (value instanceof Number number) {
			return number.intValue();
		}
		try {
			return Integer.parseInt(value.toString().trim());
		}
		catch (NumberFormatException ex) {
			throw new BadUserRequestException("'" + value + "' is geen geheel getal (" + name + ").");
		}
	}

	/** Accepts a Date or what form-js sends: {@code 2027-03-01} or {@code 2027-03-01T10:00+01:00}. */
	static LocalDate dateVariable(DelegateExecution execution, String name) {
		Object value = execution.getVariable(name);
		if (value == null || value.toString().isBlank()) {
			return null;
		}
		if (value instanceof Date date) {
			return LocalDate.ofInstant(date.toInstant(), BRUSSELS);
		}
		String text = value.toString().trim();
		try {
			return text.length() <= 10 ? LocalDate.parse(text) : OffsetDateTime.parse(text).toLocalDate();
		}
		catch (DateTimeParseException ex) {
			throw new BadUserRequestException("'" + text + "' is geen geldige datum (" + name + ").");
		}
	}

}
