package org.leernet.notification;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;

import org.leernet.system.FormValues;
import org.springframework.stereotype.Component;

/**
 * Dates for the BPMN's reminder timers, e.g.
 * {@code ${reminderDates.beforeSession(sessionStart, sessionReminderDays)}}.
 */
@Component("reminderDates")
public class ReminderDates {

	/** That many days before the session starts (a date in the past fires at once). */
	public Date beforeSession(Object sessionStart, Object days) {
		OffsetDateTime start = sessionStart instanceof Date date ? date.toInstant().atOffset(ZoneOffset.UTC)
				: FormValues.parseDateTime(sessionStart.toString().trim());
		return Date.from(start.minusDays(days == null ? 2 : ((Number) days).longValue()).toInstant());
	}

}
