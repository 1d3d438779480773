package org.leernet.recruitment;

/**
 * A stored contact person: their reminder choice, the token of their opt-out link, their account,
 * and their phone number (null when none was given).
 */
public record ContactPersonRow(long id, String name, String email, boolean wantsReminders, String unsubscribeToken,
		String userId, String phone) {

}
