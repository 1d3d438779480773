package org.leernet.process;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Locale;

/**
 * Dates as a Flemish reader reads them in a sentence: "31 januari 2027", "15 november 2026 om
 * 10:00", in Brussels time. Every mail, page, form text and message uses these, never an ISO date.
 */
public final class DutchDates {

	public static final Locale DUTCH = Locale.forLanguageTag("nl-BE");

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", DUTCH);

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy 'om' HH:mm", DUTCH);

	private static final DateTimeFormatter DATE_TIME_SECONDS = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm:ss",
			DUTCH);

	private DutchDates() {
	}

	/** "31 januari 2027" */
	public static String date(LocalDate date) {
		return DATE.format(date);
	}

	/** "31 januari 2027", the day in Brussels */
	public static String date(Date date) {
		return DATE.format(date.toInstant().atZone(FormValues.BRUSSELS));
	}

	/** The day of this moment in Brussels: "12 maart 2027". */
	public static String date(OffsetDateTime time) {
		return DATE.format(time.atZoneSameInstant(FormValues.BRUSSELS));
	}

	/** "15 november 2026 om 10:00", in Brussels time */
	public static String dateTime(OffsetDateTime time) {
		return DATE_TIME.format(time.atZoneSameInstant(FormValues.BRUSSELS));
	}

	/** "15 november 2026 om 10:00", in Brussels time */
	public static String dateTime(Date time) {
		return DATE_TIME.format(time.toInstant().atZone(FormValues.BRUSSELS));
	}

	/** "15 november 2026 10:00:05", in Brussels time: when a mail was sent */
	public static String dateTimeSeconds(Instant time) {
		return DATE_TIME_SECONDS.format(time.atZone(FormValues.BRUSSELS));
	}

}
