package org.leernet.session;

import static org.leernet.process.ProcessVariables.*;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.leernet.network.Network;
import org.leernet.network.NetworkService;
import org.leernet.process.DutchDates;
import org.leernet.process.InvalidInputException;
import org.leernet.process.ProcessKeys;
import org.leernet.recruitment.Organisation;
import org.leernet.recruitment.OrganisationStatus;
import org.leernet.recruitment.RecruitmentService;
import org.leernet.session.SessionResult.Held;
import org.leernet.session.SessionResult.Planned;
import org.leernet.session.SessionResult.Rescheduled;
import org.springframework.stereotype.Service;

/**
 * The front door of sessions: planning, holding (with attendance and notes), rescheduling and
 * cancelling, with the date rules a coordinator expects. Refusals are {@link InvalidInputException}s
 * naming the form field, in Dutch.
 */
@Service
public class SessionService {

	/** A session takes a half day ("dagdeel"). */
	static final int HALF_DAY_HOURS = 4;

	/** Ticked on a planning or moving form: the session may fall after the programme's planned end. */
	public static final String AFTER_PLANNED_END = "afterPlannedEnd";

	/** Ticked when a session is recorded as held before its planned start. */
	public static final String HELD_BEFORE_START = "heldBeforeStart";

	/** The outcomes a conduct form offers ({@code sessionOutcome}). */
	public static final String HELD = "held";

	public static final String RESCHEDULED = "rescheduled";

	static final Set<String> FOLLOW_UPS = Set.of("none", "aftercare", "new-network");

	private final SessionRepository sessions;

	private final NetworkService networks;

	private final RecruitmentService organisations;

	SessionService(SessionRepository sessions, NetworkService networks, RecruitmentService organisations) {
		this.sessions = sessions;
		this.networks = networks;
		this.organisations = organisations;
	}

	/**
	 * A session to plan. The organisation counts for intakes and individual sessions only, the
	 * second start for a kickoff only, the themes for a collective session only.
	 */
	public record Planning(SessionKind kind, String networkCode, String organisationCode, OffsetDateTime start,
			OffsetDateTime secondStart, String location, List<String> themes, boolean afterPlannedEnd) {
	}

	/** What a conduct form says happened: held (with what) or moved (to when). */
	public record Conclusion(String outcome, Holding holding, Moving moving) {
	}

	/** A held session. Attendance counts for sessions of the whole network; evaluation and follow-up for the closing one. */
	public record Holding(boolean heldBeforeStart, String notes, List<String> attendance, String networkEvaluation,
			String followUp) {
	}

	/** A moved session: new start (and second half day for a kickoff); an empty location keeps its place. */
	public record Moving(OffsetDateTime start, OffsetDateTime secondStart, String location, boolean afterPlannedEnd) {
	}

	/** The organisation a per-organisation session of this instance is for: its trajectory's, from our tables. */
	public String organisationOf(SessionKind kind, ProcessKeys.Instance where) {
		return kind.perOrganisation() ? organisations.ofTrajectory(where).code() : null;
	}

	/** The organisation of the trajectory this instance is, from our tables. */
	public String organisationOf(ProcessKeys.Instance trajectory) {
		return organisations.ofTrajectory(trajectory).code();
	}

	/**
	 * The process's current session, as its {@code sessionId} names it, but only when that
	 * session is the instance's own: of the network of its business key, and for an intake or
	 * individual session, of its trajectory's organisation. A submission cannot point elsewhere.
	 */
	public long sessionOf(ProcessKeys.Instance where, long sessionId) {
		Session session = sessions.find(sessionId).orElse(null);
		if (session == null || session.networkId() != networks.get(where.networkCode()).id()
				|| session.kind().perOrganisation()
						&& !session.organisationId().equals(organisations.ofTrajectory(where).id())) {
			throw new InvalidInputException(SESSION_ID, "Sessie " + sessionId + " hoort niet bij deze taak.");
		}
		return sessionId;
	}

