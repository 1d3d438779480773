package org.leernet.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.leernet.network.Network;
import org.leernet.network.NetworkStatus;
import org.leernet.recruitment.Organisation;
import org.leernet.recruitment.OrganisationStatus;
import org.leernet.session.Session;
import org.leernet.session.SessionKind;
import org.leernet.session.SessionStatus;
import org.leernet.process.DutchDates;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Every mail template, rendered with the model the mail steps build, writes its dates in Dutch
 * words ("15 november 2026 om 10:00"), never as an ISO or numeric date.
 */
class MailTemplateDatesTests {

	/** 2026-11-15, 15/11/2026, 15-11-2026, 15.11.26: a date in digits */
	static final Pattern NUMERIC_DATE = Pattern
		.compile("\\b\\d{4}-\\d{1,2}-\\d{1,2}\\b|\\b\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}\\b");

	// 10:00 in Brussels (winter time), written with an offset as the forms send it
	static final OffsetDateTime START = OffsetDateTime.of(2026, 11, 15, 9, 0, 0, 0, ZoneOffset.UTC);

	static Stream<Arguments> renderings() {
		return Arrays.stream(MailKind.values())
			.flatMap(kind -> Stream.of(true, false)
				.flatMap(update -> Stream.of("txt", "html").map(type -> Arguments.of(kind, update, type))));
	}

	@ParameterizedTest(name = "{0} update={1} {2}")
	@MethodSource("renderings")
	void writesDatesInDutchWords(MailKind kind, boolean update, String type) {
		String text = render(kind, update, type);

		assertThat(NUMERIC_DATE.matcher(text).results().map(r -> r.group()).toList())
			.as("numeric dates in %s.%s", kind.template(), type)
			.isEmpty();
		if (text.contains("november")) {
			assertThat(text).containsAnyOf("15 november 2026 om 10:00", "15 november 2026");
		}
	}

	@Test
	void theDatedMailsShowTheirDateInWords() {
		assertThat(render(MailKind.SESSION_INVITATION, false, "txt")).contains("Wanneer: 15 november 2026 om 10:00");
		assertThat(render(MailKind.SESSION_UPDATE, true, "txt")).contains("De nieuwe datum is 15 november 2026 om 10:00.");
		assertThat(render(MailKind.SESSION_REMINDER, false, "html")).contains("15 november 2026 om 10:00");
		assertThat(render(MailKind.SESSION_CANCELLED, false, "txt")).contains("15 november 2026 om 10:00");
		assertThat(render(MailKind.TASK_OVERDUE, false, "txt")).contains("Vervaldatum: 15 november 2026");
	}

	@Test
	void everyTemplateFileIsAKindOfMail() throws IOException {
		List<String> kinds = Arrays.stream(MailKind.values()).map(MailKind::template).toList();
		try (Stream<Path> files = Files.list(Path.of("src/main/resources/templates/mail"))) {
			assertThat(files.map(file -> file.getFileName().toString())
				.filter(name -> name.endsWith(".txt"))
				.map(name -> name.substring(0, name.length() - ".txt".length()))).allMatch(kinds::contains);
		}
	}

	@Test
	void theNumericDatePatternCatchesWhatItShould() {
		assertThat(NUMERIC_DATE.matcher("Inschrijven kan tot 2027-01-31.").find()).isTrue();
		assertThat(NUMERIC_DATE.matcher("op 15/11/2026 om 10:00").find()).isTrue();
		assertThat(NUMERIC_DATE.matcher("op 15-11-2026").find()).isTrue();
		assertThat(NUMERIC_DATE.matcher("op 15 november 2026 om 10:00, lokaal 2.14").find()).isFalse();
	}

	/** The model as the mail steps and MailService put it together, with every name a template reads. */
	static String render(MailKind kind, boolean update, String type) {
		Network network = new Network(1, "HNW-TEST", "Het Nieuwe Werken Gent", 4, 12, 3, 2, 12,
				LocalDate.of(2027, 1, 31), NetworkStatus.RECRUITING);
		Organisation organisation = new Organisation(1, 1, "ORG-A", "Stad Gent", "Lokaal bestuur",
				OrganisationStatus.values()[0], "adviser");
		Session session = new Session(1, 1, 1L, SessionKind.COLLECTIVE, 1, START, START.plusHours(4), "Gent, lokaal 2.14",
				SessionStatus.values()[0], update ? 1 : 0, "Thema A\nThema B");
		Map<String, Object> model = new HashMap<>(MailContent.model(network, organisation, session));
		model.put("update", update);
		model.put("cancellationReason", "Te weinig inschrijvingen.");
		model.put("phaseName", "nulmeting");
		model.put("reminderCount", 2);
		model.put("reminderNumber", 2);
		model.put("taskName", "Sessie evalueren");
		model.put("processName", "Lerend netwerk");
		model.put("dueDate", DutchDates.date(Date.from(START.toInstant())));
		model.put("setPasswordUrl", "https://leernet.example/leernet/wachtwoord?token=abcdef");
		model.put("recipientName", "An Peeters");
		model.put("tasklistUrl", "https://leernet.example/camunda/app/tasklist/");
		model.put("unsubscribeUrl", "https://leernet.example/leernet/afmelden?token=abcdef");
		return ENGINE.process(kind.template() + "." + type, new Context(Locale.forLanguageTag("nl-BE"), model));
	}

	// the application's own engine, built once
	private static final TemplateEngine ENGINE = MailTemplates.templateEngine();

}
