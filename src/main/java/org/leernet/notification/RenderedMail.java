package org.leernet.notification;

/**
 * A mail as it waits in the outbox and goes out: the address it is for, its Dutch subject, plain
 * text and HTML, and an iCalendar attachment (or null) with its file name.
 */
record RenderedMail(String key, String to, String subject, String text, String html, String calendar,
		String calendarFileName) {

}
