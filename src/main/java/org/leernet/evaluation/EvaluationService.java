package org.leernet.evaluation;

import static org.leernet.process.ProcessVariables.*;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.leernet.identity.Groups;
import org.leernet.identity.SystemActions;
import org.leernet.recruitment.Organisation;
import org.leernet.recruitment.RecruitmentService;
import org.leernet.recruitment.OrganisationStatus;
import org.leernet.network.NetworkService;
import org.leernet.process.InvalidInputException;
import org.leernet.process.ProcessKeys;
import org.leernet.process.ReminderSettings;
import org.leernet.process.ResponseChannel;
import org.leernet.session.Session;
import org.leernet.session.SessionService;
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

	private final NetworkService networks;

	private final SessionService sessions;

	EvaluationService(EvaluationRepository evaluations, RecruitmentService organisations,
			RuntimeService runtimeService, SystemActions system, ReminderSettings defaults, NetworkService networks,
			SessionService sessions) {
		this.evaluations = evaluations;
		this.organisations = organisations;
		this.runtimeService = runtimeService;
		this.system = system;
		this.defaults = defaults;
		this.networks = networks;
		this.sessions = sessions;
	}

	/**
	 * What an evaluation instance's own variables say it is about. Trusted only for evaluations
	 * requested before this release (they have no row of their own), and then only as far as
	 * the session and the organisation belong to the network of the instance's business key.
	 */
	public record Claimed(long sessionId, String organisationCode) {

		/** The organisation from the task's candidate group, set from the start variables when the task was made. */
		public static Claimed routed(long sessionId, Collection<String> candidateGroups) {
			String prefix = Groups.organisation("");
			return new Claimed(sessionId, candidateGroups.stream()
				.filter(group -> group != null && group.startsWith(prefix))
				.map(group -> group.substring(prefix.length()))
				.findFirst()
				.orElse(null));
		}
	}

	/** The session and organisation an evaluation instance was started for. */
	record Requested(long sessionId, long organisationId) {
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
		long networkId = networks.get(request.networkCode()).id();
		requireOfNetwork(request.sessionId(), networkId);
		int asked = 0;
		for (String code : organisationCodes) {
			Organisation organisation = organisations.get(code);
			if (organisation.networkId() != networkId) {
				throw new IllegalStateException("Organisation " + code + " is not of network " + request.networkCode());
			}
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
			String instanceId = system.run(() -> runtimeService.createMessageCorrelation(MESSAGE_EVALUATION_REQUESTED)
				.processInstanceBusinessKey(request.networkCode())
				.setVariables(variables)
				.correlateStartMessage()
				.getId());
			evaluations.insertRequest(instanceId, request.sessionId(), organisation.id());
			asked++;
		}
		return asked;
	}

	/** One organisation's answer, for the session and organisation the instance was started for. */
	public void save(ProcessKeys.Instance evaluation, Claimed claimed, Integer score, String wentWell, String toImprove,
			String submittedBy, ResponseChannel channel) {
		if (score == null || score < 1 || score > 5) {
			throw new InvalidInputException("evaluationScore", "Geef een score van 1 tot 5.");
		}
		Requested requested = requested(evaluation, claimed);
		evaluations.insert(requested.sessionId(), requested.organisationId(), score, wentWell, toImprove, submittedBy,
				channel);
	}

	/** The evaluation's days ran out: recorded as "niet beantwoord". */
	public void recordUnanswered(ProcessKeys.Instance evaluation, Claimed claimed) {
		Requested requested = requested(evaluation, claimed);
		evaluations.insertUnanswered(requested.sessionId(), requested.organisationId());
	}

	private Requested requested(ProcessKeys.Instance evaluation, Claimed claimed) {
		return evaluations.findRequest(evaluation.processInstanceId()).orElseGet(() -> {
			long networkId = networks.get(evaluation.networkCode()).id();
			Organisation organisation = claimed.organisationCode() == null ? null
					: organisations.find(claimed.organisationCode()).orElse(null);
			if (organisation == null || organisation.networkId() != networkId) {
				throw new IllegalStateException("Evaluation " + evaluation.processInstanceId() + " names organisation "
						+ claimed.organisationCode() + ", not one of network " + evaluation.networkCode());
			}
			requireOfNetwork(claimed.sessionId(), networkId);
			return new Requested(claimed.sessionId(), organisation.id());
		});
	}

	private void requireOfNetwork(long sessionId, long networkId) {
		if (sessions.find(sessionId).map(Session::networkId).filter(id -> id == networkId).isEmpty()) {
			throw new IllegalStateException("Session " + sessionId + " is not of network " + networkId);
		}
	}

	// Read by the exports

	/** One organisation's answer to one session's evaluation. */
	public record Submitted(long sessionId, long organisationId, int score, String wentWell, String toImprove,
			OffsetDateTime submittedAt) {
	}

	/** Every submitted evaluation of this network's sessions, in the order they came in. */
	public List<Submitted> submittedOfNetwork(long networkId) {
		return evaluations.submittedOfNetwork(networkId);
	}

	// Read by the overview's pages (issue 18)

	/** One organisation's answer to a session's evaluation, and the door it came in through (null: not kept then). */
	public record Score(long sessionId, long organisationId, int score, ResponseChannel channel) {
	}

	/** Every answer to the evaluations of the network's sessions, in one query. */
	public java.util.List<Score> scoresOfNetwork(long networkId) {
		return evaluations.scoresOfNetwork(networkId);
	}

	/** An evaluation asked of an organisation; unanswered when its days ran out without an answer. */
	public record Asked(long sessionId, long organisationId, boolean lapsed) {
	}

	/**
	 * Every evaluation asked in the network, in one query: those asked since evaluations have a
	 * row of their own, and those that lapsed (an answered one without a request row counts as asked too).
	 */
	public java.util.List<Asked> askedOfNetwork(long networkId) {
		return evaluations.askedOfNetwork(networkId);
	}

}
