package org.leernet.evaluation;

import static org.leernet.process.ProcessVariables.*;

import java.util.Collection;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.leernet.identity.SystemActions;
import org.leernet.recruitment.Organisation;
import org.leernet.recruitment.RecruitmentService;
import org.leernet.recruitment.OrganisationStatus;
import org.leernet.process.InvalidInputException;
import org.leernet.process.ReminderSettings;
import org.springframework.stereotype.Service;

/**
 * Session evaluations. Each one is its own {@code session-evaluation} instance, started by the
 * message {@value #MESSAGE_EVALUATION_REQUESTED}: the session that asked for it goes on at once,
 * so one silent organisation never holds up the programme. An unanswered evaluation lapses.
 */
@Service
public class EvaluationService {

	public static final String MESSAGE_EVALUATION_REQUESTED = "EvaluationRequested";

	private final EvaluationRepository evaluations;

	private final RecruitmentService organisations;

	private final RuntimeService runtimeService;

	private final SystemActions system;

	private final ReminderSettings defaults;

	EvaluationService(EvaluationRepository evaluations, RecruitmentService organisations,
			RuntimeService runtimeService, SystemActions system, ReminderSettings defaults) {
		this.evaluations = evaluations;
		this.organisations = organisations;
		this.runtimeService = runtimeService;
		this.system = system;
		this.defaults = defaults;
	}

	/**
	 * What every evaluation of one session shares. Days left out take the defaults: networks
	 * started before evaluations could lapse have no such variable.
	 */
	public record Request(String networkCode, String networkName, long sessionId, String sessionTitle,
			Integer reminderDays, Integer lapseDays) {
	}

	/** Asks each organisation that still takes part for its evaluation of the session. */
	public int request(Request request, Collection<String> organisationCodes) {
		int reminderDays = request.reminderDays() != null ? request.reminderDays() : defaults.evaluationReminderDays();
		int lapseDays = request.lapseDays() != null ? request.lapseDays() : defaults.evaluationLapseDays();
		int asked = 0;
		for (String code : organisationCodes) {
			Organisation organisation = organisations.get(code);
			if (organisation.status() != OrganisationStatus.REGISTERED
					&& organisation.status() != OrganisationStatus.COMPLETED) {
				continue;
			}
			Map<String, Object> variables = Variables.createVariables()
				.putValue(NETWORK_CODE, request.networkCode())
				.putValue(NETWORK_NAME, request.networkName())
				.putValue(SESSION_ID, request.sessionId())
				.putValue(SESSION_TITLE, request.sessionTitle())
				.putValue(ORGANISATION_CODE, code)
				.putValue(ORGANISATION_NAME, organisation.name())
				.putValue(EVALUATION_REMINDER_DAYS, reminderDays)
				.putValue(EVALUATION_LAPSE_DAYS, lapseDays);
			system.run(() -> runtimeService.createMessageCorrelation(MESSAGE_EVALUATION_REQUESTED)
				.processInstanceBusinessKey(request.networkCode())
				.setVariables(variables)
				.correlateStartMessage());
			asked++;
		}
		return asked;
	}

	/** One organisation's answer. */
	public void save(long sessionId, String organisationCode, Integer score, String wentWell, String toImprove,
			String submittedBy) {
		if (score == null || score < 1 || score > 5) {
			throw new InvalidInputException("evaluationScore", "Geef een score van 1 tot 5.");
		}
		evaluations.insert(sessionId, organisations.get(organisationCode).id(), score, wentWell, toImprove, submittedBy);
	}

	/** The evaluation's days ran out: recorded as "niet beantwoord". */
	public void recordUnanswered(long sessionId, String organisationCode) {
		evaluations.insertUnanswered(sessionId, organisations.get(organisationCode).id());
	}

}
