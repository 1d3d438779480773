package org.leernet.notification;

/**
 * A mail as it waits in the outbox and goes out: the address it is for, its Dutch subject, plain
 * text and HTML, an iCalendar attachment (or null) with its file name, and the recipient's
 * opt-out link for a reminder (or null), which also goes in its List-Unsubscribe header.
 */
record RenderedMail(String key, String to, String subject, String text, String html, String calendar,
		String calendarFileName, String unsubscribeUrl) {

}
