package org.leernet.session;

import static org.leernet.process.ProcessVariables.*;

import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.leernet.network.Network;
import org.leernet.network.NetworkService;
import org.leernet.recruitment.RecruitmentService;
import org.leernet.process.DutchDates;
import org.leernet.process.FormValues;
import org.leernet.process.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * A planning task completed (intake, kickoff, collective, individual or closing session): the
 * session is stored and becomes the process's current session ({@code sessionId}).
 */
@Component
public class PlanSessionListener implements TaskListener {

	static final Map<String, SessionKind> PLANNING_TASKS = Map.of("Task_ScheduleIntake", SessionKind.INTAKE,
			"Task_PlanKickoff", SessionKind.KICKOFF, "Task_PlanCollectiveSession", SessionKind.COLLECTIVE,
			"Task_PlanIndividualSession", SessionKind.INDIVIDUAL, "Task_PlanClosingSession", SessionKind.CLOSING);

	private final SessionService sessions;

	private final NetworkService networks;

	private final RecruitmentService organisations;

	PlanSessionListener(SessionService sessions, NetworkService networks, RecruitmentService organisations) {
		this.sessions = sessions;
		this.networks = networks;
		this.organisations = organisations;
	}

	@Override
	public void notify(DelegateTask task) {
		SessionKind kind = PLANNING_TASKS.get(task.getTaskDefinitionKey());
		if (kind == null) {
			throw new IllegalStateException("No session kind for task " + task.getTaskDefinitionKey());
		}
		FormValues form = FormValues.of(task);
		Network network = networks.get(form.text(NETWORK_CODE));
		Long organisationId = kind == SessionKind.INTAKE || kind == SessionKind.INDIVIDUAL
				? organisations.get(form.text(ORGANISATION_CODE)).id() : null;
		String startField = kind == SessionKind.KICKOFF ? KICKOFF_START : SESSION_START;
		OffsetDateTime start = form.requiredDateTime(startField, "De datum en het beginuur");
		OffsetDateTime secondStart = kind == SessionKind.KICKOFF
				? form.requiredDateTime(KICKOFF_SECOND_START, "De tweede halve dag van de kick-off") : null;
		String location = form.requiredText(SESSION_LOCATION, "De locatie");
		String themes = null;
		if (kind == SessionKind.COLLECTIVE) {
			List<String> chosen = form.strings(SESSION_THEMES);
			if (chosen.isEmpty()) {
				throw new InvalidInputException(SESSION_THEMES, "Kies minstens één thema voor de sessie.");
			}
			themes = String.join("\n", chosen);
		}
		Session session = sessions.plan(network.id(), organisationId, kind, start, secondStart, location, themes,
				startField, form.bool(SessionService.AFTER_PLANNED_END));

		task.getExecution().setVariable(SESSION_ID, session.id());
		task.getExecution().setVariable(SESSION_TITLE, session.title());
		task.getExecution().setVariable(SESSION_START, start.toString());
		task.getExecution().setVariable(SESSION_WHEN, SessionService.dutch(start));
		if (kind == SessionKind.KICKOFF) {
			// with their offset, as SESSION_START: forms send a time without zone, meant in Brussels
			task.getExecution().setVariable(KICKOFF_START, start.toString());
			task.getExecution().setVariable(KICKOFF_SECOND_START, secondStart.toString());
			// the network's duration counts from the kickoff
			Date durationEnd = Date.from(start.plusMonths(network.durationMonths()).toInstant());
			task.getExecution().setVariable(DURATION_END, durationEnd);
			task.getExecution().setVariable(DURATION_END_IN_WORDS, DutchDates.date(durationEnd));
		}
	}

}
