package org.leernet.notification;

/**
 * Who gets a mail. {@code unsubscribeToken} is set for contact persons (who can opt out of
 * reminders); {@code wantsReminders} is false once they did.
 */
record Recipient(String name, String email, boolean wantsReminders, String unsubscribeToken, String userId) {

	static Recipient staff(String name, String email) {
		return new Recipient(name, email, true, null, null);
	}

}
