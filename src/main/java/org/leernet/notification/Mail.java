package org.leernet.notification;

import java.util.Map;

/**
 * One mail to one recipient. {@code key} identifies it for good: the same key is never sent
 * twice. {@code calendar} is an iCalendar text to attach, or null. Build it with the factory
 * that says what the mail is about; the ids are what the mail log files it under.
 */
record Mail(String key, MailKind kind, Recipient recipient, String about, Map<String, Object> model,
		Long networkId, Long organisationId, Long sessionId, String calendar, String calendarFileName) {

	/** A mail about no network of ours in particular, such as an overdue task. */
	static Mail unfiled(String key, MailKind kind, Recipient recipient, String about, Map<String, Object> model) {
		return new Mail(key, kind, recipient, about, model, null, null, null, null, null);
	}

	/** A mail about a network and, when not null, one of its organisations. */
	static Mail ofNetwork(String key, MailKind kind, Recipient recipient, String about, Map<String, Object> model,
			long networkId, Long organisationId) {
		return new Mail(key, kind, recipient, about, model, networkId, organisationId, null, null, null);
	}

	/** A mail about a session (when not null) of a network and, when not null, one of its organisations. */
	static Mail ofSession(String key, MailKind kind, Recipient recipient, String about, Map<String, Object> model,
			long networkId, Long organisationId, Long sessionId) {
		return new Mail(key, kind, recipient, about, model, networkId, organisationId, sessionId, null, null);
	}

	/** The same mail with an iCalendar attachment. */
	Mail withCalendar(String calendar, String fileName) {
		return new Mail(key, kind, recipient, about, model, networkId, organisationId, sessionId, calendar, fileName);
	}

}
