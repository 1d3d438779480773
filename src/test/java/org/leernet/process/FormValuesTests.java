package org.leernet.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.Spin;
import org.junit.jupiter.api.Test;

/**
 * What a submission carries, as Tasklist sends it (strings, Json) or a REST client or test does
 * (Java values), read into typed values; what cannot be read is refused in Dutch, naming the field.
 */
class FormValuesTests {

	/** A submission: the variables as the engine would hand them to an adapter. */
	private static FormValues submitted(Object... keysAndValues) {
		Map<String, Object> variables = new HashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			variables.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		VariableScope scope = mock(VariableScope.class);
		when(scope.getVariable(anyString())).thenAnswer(call -> variables.get(call.<String>getArgument(0)));
		when(scope.hasVariable(anyString())).thenAnswer(call -> variables.containsKey(call.<String>getArgument(0)));
		return FormValues.of(scope);
	}

	private static void refused(Runnable read, String field, String message) {
		assertThatThrownBy(read::run).isInstanceOf(InvalidInputException.class)
			.hasMessageContaining(message)
			.satisfies(ex -> assertThat(((InvalidInputException) ex).<Object>getDetail()).isEqualTo(field));
	}

	@Test
	void textIsTrimmedAndBlankIsAbsent() {
		FormValues form = submitted("name", "  Zorggroep Aurora ", "blank", "   ", "number", 42);
		assertThat(form.text("name")).isEqualTo("Zorggroep Aurora");
		assertThat(form.text("blank")).isNull();
		assertThat(form.text("missing")).isNull();
		assertThat(form.text("number")).isEqualTo("42");
	}

	@Test
	void wholeNumbersAreCheckedNotTruncated() {
		assertThat(submitted("n", 4).integer("n", "Aantal", 1, 5)).isEqualTo(4);
		assertThat(submitted("n", "4").integer("n", "Aantal", 1, 5)).isEqualTo(4);
		assertThat(submitted("n", 4.0).integer("n", "Aantal", 1, 5)).as("a whole double").isEqualTo(4);
		assertThat(submitted("n", "").integer("n", "Aantal", 1, 5)).isNull();
		refused(() -> submitted("n", 4.9).integer("n", "Aantal", 1, 5), "n", "Aantal: '4.9' is geen geheel getal.");
		refused(() -> submitted("n", "4,9").integer("n", "Aantal", 1, 5), "n", "is geen geheel getal");
		refused(() -> submitted("n", 4294967297L).integer("n", "Aantal"), "n",
				"Aantal moet een geheel getal van gewone grootte zijn, niet 4294967297.");
		refused(() -> submitted("n", 4294967297L).integer("n", "Aantal", 1, 5), "n",
				"Aantal moet een geheel getal van 1 tot 5 zijn, niet 4294967297.");
		refused(() -> submitted("n", 0).integer("n", "Aantal", 1, 5), "n", "van 1 tot 5");
		refused(() -> submitted("n", 0).integer("n", "Antwoorden", 1, Integer.MAX_VALUE), "n", "Antwoorden moet minstens 1 zijn");
	}

	@Test
	void requiredTextIsRefusedWhenBlankOrMissing() {
		assertThat(submitted("name", "Aurora").requiredText("name", "Naam")).isEqualTo("Aurora");
		refused(() -> submitted("name", " ").requiredText("name", "Naam"), "name", "Naam is verplicht.");
		refused(() -> submitted().requiredText("name", "Naam"), "name", "Naam is verplicht.");
	}

	@Test
	void aCheckboxIsTrueOnlyWhenTicked() {
		FormValues form = submitted("java", Boolean.TRUE, "text", " true ", "no", "nee", "off", false);
		assertThat(form.bool("java")).isTrue();
		assertThat(form.bool("text")).isTrue();
		assertThat(form.bool("no")).isFalse();
		assertThat(form.bool("off")).isFalse();
		assertThat(form.bool("missing")).isFalse();
	}

	@Test
	void integersFromNumbersOrTextAndOtherTextIsRefused() {
		FormValues form = submitted("long", 12L, "double", 3.0, "text", " 7 ", "blank", "");
		assertThat(form.integer("long", "Aantal")).isEqualTo(12);
		assertThat(form.integer("double", "Aantal")).isEqualTo(3);
		assertThat(form.integer("text", "Aantal")).isEqualTo(7);
		assertThat(form.integer("blank", "Aantal")).isNull();
		assertThat(form.integer("missing", "Aantal")).isNull();
		refused(() -> submitted("count", "vijf").integer("count", "Aantal"), "count",
				"Aantal: 'vijf' is geen geheel getal.");
		refused(() -> submitted("count", "2.5").integer("count", "Aantal"), "count",
				"Aantal: '2.5' is geen geheel getal.");
	}

