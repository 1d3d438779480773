package org.leernet.session;

import static org.leernet.process.ProcessVariables.*;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.leernet.process.DutchDates;

/**
 * What a session step leaves for the process: the variables its timers, due dates, forms and
 * mails read next. An adapter writes {@link #variables()} back as they are.
 */
public sealed interface SessionResult {

	Map<String, Object> variables();

	/**
	 * A planned session becomes the process's current session. Times keep the offset they were
	 * given in (forms send a time without zone, meant in Brussels), for the BPMN's dates.
	 */
	record Planned(Session session, OffsetDateTime start, OffsetDateTime secondStart, OffsetDateTime durationEnd)
			implements SessionResult {

		@Override
		public Map<String, Object> variables() {
			Map<String, Object> variables = new LinkedHashMap<>();
			variables.put(SESSION_ID, session.id());
			variables.put(SESSION_TITLE, session.title());
			variables.put(SESSION_START, start.toString());
			variables.put(SESSION_WHEN, SessionService.dutch(start));
			if (session.kind() == SessionKind.KICKOFF) {
				variables.put(KICKOFF_START, start.toString());
				variables.put(KICKOFF_SECOND_START, secondStart.toString());
				// the network's duration counts from the kickoff
				Date end = Date.from(durationEnd.toInstant());
				variables.put(DURATION_END, end);
				variables.put(DURATION_END_IN_WORDS, DutchDates.date(end));
			}
			return variables;
		}

	}

	/** Held; for a session of the whole network, the organisations present (who evaluate it). */
	record Held(List<String> attendingCodes) implements SessionResult {

		@Override
		public Map<String, Object> variables() {
			Map<String, Object> variables = new LinkedHashMap<>();
			if (attendingCodes != null) {
				variables.put(ATTENDING_ORGANISATION_CODES, new ArrayList<>(attendingCodes));
			}
			variables.put(SESSION_OUTCOME, SessionService.HELD);
			return variables;
		}

	}

	/** Moved to a new date, maybe a new place; invitations and reminders follow these. */
	record Rescheduled(Session session, OffsetDateTime start) implements SessionResult {

		@Override
		public Map<String, Object> variables() {
			Map<String, Object> variables = new LinkedHashMap<>();
			variables.put(SESSION_START, start.toString());
			variables.put(SESSION_WHEN, SessionService.dutch(start));
			variables.put(SESSION_LOCATION, session.location());
			if (session.kind() == SessionKind.KICKOFF) {
				// the kickoff's own timers and due date read these
				variables.put(KICKOFF_START, start.toString());
			}
			return variables;
		}

	}

}
