package org.leernet.process;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Due and follow-up dates for BPMN expressions, e.g. {@code camunda:dueDate="${dueDates.inDays(7)}"},
 * so a process owner reads and changes the number of days in Modeler.
 */
@Component("dueDates")
public class DueDates {

	/** That many days from now (the engine's clock, so tests can move time). */
	public Date inDays(int days) {
		return Date.from(ClockUtil.getCurrentTime().toInstant().plusSeconds(days * 86_400L));
	}

	/** That many days after a date as forms send it ({@code 2027-03-01T10:00+01:00}) or a Date. */
	public Date daysAfter(Object date, int days) {
		if (date == null || date.toString().isBlank()) {
			return inDays(days);
		}
		OffsetDateTime start = date instanceof Date d ? d.toInstant().atOffset(ZoneOffset.UTC)
				: FormValues.parseDateTime(date.toString().trim());
		return Date.from(start.plusDays(days).toInstant());
	}

}
