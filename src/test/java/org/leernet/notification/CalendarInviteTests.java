package org.leernet.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.StringReader;
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Optional;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStart;
import org.junit.jupiter.api.Test;
import org.leernet.notification.CalendarInvite.Method;

class CalendarInviteTests {

	static final String UID = "session-42@leernet";

	// Amsterdam winter time, so the UTC conversion is visible
	static final OffsetDateTime START = OffsetDateTime.of(2025, 3, 11, 14, 0, 0, 0, ZoneOffset.ofHours(1));

	static final OffsetDateTime END = START.plusHours(2);

	static final String SUMMARY = "Intakegesprek één: café De Brug";

	static String invite(Method method, int sequence) {
		return CalendarInvite.build(method, UID, sequence, START, END, SUMMARY, "Zaal 3, Stationsstraat 1, Zwolle",
				"Neem het ingevulde intakeformulier mee.", "coordinator@leernet.nl",
				List.of("jan@voorbeeld.nl", "anna.de.vries@voorbeeld.nl"));
	}

	static Calendar parse(String ics) throws Exception {
		return new CalendarBuilder().build(new StringReader(ics));
	}

	static VEvent event(Calendar calendar) {
		List<VEvent> events = calendar.getComponents("VEVENT");
		assertThat(events).hasSize(1);
		return events.get(0);
	}

	static Optional<String> value(VEvent event, String property) {
		return event.getProperty(property).map(Property::getValue);
	}

	@Test
	void requestCarriesMethodUidSequenceAndTheStartInstantInUtc() throws Exception {
		Calendar calendar = parse(invite(Method.REQUEST, 0));

		assertThat(calendar.getProperty(Property.METHOD).map(Property::getValue)).contains("REQUEST");
		assertThat(calendar.getProperty(Property.PRODID).map(Property::getValue))
			.contains("-//Leernet//Lerende netwerken//NL");
		assertThat(calendar.getProperty(Property.VERSION).map(Property::getValue)).contains("2.0");
		assertThat(calendar.getProperty(Property.CALSCALE).map(Property::getValue)).contains("GREGORIAN");
		VEvent event = event(calendar);
		assertThat(value(event, Property.UID)).contains(UID);
		assertThat(value(event, Property.SEQUENCE)).contains("0");
		assertThat(event.getProperty(Property.DTSTAMP)).isPresent();
		DtStart<Temporal> start = event.<Temporal>getStartDate().orElseThrow();
		assertThat(start.isUtc()).isTrue();
		assertThat(Instant.from(start.getDate())).isEqualTo(START.toInstant());
		assertThat(value(event, Property.DTSTART)).contains("20250311T130000Z");
		DtEnd<Temporal> end = event.<Temporal>getEndDate().orElseThrow();
		assertThat(Instant.from(end.getDate())).isEqualTo(END.toInstant());
	}

	@Test
	void dutchAccentsSurviveInSummaryAndLocationIsKept() throws Exception {
		VEvent event = event(parse(invite(Method.REQUEST, 0)));

		assertThat(value(event, Property.SUMMARY)).contains(SUMMARY);
		assertThat(value(event, Property.LOCATION)).contains("Zaal 3, Stationsstraat 1, Zwolle");
		assertThat(value(event, Property.DESCRIPTION)).contains("Neem het ingevulde intakeformulier mee.");
	}

	@Test
	void blankLocationAndDescriptionAreLeftOut() throws Exception {
		String ics = CalendarInvite.build(Method.REQUEST, UID, 0, START, END, SUMMARY, " ", null,
				"coordinator@leernet.nl", List.of("jan@voorbeeld.nl"));

		VEvent event = event(parse(ics));
		assertThat(event.getProperty(Property.LOCATION)).isEmpty();
		assertThat(event.getProperty(Property.DESCRIPTION)).isEmpty();
	}

	@Test
	void everyAttendeeIsARequiredParticipantWithoutRsvp() throws Exception {
		VEvent event = event(parse(invite(Method.REQUEST, 0)));

		assertThat(value(event, Property.ORGANIZER)).contains("mailto:coordinator@leernet.nl");
		List<Attendee> attendees = event.getProperties(Property.ATTENDEE);
		assertThat(attendees).extracting(Attendee::getCalAddress)
			.containsExactly(URI.create("mailto:jan@voorbeeld.nl"), URI.create("mailto:anna.de.vries@voorbeeld.nl"));
		assertThat(attendees).allSatisfy(attendee -> {
			assertThat(attendee.getParameter(Parameter.ROLE).map(Parameter::getValue)).contains("REQ-PARTICIPANT");
			assertThat(attendee.getParameter(Parameter.PARTSTAT).map(Parameter::getValue)).contains("NEEDS-ACTION");
			assertThat(attendee.getParameter(Parameter.RSVP).map(Parameter::getValue)).contains("FALSE");
		});
	}

	@Test
	void onlyACancellationIsMarkedCancelled() throws Exception {
		Calendar request = parse(invite(Method.REQUEST, 0));
		Calendar cancel = parse(invite(Method.CANCEL, 1));

		assertThat(event(request).getProperty(Property.STATUS)).isEmpty();
		assertThat(cancel.getProperty(Property.METHOD).map(Property::getValue)).contains("CANCEL");
		assertThat(value(event(cancel), Property.STATUS)).contains("CANCELLED");
		assertThat(value(event(cancel), Property.UID)).contains(UID);
	}

	@Test
	void anUpdateKeepsTheUidAndRaisesTheSequence() throws Exception {
		VEvent first = event(parse(invite(Method.REQUEST, 0)));
		String moved = CalendarInvite.build(Method.REQUEST, UID, 1, START.plusDays(7), END.plusDays(7), SUMMARY,
				null, null, "coordinator@leernet.nl", List.of("jan@voorbeeld.nl"));
		VEvent update = event(parse(moved));

		assertThat(value(update, Property.UID)).isEqualTo(value(first, Property.UID)).contains(UID);
		assertThat(update.getSequence().getSequenceNo()).isGreaterThan(first.getSequence().getSequenceNo());
		assertThat(Instant.from(update.<Temporal>getStartDate().orElseThrow().getDate()))
			.isEqualTo(START.plusDays(7).toInstant());
	}

	@Test
	void everyLineEndsWithCrlf() {
		String ics = invite(Method.REQUEST, 0);

		assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
		assertThat(ics.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
	}

	@Test
	void theOutputIsValidForTheIcal4jValidator() throws Exception {
		assertThat(parse(invite(Method.REQUEST, 0)).validate().hasErrors()).isFalse();
		assertThat(parse(invite(Method.CANCEL, 1)).validate().hasErrors()).isFalse();
	}

	@Test
	void anEndBeforeTheStartIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> CalendarInvite.build(Method.REQUEST, UID, 0, END, START,
				SUMMARY, null, null, "coordinator@leernet.nl", List.of("jan@voorbeeld.nl")));
	}

	@Test
	void fileNameTellsAnInvitationFromACancellation() {
		assertThat(CalendarInvite.fileName(Method.REQUEST)).isEqualTo("uitnodiging.ics");
		assertThat(CalendarInvite.fileName(Method.CANCEL)).isEqualTo("annulering.ics");
	}

}