	@Test
	void aRequiredNumberTakesTheDefaultWhenNotSentButIsRefusedWhenCleared() {
		assertThat(submitted().integer("sessions", "Aantal sessies", 4)).isEqualTo(4);
		assertThat(submitted("sessions", "6").integer("sessions", "Aantal sessies", 4)).isEqualTo(6);
		refused(() -> submitted("sessions", "").integer("sessions", "Aantal sessies", 4), "sessions",
				"Aantal sessies is verplicht.");
		refused(() -> submitted("sessions", null).integer("sessions", "Aantal sessies", 4), "sessions",
				"Aantal sessies is verplicht.");
	}

	@Test
	void dateTimesWithAZoneOrInBrusselsTime() {
		FormValues form = submitted("zoned", "2027-03-01T10:00+01:00", "utc", "2027-03-01T09:00Z", "local",
				"2027-07-01T10:00", "date", Date.from(OffsetDateTime.parse("2027-03-01T09:00Z").toInstant()), "blank", " ");
		assertThat(form.dateTime("zoned", "Start")).isEqualTo(OffsetDateTime.parse("2027-03-01T10:00+01:00"));
		assertThat(form.dateTime("utc", "Start").toInstant()).isEqualTo(OffsetDateTime.parse("2027-03-01T10:00+01:00").toInstant());
		assertThat(form.dateTime("local", "Start")).as("summer time in Brussels")
			.isEqualTo(OffsetDateTime.of(2027, 7, 1, 10, 0, 0, 0, ZoneOffset.ofHours(2)));
		assertThat(form.dateTime("date", "Start")).isEqualTo(OffsetDateTime.parse("2027-03-01T10:00+01:00"));
		assertThat(form.dateTime("blank", "Start")).isNull();
		assertThat(form.dateTime("missing", "Start")).isNull();
	}

	@Test
	void anUnreadableOrMissingDateTimeIsRefused() {
		refused(() -> submitted("start", "morgen om tien").dateTime("start", "Start"), "start",
				"Start: 'morgen om tien' is geen geldige datum en tijd.");
		refused(() -> submitted().requiredDateTime("start", "Start"), "start", "Start is verplicht.");
		assertThat(submitted("start", "2027-03-01T10:00+01:00").requiredDateTime("start", "Start"))
			.isEqualTo(OffsetDateTime.parse("2027-03-01T10:00+01:00"));
	}

	@Test
	void datesFromADateFieldOrADateTime() {
		FormValues form = submitted("day", "2027-03-01", "moment", "2027-03-01T23:30Z", "date",
				Date.from(OffsetDateTime.parse("2027-02-28T23:30Z").toInstant()));
		assertThat(form.date("day", "Datum")).isEqualTo(LocalDate.of(2027, 3, 1));
		assertThat(form.date("moment", "Datum")).as("as the submission wrote it").isEqualTo(LocalDate.of(2027, 3, 1));
		assertThat(form.date("date", "Datum")).as("the day in Brussels").isEqualTo(LocalDate.of(2027, 3, 1));
		assertThat(form.date("missing", "Datum")).isNull();
		refused(() -> submitted("day", "1 maart").date("day", "Datum"), "day", "Datum: '1 maart' is geen geldige datum.");
		refused(() -> submitted("day", "2027-02-30").date("day", "Datum"), "day", "Datum: '2027-02-30' is geen geldige datum.");
	}

	@Test
	void aChecklistAsJsonAsAJavaListOrOneText() {
		assertThat(submitted("themes", Spin.JSON("[\"Leiderschap\",\"Regelruimte\"]")).strings("themes"))
			.containsExactly("Leiderschap", "Regelruimte");
		assertThat(submitted("themes", List.of("Leiderschap", 3)).strings("themes")).containsExactly("Leiderschap", "3");
		assertThat(submitted("themes", "Leiderschap").strings("themes")).containsExactly("Leiderschap");
		assertThat(submitted("themes", " ").strings("themes")).isEmpty();
		assertThat(submitted().strings("themes")).isEmpty();
	}

	@Test
	void aDynamicListAsJsonOrJavaMaps() {
		assertThat(submitted("contacts",
				Spin.JSON("[{\"contactName\":\"Els\",\"contactEmail\":\"els@example.org\"},{\"contactName\":\"Jan\",\"contactEmail\":null}]"))
			.records("contacts"))
			.containsExactly(Map.of("contactName", "Els", "contactEmail", "els@example.org"),
					new HashMap<>(Map.of("contactName", "Jan")) {
						{
							put("contactEmail", null);
						}
					});
		assertThat(submitted("contacts", List.of(Map.of("contactName", "Els"), "geen groep")).records("contacts"))
			.containsExactly(Map.of("contactName", "Els"));
		assertThat(submitted().records("contacts")).isEmpty();
	}

}
