package org.leernet.notification;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.stereotype.Service;

/**
 * What the mail log says was sent to a network, for the overview's pages: a read-only front
 * door, since the log itself (the outbox) stays package-private.
 */
@Service
public class MailHistory {

	/** A mail of the log: SENT once the SMTP server took it, QUEUED or PENDING while it is still being delivered. */
	public record LoggedMail(String key, Long organisationId, String kind, String recipient, String subject,
			String status, OffsetDateTime createdAt, OffsetDateTime sentAt) {

		public boolean sent() {
			return MailLogRepository.SENT.equals(status);
		}

	}

	private final MailLogRepository mailLog;

	MailHistory(MailLogRepository mailLog) {
		this.mailLog = mailLog;
	}

	/** Every mail of the network, newest first, in one query. */
	public List<LoggedMail> ofNetwork(long networkId) {
		return mailLog.ofNetwork(networkId);
	}

}
