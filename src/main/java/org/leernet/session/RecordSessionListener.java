package org.leernet.session;

import static org.leernet.process.ProcessVariables.*;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.leernet.network.Network;
import org.leernet.network.NetworkService;
import org.leernet.recruitment.Organisation;
import org.leernet.recruitment.RecruitmentService;
import org.leernet.recruitment.OrganisationStatus;
import org.leernet.process.FormValues;
import org.leernet.process.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * A "conduct" task completed: the current session was held (with notes, attendance, intake
 * findings) or, for collective and individual sessions, is moved to a new date.
 */
@Component
public class RecordSessionListener implements TaskListener {

	static final String RESCHEDULED = "rescheduled";

	/** Ticked when a session is recorded as held before its planned start. */
	static final String HELD_BEFORE_START = "heldBeforeStart";

	static final Set<String> FOLLOW_UPS = Set.of("none", "aftercare", "new-network");

	private static final Set<String> WITH_ATTENDANCE = Set.of("Task_ConductKickoff", "Task_ConductCollectiveSession",
			"Task_ConductClosingSession");

	private final SessionRepository sessionRepository;

	private final SessionService sessions;

	private final NetworkService networks;

	private final RecruitmentService organisations;

	RecordSessionListener(SessionRepository sessionRepository, SessionService sessions, NetworkService networks,
			RecruitmentService organisations) {
		this.sessionRepository = sessionRepository;
		this.sessions = sessions;
		this.networks = networks;
		this.organisations = organisations;
	}

	@Override
	public void notify(DelegateTask task) {
		FormValues form = FormValues.of(task);
		DelegateExecution execution = task.getExecution();
		long sessionId = ((Number) task.getVariable(SESSION_ID)).longValue();
		// every conduct form asks whether the session was held or is moved; left empty is neither
		if (form.text(SESSION_OUTCOME) == null) {
			throw new InvalidInputException(SESSION_OUTCOME, "Kies of de sessie gehouden werd of verplaatst wordt.");
		}
		if (RESCHEDULED.equals(form.text(SESSION_OUTCOME))) {
			reschedule(sessionId, form, execution);
			return;
		}
		Session session = sessionRepository.get(sessionId);
		if (ClockUtil.getCurrentTime().toInstant().isBefore(session.plannedStart().toInstant())
				&& !form.bool(HELD_BEFORE_START)) {
			throw new InvalidInputException(HELD_BEFORE_START, "De sessie begint pas op " + SessionService.dutch(
					session.plannedStart()) + ". Vink aan dat ze toch al plaatsvond, of kies dat ze verplaatst wordt.");
		}
		String key = task.getTaskDefinitionKey();
		if ("Task_ConductIntake".equals(key)) {
			organisations.recordIntake(organisations.get(form.text(ORGANISATION_CODE)).id(),
					form.requiredText("intakeWorkOrganisation", "De arbeidsorganisatie"),
					form.requiredText("intakeMaturity", "De maturiteit"), form.requiredText("intakeNeeds", "De noden en wensen"));
		}
		if ("Task_ConductClosingSession".equals(key)) {
			form.requiredText(NETWORK_EVALUATION, "De evaluatie van het netwerk");
			String followUp = form.requiredText(FOLLOW_UP, "De opvolging");
			if (!FOLLOW_UPS.contains(followUp)) {
				throw new InvalidInputException(FOLLOW_UP, "Onbekende opvolging '" + followUp + "'.");
			}
		}
		if (WITH_ATTENDANCE.contains(key)) {
			execution.setVariable(ATTENDING_ORGANISATION_CODES, recordAttendance(sessionId, form));
		}
		sessionRepository.markHeld(sessionId, form.text(SESSION_NOTES));
		execution.setVariable(SESSION_OUTCOME, "held");
	}

	/** The session moves: new date (both half days for a kickoff), maybe a new place; everyone follows. */
	private void reschedule(long sessionId, FormValues form, DelegateExecution execution) {
		OffsetDateTime newStart = form.dateTime(NEW_SESSION_START, "De nieuwe datum");
		if (newStart == null) {
			throw new InvalidInputException(NEW_SESSION_START, "Kies een nieuwe datum om de sessie te verplaatsen.");
		}
		Session moved = sessions.reschedule(sessionId, newStart, form.dateTime(NEW_SECOND_START, "De nieuwe tweede halve dag"),
				form.text(NEW_SESSION_LOCATION), NEW_SESSION_START, NEW_SECOND_START,
				form.bool(SessionService.AFTER_PLANNED_END));
		execution.setVariable(SESSION_START, newStart.toString());
		execution.setVariable(SESSION_WHEN, SessionService.dutch(newStart));
		execution.setVariable(SESSION_LOCATION, moved.location());
		if (moved.kind() == SessionKind.KICKOFF) {
			// the kickoff's own timers and due date read these
			execution.setVariable(KICKOFF_START, newStart.toString());
		}
	}

	private ArrayList<String> recordAttendance(long sessionId, FormValues form) {
		List<String> present = form.strings(ATTENDANCE);
		if (present.isEmpty()) {
			throw new InvalidInputException(ATTENDANCE, "Duid aan welke organisaties aanwezig waren.");
		}
		Network network = networks.get(form.text(NETWORK_CODE));
		ArrayList<String> codes = new ArrayList<>();
		for (String code : present) {
			Organisation organisation = organisations.find(code)
				.filter(org -> org.networkId() == network.id())
				.orElseThrow(() -> new InvalidInputException(ATTENDANCE,
						"Organisatie '" + code + "' neemt niet deel aan netwerk " + network.code() + "."));
			if (organisation.status() == OrganisationStatus.REGISTERED
					|| organisation.status() == OrganisationStatus.COMPLETED) {
				sessionRepository.addAttendance(sessionId, organisation.id());
				codes.add(code);
			}
		}
		if (codes.isEmpty()) {
			throw new InvalidInputException(ATTENDANCE, "Geen van de aangeduide organisaties neemt nog deel.");
		}
		return codes;
	}

}
