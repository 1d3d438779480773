package org.leernet.notification;

/** The mails Leernet sends; the template is {@code templates/mail/<template>.html/.txt}. */
public enum MailKind {

	REGISTRATION_CONFIRMATION("registration-confirmation", "Inschrijving bevestigd: %s", false),
	WAITING_LIST("waiting-list", "Op de wachtlijst: %s", false),
	NETWORK_CANCELLED("network-cancelled", "Gaat niet door: %s", false),
	SESSION_INVITATION("session-invitation", "Uitnodiging: %s", false),
	SESSION_UPDATE("session-invitation", "Gewijzigd: %s", false),
	SESSION_CANCELLED("session-cancelled", "Gaat niet door: %s", false),
	SESSION_REMINDER("session-reminder", "Herinnering: %s", true),
	SURVEY_REMINDER("survey-reminder", "Herinnering: bevragingen van de %s", true),
	SURVEY_ESCALATION("survey-escalation", "Opvolgen: %s", false),
	EVALUATION_REMINDER("evaluation-reminder", "Herinnering: evalueer %s", true),
	TASK_OVERDUE("task-overdue", "Taak vervallen: %s", false),
	/** A coordinator added a contact person (contact persons page): their set-password link. */
	CONTACT_ADDED("contact-added", "Contactpersoon van %s", false),
	/** A coordinator's own message to every contact person of a network (contact persons page). */
	NETWORK_MESSAGE("network-message", "%s", false),
	/** A participant task appeared: its link, to do it without a login. */
	TASK_ACTION("task-action", "%s", false),
	/** A contact person asked for a fresh link to a task that is still open (their old one expired). */
	TASK_LINK("task-action", "Uw nieuwe link: %s", false);

	private final String template;

	private final String subject;

	private final boolean reminder;

	MailKind(String template, String subject, boolean reminder) {
		this.template = template;
		this.subject = subject;
		this.reminder = reminder;
	}

	public String template() {
		return template;
	}

	public String subject(String about) {
		return subject.formatted(about);
	}

	/** Reminders respect a contact person's opt-out and carry an unsubscribe link. */
	public boolean isReminder() {
		return reminder;
	}

}