	public java.util.Optional<Session> find(long id) {
		return sessions.find(id);
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

	public Planned plan(Planning planning) {
		SessionKind kind = planning.kind();
		Network network = networks.get(planning.networkCode());
		Long organisationId = kind.perOrganisation() ? organisations.get(planning.organisationCode()).id() : null;
		String field = kind.startField();
		OffsetDateTime start = required(planning.start(), field, "De datum en het beginuur");
		OffsetDateTime secondStart = kind == SessionKind.KICKOFF
				? required(planning.secondStart(), KICKOFF_SECOND_START, "De tweede halve dag van de kick-off") : null;
		String location = required(blankToNull(planning.location()), SESSION_LOCATION, "De locatie");
		String themes = null;
		if (kind == SessionKind.COLLECTIVE) {
			if (planning.themes() == null || planning.themes().isEmpty()) {
				throw new InvalidInputException(SESSION_THEMES, "Kies minstens één thema voor de sessie.");
			}
			themes = String.join("\n", planning.themes());
		}
		checkDate(network.id(), kind, start, field, planning.afterPlannedEnd());
		if (secondStart != null && !secondStart.isAfter(start)) {
			throw new InvalidInputException(field, "De tweede halve dag van de kick-off moet na de eerste ("
					+ dutch(start) + ") liggen.");
		}
		int number = sessions.count(network.id(), organisationId, kind) + 1;
		long id = sessions.insert(network.id(), organisationId, kind, number, start, start.plusHours(HALF_DAY_HOURS),
				secondStart, location, themes);
		return new Planned(sessions.get(id), start, secondStart,
				kind == SessionKind.KICKOFF ? start.plusMonths(network.durationMonths()) : null);
	}

	/** A conduct task completed: the session was held or moves. Left empty is neither. */
	public SessionResult conclude(long sessionId, Conclusion conclusion) {
		if (conclusion.outcome() == null) {
			throw new InvalidInputException(SESSION_OUTCOME, "Kies of de sessie gehouden werd of verplaatst wordt.");
		}
		return RESCHEDULED.equals(conclusion.outcome()) ? reschedule(sessionId, conclusion.moving())
				: hold(sessionId, conclusion.holding());
	}

	/** Records the session as held: not before its start unless that is confirmed, with who was present. */
	public Held hold(long sessionId, Holding holding) {
		Session session = sessions.get(sessionId);
		if (ClockUtil.getCurrentTime().toInstant().isBefore(session.plannedStart().toInstant())
				&& !holding.heldBeforeStart()) {
			throw new InvalidInputException(HELD_BEFORE_START, "De sessie begint pas op " + dutch(session.plannedStart())
					+ ". Vink aan dat ze toch al plaatsvond, of kies dat ze verplaatst wordt.");
		}
		if (session.kind() == SessionKind.CLOSING) {
			required(blankToNull(holding.networkEvaluation()), NETWORK_EVALUATION, "De evaluatie van het netwerk");
			String followUp = required(blankToNull(holding.followUp()), FOLLOW_UP, "De opvolging");
			if (!FOLLOW_UPS.contains(followUp)) {
				throw new InvalidInputException(FOLLOW_UP, "Onbekende opvolging '" + followUp + "'.");
			}
		}
		List<String> attending = session.kind().withAttendance() ? recordAttendance(session, holding.attendance()) : null;
		sessions.markHeld(sessionId, holding.notes());
		return new Held(attending);
	}

	/**
	 * Moves a session, to another place too when a location is given. A kickoff moves with both
	 * its half days: the second start is then required.
	 */
	public Rescheduled reschedule(long sessionId, Moving moving) {
		OffsetDateTime start = refuseMissing(moving.start(), NEW_SESSION_START,
				"Kies een nieuwe datum om de sessie te verplaatsen.");
		Session session = sessions.get(sessionId);
		checkDate(session.networkId(), session.kind(), start, NEW_SESSION_START, moving.afterPlannedEnd());
		OffsetDateTime secondStart = moving.secondStart();
		if (session.kind() == SessionKind.KICKOFF) {
			if (secondStart == null) {
				throw new InvalidInputException(NEW_SECOND_START, "Kies ook een nieuwe datum voor de tweede halve dag.");
			}
			if (!secondStart.isAfter(start)) {
				throw new InvalidInputException(NEW_SECOND_START, "De tweede halve dag van de kick-off moet na de eerste ("
						+ dutch(start) + ") liggen.");
			}
		}
		String location = blankToNull(moving.location());
		sessions.reschedule(sessionId, start, start.plusHours(HALF_DAY_HOURS),
				session.kind() == SessionKind.KICKOFF ? secondStart : null, location == null ? null : location.strip());
		return new Rescheduled(sessions.get(sessionId), start);
	}

	/**
	 * The intake's findings, for the organisation. Only when the intake was held: a moved intake
	 * has none yet.
	 */
	public void recordIntake(String outcome, String organisationCode, String workOrganisation, String maturity,
			String needs) {
		if (RESCHEDULED.equals(outcome)) {
			return;
		}
		organisations.recordIntake(organisations.get(organisationCode).id(),
				required(blankToNull(workOrganisation), "intakeWorkOrganisation", "De arbeidsorganisatie"),
				required(blankToNull(maturity), "intakeMaturity", "De maturiteit"),
				required(blankToNull(needs), "intakeNeeds", "De noden en wensen"));
	}

	/** Everyone present who still takes part; none at all, or none taking part, is refused. */
	private List<String> recordAttendance(Session session, List<String> present) {
		if (present == null || present.isEmpty()) {
			throw new InvalidInputException(ATTENDANCE, "Duid aan welke organisaties aanwezig waren.");
		}
		Network network = networks.get(session.networkId());
		List<String> codes = new ArrayList<>();
		for (String code : present) {
			Organisation organisation = organisations.find(code)
				.filter(org -> org.networkId() == network.id())
				.orElseThrow(() -> new InvalidInputException(ATTENDANCE,
						"Organisatie '" + code + "' neemt niet deel aan netwerk " + network.code() + "."));
			if (organisation.status() == OrganisationStatus.REGISTERED
					|| organisation.status() == OrganisationStatus.COMPLETED) {
				sessions.addAttendance(session.id(), organisation.id());
				codes.add(code);
			}
		}
		if (codes.isEmpty()) {
			throw new InvalidInputException(ATTENDANCE, "Geen van de aangeduide organisaties neemt nog deel.");
		}
		return codes;
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

	private static <T> T required(T value, String field, String label) {
		return refuseMissing(value, field, label + " is verplicht.");
	}

	private static <T> T refuseMissing(T value, String field, String message) {
		if (value == null) {
			throw new InvalidInputException(field, message);
		}
		return value;
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	public static String dutch(OffsetDateTime time) {
		return DutchDates.dateTime(time);
	}

	// Read by the overview's pages (issue 18)

	/** The first planned session from a moment on, of a network and organisation (null: of the whole network). */
	public record Next(long networkId, Long organisationId, OffsetDateTime start) {
	}

	/** Every network's next planned session per organisation (and of the whole network), in one query. */
	public List<Next> nextPlanned(OffsetDateTime from) {
		return sessions.nextPlanned(from);
	}

	/** An organisation present at a session. */
	public record Presence(long sessionId, long organisationId) {
	}

	/** Who was present at the network's sessions, in one query. */
	public List<Presence> attendanceOfNetwork(long networkId) {
		return sessions.attendanceOfNetwork(networkId);
	}

}
