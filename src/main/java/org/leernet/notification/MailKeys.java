package org.leernet.notification;

import org.leernet.measurement.MeasurementPhase;

/**
 * The keys under which mails are logged, each followed by {@code ":" + email}. They are the
 * mails' identity across versions and restarts: a key changed here sends again every mail
 * logged under the old one, so they stay exactly as they are.
 */
final class MailKeys {

	private MailKeys() {
	}

	static String of(String prefix, Recipient recipient) {
		return prefix + ":" + recipient.email();
	}

	static String registration(MailKind kind, long organisationId) {
		return kind.name() + ":" + organisationId;
	}

	static String networkCancelled(long networkId) {
		return MailKind.NETWORK_CANCELLED.name() + ":" + networkId;
	}

	static String invitation(long sessionId, int sequence) {
		return "invitation:" + sessionId + ":" + sequence;
	}

	static String sessionCancelled(long sessionId) {
		return "session-cancelled:" + sessionId;
	}

	static String sessionReminder(long sessionId, int sequence) {
		return "session-reminder:" + sessionId + ":" + sequence;
	}

	static String surveyReminder(long organisationId, MeasurementPhase phase, int number) {
		return "survey-reminder:" + organisationId + ":" + NotificationService.phaseName(phase) + ":" + number;
	}

	static String surveyEscalation(long organisationId, MeasurementPhase phase) {
		return "survey-escalation:" + organisationId + ":" + NotificationService.phaseName(phase);
	}

	static String evaluationReminder(long sessionId, long organisationId) {
		return "evaluation-reminder:" + sessionId + ":" + organisationId;
	}

	static String taskOverdue(String taskId) {
		return "task-overdue:" + taskId;
	}

	/** A mail of the generic step: its kind and the run of the step (see {@link #run}). */
	static String step(MailKind kind, String run) {
		return kind.name() + ":" + run;
	}

	/**
	 * The run of a mail step: its job, the same on every retry and another one each time the
	 * step runs again; without a job (a step that is not asynchronous) its activity instance.
	 */
	static String run(String jobId, String activityInstanceId) {
		return jobId != null ? "job-" + jobId : "activity-" + activityInstanceId;
	}

}
