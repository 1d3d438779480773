package org.leernet.notification;

import java.time.OffsetDateTime;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class MailLogRepository {

	static final String PENDING = "PENDING";

	static final String SENT = "SENT";

	private final JdbcClient jdbc;

	MailLogRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Claims the mail's key; false when it was claimed before (sent, or being sent elsewhere). */
	boolean claim(Mail mail, String subject, Claimant claimant) {
		OffsetDateTime now = OffsetDateTime.now();
		try {
			jdbc.sql("""
					insert into mail_log (idempotency_key, kind, network_id, organisation_id, session_id, recipient, subject,
					  status, created_at, claimed_at, claimed_job, claimed_by)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(mail.key(), mail.kind().name(), mail.networkId(), mail.organisationId(), mail.sessionId(),
						mail.recipient().email(), subject, PENDING, now, now, claimant.jobId(), claimant.lockOwner())
				.update();
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	/**
	 * Claims a mail whose earlier claim was left unsent by a run that is over: the same job,
	 * now locked by another job executor, or any claim from before {@code claimedBefore}. One
	 * update, so of two that try at once only one wins.
	 */
	boolean takeOver(String key, Claimant claimant, OffsetDateTime claimedBefore) {
		return jdbc.sql("""
				update mail_log set claimed_at = ?, claimed_job = ?, claimed_by = ?
				where idempotency_key = ? and status = ?
				  and (claimed_at < ? or (claimed_job = ? and claimed_by <> ?))""")
			.params(OffsetDateTime.now(), claimant.jobId(), claimant.lockOwner(), key, PENDING, claimedBefore,
					claimant.jobId(), claimant.lockOwner())
			.update() == 1;
	}

	void markSent(String key, String messageId) {
		jdbc.sql("update mail_log set status = ?, message_id = ?, sent_at = ? where idempotency_key = ?")
			.params(SENT, messageId, OffsetDateTime.now(), key)
			.update();
	}

	/** The send failed: free the key so that the retry sends it. */
	void release(String key) {
		jdbc.sql("delete from mail_log where idempotency_key = ? and status = ?").params(key, PENDING).update();
	}

	String status(String key) {
		return jdbc.sql("select status from mail_log where idempotency_key = ?").param(key).query(String.class).optional().orElse(null);
	}

	public int count(MailKind kind, Long organisationId) {
		return jdbc.sql("select count(*) from mail_log where kind = ? and organisation_id = ? and status = ?")
			.params(kind.name(), organisationId, SENT)
			.query(Integer.class)
			.single();
	}

}
