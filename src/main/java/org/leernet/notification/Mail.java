package org.leernet.notification;

import java.util.Map;

/**
 * One mail to one recipient. {@code key} identifies it for good: the same key is never sent
 * twice. {@code calendar} is an iCalendar text to attach, or null.
 */
public record Mail(String key, MailKind kind, Recipient recipient, String about, Map<String, Object> model,
		Long networkId, Long organisationId, Long sessionId, String calendar, String calendarFileName) {

}
