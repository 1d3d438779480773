package org.leernet.session;

import java.time.OffsetDateTime;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.leernet.system.DutchDates;
import org.leernet.system.InvalidInputException;
import org.springframework.stereotype.Service;

/** Planning and rescheduling sessions, with the date rules a coordinator expects. */
@Service
public class SessionService {

	/** A session takes a half day ("dagdeel"). */
	static final int HALF_DAY_HOURS = 4;

	private final SessionRepository sessions;

	SessionService(SessionRepository sessions) {
		this.sessions = sessions;
	}

	public Session plan(long networkId, Long organisationId, SessionKind kind, OffsetDateTime start,
			OffsetDateTime secondStart, String location, String themes, String field) {
		checkDate(networkId, kind, start, field);
		if (secondStart != null && !secondStart.isAfter(start)) {
			throw new InvalidInputException(field, "De tweede halve dag van de kick-off moet na de eerste ("
					+ dutch(start) + ") liggen.");
		}
		int number = sessions.count(networkId, organisationId, kind) + 1;
		long id = sessions.insert(networkId, organisationId, kind, number, start, start.plusHours(HALF_DAY_HOURS),
				secondStart, location, themes);
		return sessions.get(id);
	}

	public Session reschedule(long sessionId, OffsetDateTime start, String field) {
		Session session = sessions.get(sessionId);
		checkDate(session.networkId(), session.kind(), start, field);
		sessions.reschedule(sessionId, start, start.plusHours(HALF_DAY_HOURS));
		return sessions.get(sessionId);
	}

	private void checkDate(long networkId, SessionKind kind, OffsetDateTime start, String field) {
		if (start.toInstant().isBefore(ClockUtil.getCurrentTime().toInstant())) {
			throw new InvalidInputException(field, "De datum " + dutch(start) + " ligt in het verleden.");
		}
		if (kind != SessionKind.INTAKE && kind != SessionKind.KICKOFF) {
			sessions.kickoff(networkId)
				.filter(kickoff -> start.isBefore(kickoff.plannedStart()))
				.ifPresent(kickoff -> {
					throw new InvalidInputException(field, "De sessie (" + dutch(start) + ") ligt vóór de kick-off ("
							+ dutch(kickoff.plannedStart()) + ").");
				});
		}
	}

	public static String dutch(OffsetDateTime time) {
		return DutchDates.dateTime(time);
	}

}
