package org.leernet.notification;

/** Who gets the mail of a generic mail step (its input parameter {@code mailTo}). */
public enum MailTo {

	ORGANISATION_CONTACTS, ORGANISATION_ADVISER, COORDINATORS, SESSION_ATTENDEES, NETWORK_CONTACTS

}
