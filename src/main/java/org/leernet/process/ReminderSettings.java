package org.leernet.process;

import static org.leernet.process.ProcessVariables.*;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code leernet.reminders.*}: the defaults a new network starts with. They become process
 * variables of the network, which the BPMN timers read, so a process owner sees them in Modeler.
 */
@ConfigurationProperties("leernet.reminders")
public record ReminderSettings(Integer sessionReminderDays, Integer surveyReminderIntervalDays,
		Integer surveyReminderCount, Integer evaluationReminderDays, Integer evaluationLapseDays) {

	public ReminderSettings {
		sessionReminderDays = sessionReminderDays == null ? 2 : sessionReminderDays;
		surveyReminderIntervalDays = surveyReminderIntervalDays == null ? 7 : surveyReminderIntervalDays;
		surveyReminderCount = surveyReminderCount == null ? 3 : surveyReminderCount;
		evaluationReminderDays = evaluationReminderDays == null ? 3 : evaluationReminderDays;
		// an evaluation nobody answers lapses as "niet beantwoord"; the programme never waits on it
		evaluationLapseDays = evaluationLapseDays == null ? 14 : evaluationLapseDays;
	}

	/** As the process variables a new network starts with. */
	public Map<String, Object> variables() {
		Map<String, Object> variables = new LinkedHashMap<>();
		variables.put(SESSION_REMINDER_DAYS, sessionReminderDays);
		variables.put(SURVEY_REMINDER_INTERVAL_DAYS, surveyReminderIntervalDays);
		variables.put(SURVEY_REMINDER_COUNT, surveyReminderCount);
		variables.put(EVALUATION_REMINDER_DAYS, evaluationReminderDays);
		variables.put(EVALUATION_LAPSE_DAYS, evaluationLapseDays);
		return variables;
	}

}
