package org.leernet.overview.export;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

import org.leernet.process.FormValues;

/**
 * How a cell reads in an export: dates {@code dd-mm-jjjj}, times in 24 hours in Brussels, yes and
 * no in Dutch, and text that a spreadsheet would take for a formula marked as plain text.
 */
public final class ExportCells {

	public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

	public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");

	public static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	private ExportCells() {
	}

	/**
	 * True if a spreadsheet could read this text as a formula: it starts with {@code = + - @}, or
	 * with a tab or carriage return (which some spreadsheets skip before reading the rest).
	 */
	public static boolean looksLikeFormula(String text) {
		if (text == null || text.isEmpty()) {
			return false;
		}
		char first = text.charAt(0);
		return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
	}

	/** The text as a CSV cell: prefixed with {@code '} when it looks like a formula, so it stays text. */
	public static String guarded(String text) {
		return looksLikeFormula(text) ? "'" + text : text;
	}

	/** "12-03-2027" */
	public static String date(LocalDate date) {
		return date == null ? null : DATE.format(date);
	}

	/** "12-03-2027 14:05", in Brussels time */
	public static String dateTime(OffsetDateTime time) {
		return time == null ? null : DATE_TIME.format(brussels(time));
	}

	/** "14:05", in Brussels time */
	public static String time(OffsetDateTime time) {
		return time == null ? null : TIME.format(brussels(time));
	}

	/** The day in Brussels. */
	public static LocalDate day(OffsetDateTime time) {
		return time == null ? null : brussels(time).toLocalDate();
	}

	/** The wall-clock time in Brussels. */
	public static LocalDateTime brussels(OffsetDateTime time) {
		return time == null ? null : time.atZoneSameInstant(FormValues.BRUSSELS).toLocalDateTime();
	}

	/** "ja" / "nee"; empty when not known. */
	public static String yesNo(Boolean value) {
		return value == null ? null : value ? "ja" : "nee";
	}

	/** A cell as CSV text: dates and times in Dutch notation, text guarded. */
	public static String csv(Object cell) {
		if (cell == null) {
			return "";
		}
		if (cell instanceof LocalDate date) {
			return date(date);
		}
		if (cell instanceof OffsetDateTime time) {
			return dateTime(time);
		}
		if (cell instanceof Number number) {
			return number.toString();
		}
		return guarded(cell.toString());
	}

}
