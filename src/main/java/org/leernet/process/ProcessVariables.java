package org.leernet.process;

/** Names of process variables, declared once. Form field keys equal these names. */
public final class ProcessVariables {

	// learning-network: programme settings (start form)
	public static final String NETWORK_ID = "networkId";

	/** The network's code, e.g. {@code HNW-2027-1}; also the business key of its process instances. */
	public static final String NETWORK_CODE = "networkCode";

	public static final String NETWORK_NAME = "networkName";

	public static final String MINIMUM_ORGANISATIONS = "minimumOrganisations";

	public static final String MAXIMUM_ORGANISATIONS = "maximumOrganisations";

	public static final String COLLECTIVE_SESSIONS = "collectiveSessions";

	public static final String INDIVIDUAL_SESSIONS = "individualSessions";

	public static final String DURATION_MONTHS = "durationMonths";

	public static final String REGISTRATION_DEADLINE = "registrationDeadline";

	/** The deadline in Dutch words ("31 januari 2027"), for form texts. */
	public static final String REGISTRATION_DEADLINE_IN_WORDS = "registrationDeadlineInWords";

	public static final String COLLECTIVE_THEMES = "collectiveThemes";

	/** Json list of {label, value} for the themes checklist of a collective session. */
	public static final String THEME_OPTIONS = "themeOptions";

	// recruitment
	public static final String REGISTERED_ORGANISATIONS = "registeredOrganisations";

	public static final String RECRUITMENT_CLOSED = "recruitmentClosed";

	public static final String QUORUM_DECISION = "quorumDecision";

	public static final String NEW_REGISTRATION_DEADLINE = "newRegistrationDeadline";

	public static final String CANCELLATION_REASON = "cancellationReason";

	/** Codes of the organisations taking part: the collection of the trajectories. */
	public static final String ORGANISATION_CODES = "organisationCodes";

	/** Organisation code to name, for the trajectories' forms. */
	public static final String ORGANISATION_NAMES = "organisationNames";

	/** Json list of {label, value}: the organisations for attendance checklists. */
	public static final String ORGANISATION_OPTIONS = "organisationOptions";

	/** Json list of {label, value}: the advisers a coordinator can assign. */
	public static final String ADVISER_OPTIONS = "adviserOptions";

	/** The organisation of the last registration, for its confirmation mail. */
	public static final String LAST_REGISTERED_ORGANISATION = "lastRegisteredOrganisation";

	public static final String ORGANISATION_CODE = "organisationCode";

	public static final String ORGANISATION_NAME = "organisationName";

	public static final String ADVISER = "adviser";

	// sessions
	public static final String SESSION_ID = "sessionId";

	/** Input parameter of a planning task: the kind of session it plans (a SessionKind name). */
	public static final String SESSION_KIND = "sessionKind";

	public static final String SESSION_TITLE = "sessionTitle";

	public static final String SESSION_START = "sessionStart";

	/** The start in Dutch words, for forms and mails: "14 december 2026 om 09:00". */
	public static final String SESSION_WHEN = "sessionWhen";

	public static final String SESSION_LOCATION = "sessionLocation";

	public static final String SESSION_THEMES = "sessionThemes";

	public static final String SESSION_OUTCOME = "sessionOutcome";

	public static final String SESSION_NOTES = "sessionNotes";

	public static final String NEW_SESSION_START = "newSessionStart";

	/** A moved kickoff's new second half day. */
	public static final String NEW_SECOND_START = "newSecondStart";

	/** Where a moved session takes place now; empty keeps its place. */
	public static final String NEW_SESSION_LOCATION = "newSessionLocation";

	public static final String KICKOFF_START = "kickoffStart";

	public static final String KICKOFF_SECOND_START = "kickoffSecondStart";

	/** Kickoff + duration: when the network should be closed. */
	public static final String DURATION_END = "durationEnd";

	/** The end of the duration in Dutch words, for form texts. */
	public static final String DURATION_END_IN_WORDS = "durationEndInWords";

	/** Checklist of the organisations present (Json from the form). */
	public static final String ATTENDANCE = "attendance";

	/** Codes of the organisations present at the last session: the collection of its evaluations. */
	public static final String ATTENDING_ORGANISATION_CODES = "attendingOrganisationCodes";

	// measurements
	/** Input parameter of a survey task: BASELINE or END (a MeasurementPhase name). */
	public static final String MEASUREMENT_PHASE = "measurementPhase";

	// reminders: the timers of the BPMN read these, set from leernet.reminders.* when a network starts
	public static final String SESSION_REMINDER_DAYS = "sessionReminderDays";

	public static final String SURVEY_REMINDER_INTERVAL_DAYS = "surveyReminderIntervalDays";

	public static final String SURVEY_REMINDER_COUNT = "surveyReminderCount";

	public static final String EVALUATION_REMINDER_DAYS = "evaluationReminderDays";

	/** Days after which an unanswered evaluation lapses as "niet beantwoord". */
	public static final String EVALUATION_LAPSE_DAYS = "evaluationLapseDays";

	// closing
	public static final String NETWORK_EVALUATION = "networkEvaluation";

	public static final String FOLLOW_UP = "followUp";

	public static final String FOLLOW_UP_NOTES = "followUpNotes";

	private ProcessVariables() {
	}

}
