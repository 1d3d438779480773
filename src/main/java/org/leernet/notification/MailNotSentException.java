package org.leernet.notification;

/** The SMTP server did not take the mail; the delivery job retries and finally raises an incident. */
public class MailNotSentException extends RuntimeException {

	public MailNotSentException(String message, Throwable cause) {
		super(message, cause);
	}

}
