package org.leernet.notification;

import jakarta.mail.internet.MimeMessage;

/** The mails the embedded SMTP server of a running test application caught, for checks outside this package. */
public final class CaughtMails {

	private CaughtMails() {
	}

	/** Every mail caught so far by the embedded server on {@code smtpPort} ({@code spring.mail.port}). */
	public static MimeMessage[] on(int smtpPort) {
		return EmbeddedMailServer.start(smtpPort).getReceivedMessages();
	}

}
