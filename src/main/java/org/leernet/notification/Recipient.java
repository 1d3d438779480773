package org.leernet.notification;

import org.leernet.recruitment.ContactPersonRow;

/**
 * Who gets a mail. {@code unsubscribeToken} is set for contact persons (who can opt out of
 * reminders); {@code wantsReminders} is false once they did. {@code contactId} is a contact
 * person's own id (their task links are bound to it); null for staff.
 */
record Recipient(String name, String email, boolean wantsReminders, String unsubscribeToken, String userId,
		Long contactId) {

	static Recipient staff(String name, String email) {
		return new Recipient(name, email, true, null, null, null);
	}

	static Recipient contact(ContactPersonRow contact) {
		return new Recipient(contact.name(), contact.email(), contact.wantsReminders(), contact.unsubscribeToken(),
				contact.userId(), contact.id());
	}

}
