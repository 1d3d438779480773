package org.leernet.process;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;

import org.leernet.process.FormValues;
import org.springframework.stereotype.Component;

/**
 * Dates for the BPMN's reminder timers, e.g.
 * {@code ${reminderDates.beforeSession(sessionStart, sessionReminderDays)}}.
 */
@Component("reminderDates")
public class ReminderDates {

	/**
	 * That many days before the session starts (a date in the past fires at once). The days may
	 * also be text, such as "7": the "wait" element template passes what a process owner typed.
	 */
	public Date beforeSession(Object sessionStart, Object days) {
		if (sessionStart == null) {
			throw new IllegalArgumentException(
					"Geen start van de sessie om een herinnering op te plannen (no session start for the reminder timer)");
		}
		OffsetDateTime start = sessionStart instanceof Date date ? date.toInstant().atOffset(ZoneOffset.UTC)
				: FormValues.parseDateTime(sessionStart.toString().trim());
		return Date.from(start.minusDays(days(days)).toInstant());
	}

	private static long days(Object days) {
		if (days == null) {
			return 2;
		}
		if (days instanceof Number number) {
			return number.longValue();
		}
		try {
			return Long.parseLong(days.toString().trim());
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("Geen aantal dagen: '" + days + "' (not a number of days)", ex);
		}
	}

}
