package org.leernet.process;

import java.util.List;
import java.util.Map;
import java.util.Set;


/**
 * The longest text the server accepts per form field: the {@code maxLength} its form shows (a test
 * keeps the two equal), and for choices the size of the column they are stored in. A longer
 * value is refused with a Dutch message naming the field, before it reaches a database column
 * (ours or Camunda's, which holds a text variable of at most 4000 characters).
 */
public final class TextLimits {

	private record Limit(int max, String label) {
	}

	private static final Map<String, Limit> TEXTS = Map.ofEntries(
			Map.entry("networkCode", new Limit(40, "De netwerkcode")),
			Map.entry("networkName", new Limit(200, "De naam van het netwerk")),
			Map.entry("collectiveThemes", new Limit(2000, "De thema's van de collectieve sessies")),
			Map.entry("organisationName", new Limit(200, "De naam van de organisatie")),
			Map.entry("caseDescription", new Limit(4000, "De case")),
			Map.entry("contactName", new Limit(200, "De naam van een contactpersoon")),
			Map.entry("contactEmail", new Limit(200, "Het e-mailadres van een contactpersoon")),
			Map.entry("cancellationReason", new Limit(4000, "De reden van de annulering")),
			Map.entry("sessionLocation", new Limit(200, "De locatie")),
			Map.entry("newSessionLocation", new Limit(200, "De nieuwe locatie")),
			Map.entry("rescheduleReason", new Limit(500, "De reden van de verplaatsing")),
			Map.entry("sessionNotes", new Limit(4000, "Het verslag")),
			Map.entry("intakeWorkOrganisation", new Limit(4000, "De arbeidsorganisatie")),
			Map.entry("intakeNeeds", new Limit(4000, "De noden en wensen")),
			Map.entry("projectSummary", new Limit(4000, "Het project")),
			Map.entry("caseTeam", new Limit(200, "De afdeling of het team van de case")),
			Map.entry("notApplicableReason", new Limit(500, "De reden")),
			Map.entry("reportSummary", new Limit(4000, "De samenvatting van het rapport")),
			Map.entry("reportLink", new Limit(1000, "De link naar het rapport")),
			Map.entry("reportRemarks", new Limit(4000, "De opmerkingen voor de adviseur")),
			Map.entry("deliveryNotes", new Limit(4000, "De opmerkingen bij de bezorging")),
			Map.entry("evaluationWentWell", new Limit(4000, "Wat was goed")),
			Map.entry("evaluationToImprove", new Limit(4000, "Wat kan beter")),
			Map.entry("durationNotes", new Limit(4000, "De toelichting")),
			Map.entry("networkEvaluation", new Limit(4000, "De evaluatie van het netwerk")),
			Map.entry("followUpNotes", new Limit(4000, "De toelichting bij de opvolging")));

	/** Choices (select, radio) have no maxLength in their form; their column is the limit. */
	private static final Map<String, Limit> CHOICES = Map.of(
			"sector", new Limit(40, "De sector"),
			"intakeMaturity", new Limit(20, "De maturiteit"),
			"followUp", new Limit(20, "De opvolging"),
			"adviser", new Limit(100, "De adviseur"));

	/** The selected themes of a session are stored together, one column. */
	private static final Map<String, Limit> LISTS = Map.of("sessionThemes", new Limit(2000, "De gekozen thema's"));

	/** Camunda stores a text variable in a column of 4000 characters (ACT_RU_VARIABLE.TEXT_). */
	static final int VARIABLE_MAX = 4000;

	private TextLimits() {
	}

	/** Refuses a text variable longer than its field allows, or than Camunda can store. */
	public static void checkVariable(String name, String text) {
		if (text == null) {
			return;
		}
		check(name, text.trim());
		if (text.length() > VARIABLE_MAX) {
			throw tooLong(name, new Limit(VARIABLE_MAX, "Het veld " + name), text.length());
		}
	}

	/** The server's maximum for a text field of a form, or null when it has none. */
	public static Integer maxLength(String key) {
		Limit limit = TEXTS.get(key);
		return limit == null ? null : limit.max();
	}

	/** The text fields the server limits. */
	public static Set<String> textFields() {
		return TEXTS.keySet();
	}

	/** Refuses {@code text} of field {@code key} when it is longer than that field allows. */
	public static void check(String key, String text) {
		Limit limit = TEXTS.containsKey(key) ? TEXTS.get(key) : CHOICES.get(key);
		if (limit != null && text != null && text.length() > limit.max()) {
			throw tooLong(key, limit, text.length());
		}
	}

	/** Refuses the values of a list field that together are longer than it can store. */
	public static void check(String key, List<String> values) {
		Limit limit = LISTS.get(key);
		if (limit != null) {
			int length = values.stream().mapToInt(value -> value.length() + 1).sum();
			if (length > limit.max()) {
				throw tooLong(key, limit, length);
			}
		}
		else {
			values.forEach(value -> check(key, value));
		}
	}

	private static InvalidInputException tooLong(String key, Limit limit, int length) {
		return new InvalidInputException(key, limit.label() + " mag hoogstens " + limit.max() + " tekens lang zijn (nu "
				+ length + ").");
	}

	// Read by contact persons: the fields of Leernet's own pages, which no Camunda form has

	private static final Map<String, Limit> PAGE_TEXTS = Map.of(
			"contactPhone", new Limit(30, "Het telefoonnummer"),
			"messageSubject", new Limit(200, "Het onderwerp van het bericht"),
			"messageText", new Limit(10000, "De tekst van het bericht"));

	/** The server's maximum for a text field of one of Leernet's own pages, or null when it has none. */
	public static Integer pageMaxLength(String key) {
		Limit limit = PAGE_TEXTS.get(key);
		return limit == null ? null : limit.max();
	}

	/** Refuses {@code text} of a page's field {@code key} when it is longer than that field allows. */
	public static void checkPage(String key, String text) {
		Limit limit = PAGE_TEXTS.get(key);
		if (limit != null && text != null && text.length() > limit.max()) {
			throw tooLong(key, limit, text.length());
		}
	}

}
