package org.leernet.notification;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.leernet.session.Session;

/**
 * A text/calendar attachment (RFC 5545, iTIP methods of RFC 5546) with one event, so that mail clients offer to put a
 * session in the agenda, move it, or take it out again.
 */
public final class CalendarInvite {

	public static final String PRODUCT_ID = "-//Leernet//Lerende netwerken//NL";

	public enum Method {

		REQUEST, CANCEL

	}

	private CalendarInvite() {
	}

	/**
	 * Calendar clients match an update or cancellation to the earlier invitation by {@code uid}, and only apply it when
	 * {@code sequence} is higher than what they already have.
	 */
	public static String build(Method method, String uid, int sequence, OffsetDateTime start, OffsetDateTime end,
			String summary, String location, String description, String organizerEmail, List<String> attendeeEmails) {
		return build(method, event(uid, sequence, start, end, summary, location, description), organizerEmail,
				attendeeEmails);
	}

	/** The invitation (or cancellation) of one session, to these attendees: its event is {@link #sessionEvent}. */
	public static String build(Method method, Session session, String networkName, String organizerEmail,
			List<String> attendeeEmails) {
		return build(method, sessionEvent(session, networkName), organizerEmail, attendeeEmails);
	}

	/**
	 * The event of one session as every calendar of Leernet carries it, the invitations and the
	 * subscribable feeds alike: the same UID and SEQUENCE, so that a calendar that has both shows
	 * the session once, and the same summary, place and themes.
	 */
	public static VEvent sessionEvent(Session session, String networkName) {
		return event(session.calendarUid(), session.sequence(), session.plannedStart(), session.plannedEnd(),
				session.title() + " – " + networkName, session.location(), session.themes());
	}

	/** An event without organizer or attendees, as a feed publishes it; an invitation adds them. */
	public static VEvent event(String uid, int sequence, OffsetDateTime start, OffsetDateTime end, String summary,
			String location, String description) {
		Objects.requireNonNull(start, "start");
		Objects.requireNonNull(end, "end");
		requireText(uid, "uid");
		requireText(summary, "summary");
		if (sequence < 0) {
			throw new IllegalArgumentException("sequence must not be negative: " + sequence);
		}
		// RFC 5545 3.6.1: DTEND must be later than DTSTART
		if (!end.isAfter(start)) {
			throw new IllegalArgumentException("end " + end + " is not after start " + start);
		}

		VEvent event = new VEvent(false);
		event.add(new Uid(uid));
		event.add(new Sequence(sequence));
		event.add(new DtStamp(Instant.now()));
		// instants are written in UTC (…Z), so no VTIMEZONE is needed
		event.add(new DtStart<>(start.toInstant()));
		event.add(new DtEnd<>(end.toInstant()));
		event.add(new Summary(summary));
		if (hasText(location)) {
			event.add(new Location(location));
		}
		if (hasText(description)) {
			event.add(new Description(description));
		}
		return event;
	}

	private static String build(Method method, VEvent event, String organizerEmail, List<String> attendeeEmails) {
		Objects.requireNonNull(method, "method");
		Objects.requireNonNull(attendeeEmails, "attendeeEmails");
		requireText(organizerEmail, "organizerEmail");
		event.add(new Organizer(mailto(organizerEmail)));
		for (String attendeeEmail : attendeeEmails) {
			ParameterList parameters = new ParameterList(List.of(Role.REQ_PARTICIPANT, PartStat.NEEDS_ACTION, Rsvp.FALSE));
			event.add(new Attendee(parameters, mailto(attendeeEmail)));
		}
		if (method == Method.CANCEL) {
			event.add(ImmutableStatus.VEVENT_CANCELLED);
		}

		Calendar calendar = new Calendar();
		calendar.add(new ProdId(PRODUCT_ID));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		calendar.add(method == Method.REQUEST ? ImmutableMethod.REQUEST : ImmutableMethod.CANCEL);
		calendar.add(event);
		return write(calendar);
	}

	/** The calendar as text/calendar (CRLF line ends, folded lines). */
	public static String write(Calendar calendar) {
		StringWriter out = new StringWriter();
		try {
			new CalendarOutputter().output(calendar, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	public static String fileName(Method method) {
		return switch (method) {
			case REQUEST -> "uitnodiging.ics";
			case CANCEL -> "annulering.ics";
		};
	}

	private static URI mailto(String email) {
		requireText(email, "email");
		try {
			// the multi-argument constructor quotes what is not allowed in a URI instead of failing on it
			return new URI("mailto", email.strip(), null);
		}
		catch (URISyntaxException ex) {
			throw new IllegalArgumentException("not usable as a calendar address: " + email, ex);
		}
	}

	private static boolean hasText(String value) {
		return value != null && !value.isBlank();
	}

	private static void requireText(String value, String name) {
		if (!hasText(value)) {
			throw new IllegalArgumentException(name + " must not be blank");
		}
	}

}
