package org.leernet.session;

import java.time.OffsetDateTime;
import java.util.List;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.leernet.network.NetworkService;
import org.leernet.process.DutchDates;
import org.leernet.process.InvalidInputException;
import org.springframework.stereotype.Service;

/** Planning and rescheduling sessions, with the date rules a coordinator expects. */
@Service
public class SessionService {

	/** A session takes a half day ("dagdeel"). */
	static final int HALF_DAY_HOURS = 4;

	/** Ticked on a planning or moving form: the session may fall after the programme's planned end. */
	public static final String AFTER_PLANNED_END = "afterPlannedEnd";

	private final SessionRepository sessions;

	private final NetworkService networks;

	SessionService(SessionRepository sessions, NetworkService networks) {
		this.sessions = sessions;
		this.networks = networks;
	}

	public Session get(long id) {
		return sessions.get(id);
	}

	public List<Session> ofNetwork(long networkId) {
		return sessions.ofNetwork(networkId);
	}

	public List<Long> attendance(long sessionId) {
		return sessions.attendance(sessionId);
	}

	/** A withdrawn organisation's planned sessions are cancelled; returns them, for the mails. */
	public List<Session> cancelPlanned(long organisationId) {
		return sessions.cancelPlanned(organisationId);
	}

	public Session plan(long networkId, Long organisationId, SessionKind kind, OffsetDateTime start,
			OffsetDateTime secondStart, String location, String themes, String field, boolean afterPlannedEnd) {
		checkDate(networkId, kind, start, field, afterPlannedEnd);
		if (secondStart != null && !secondStart.isAfter(start)) {
			throw new InvalidInputException(field, "De tweede halve dag van de kick-off moet na de eerste ("
					+ dutch(start) + ") liggen.");
		}
		int number = sessions.count(networkId, organisationId, kind) + 1;
		long id = sessions.insert(networkId, organisationId, kind, number, start, start.plusHours(HALF_DAY_HOURS),
				secondStart, location, themes);
		return sessions.get(id);
	}

	/**
	 * Moves a session, to another place too when {@code location} is given. A kickoff moves
	 * with both its half days: {@code secondStart} is then required.
	 */
	public Session reschedule(long sessionId, OffsetDateTime start, OffsetDateTime secondStart, String location,
			String field, String secondField, boolean afterPlannedEnd) {
		Session session = sessions.get(sessionId);
		checkDate(session.networkId(), session.kind(), start, field, afterPlannedEnd);
		if (session.kind() == SessionKind.KICKOFF) {
			if (secondStart == null) {
				throw new InvalidInputException(secondField, "Kies ook een nieuwe datum voor de tweede halve dag.");
			}
			if (!secondStart.isAfter(start)) {
				throw new InvalidInputException(secondField, "De tweede halve dag van de kick-off moet na de eerste ("
						+ dutch(start) + ") liggen.");
			}
		}
		sessions.reschedule(sessionId, start, start.plusHours(HALF_DAY_HOURS),
				session.kind() == SessionKind.KICKOFF ? secondStart : null,
				location == null || location.isBlank() ? null : location.strip());
		return sessions.get(sessionId);
	}

	private void checkDate(long networkId, SessionKind kind, OffsetDateTime start, String field,
			boolean afterPlannedEnd) {
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
		if (kind != SessionKind.KICKOFF && !afterPlannedEnd) {
			int months = networks.get(networkId).durationMonths();
			sessions.kickoff(networkId)
				.map(kickoff -> kickoff.plannedStart().plusMonths(months))
				.filter(end -> start.isAfter(end))
				.ifPresent(end -> {
					throw new InvalidInputException(field, "De sessie (" + dutch(start)
							+ ") valt na het geplande einde van het programma (" + dutch(end)
							+ "). Vink 'Toch plannen na het geplande einde' aan als dat zo afgesproken is.");
				});
		}
	}

	public static String dutch(OffsetDateTime time) {
		return DutchDates.dateTime(time);
	}

}
