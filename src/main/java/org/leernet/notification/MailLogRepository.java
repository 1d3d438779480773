package org.leernet.notification;

import java.time.OffsetDateTime;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The mail log, which is also the outbox: one row per mail, under its unique key. QUEUED by the
 * step that sends it, PENDING while a delivery sends it, SENT once the SMTP server took it.
 */
@Repository
class MailLogRepository {

	static final String QUEUED = "QUEUED";

	static final String PENDING = "PENDING";

	static final String SENT = "SENT";

	private final JdbcClient jdbc;

	MailLogRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Queues the rendered mail, in the caller's transaction. The caller checked first that the key
	 * is new ({@link #status}): a failed insert would spoil that transaction on PostgreSQL.
	 */
	void queue(Mail mail, RenderedMail rendered) {
		jdbc.sql("""
				insert into mail_log (idempotency_key, kind, network_id, organisation_id, session_id, recipient, subject,
				  status, created_at, text_body, html_body, calendar, calendar_file_name, unsubscribe_url)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(mail.key(), mail.kind().name(), mail.networkId(), mail.organisationId(), mail.sessionId(), rendered.to(),
					rendered.subject(), QUEUED, OffsetDateTime.now(), rendered.text(), rendered.html(), rendered.calendar(),
					rendered.calendarFileName(), rendered.unsubscribeUrl())
			.update();
	}

	/**
	 * A claim left by a version that sent mails from the step itself, and so without content (the
	 * step's job failed mid-send, or its node died): queued anew with this content. True if it was one.
	 */
	boolean requeueClaimWithoutContent(RenderedMail rendered) {
		return jdbc.sql("""
				update mail_log set status = ?, recipient = ?, subject = ?, text_body = ?, html_body = ?, calendar = ?,
				  calendar_file_name = ?, unsubscribe_url = ?
				where idempotency_key = ? and status = ? and text_body is null""")
			.params(QUEUED, rendered.to(), rendered.subject(), rendered.text(), rendered.html(), rendered.calendar(),
					rendered.calendarFileName(), rendered.unsubscribeUrl(), rendered.key(), PENDING)
			.update() == 1;
	}

	/** The queued mail's content and status, or empty when there is no such key. */
	Optional<Logged> find(String key) {
		return jdbc.sql("""
				select idempotency_key, recipient, subject, text_body, html_body, calendar, calendar_file_name, status,
				  unsubscribe_url
				from mail_log where idempotency_key = ?""")
			.param(key)
			.query((row, number) -> new Logged(new RenderedMail(row.getString(1), row.getString(2), row.getString(3),
					row.getString(4), row.getString(5), row.getString(6), row.getString(7), row.getString(9)),
					row.getString(8)))
			.optional();
	}

	record Logged(RenderedMail mail, String status) {
	}

	/** Claims a queued mail for sending; false when it is not queued (sent, or being sent elsewhere). */
	boolean claim(String key, Claimant claimant) {
		return jdbc.sql("""
				update mail_log set status = ?, claimed_at = ?, claimed_job = ?, claimed_by = ?
				where idempotency_key = ? and status = ?""")
			.params(PENDING, OffsetDateTime.now(), claimant.jobId(), claimant.lockOwner(), key, QUEUED)
			.update() == 1;
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

	/** The send failed: queued again, so that the delivery's retry sends it. */
	void release(String key) {
		jdbc.sql("update mail_log set status = ? where idempotency_key = ? and status = ?").params(QUEUED, key, PENDING).update();
	}

	String status(String key) {
		return jdbc.sql("select status from mail_log where idempotency_key = ?").param(key).query(String.class).optional().orElse(null);
	}

	int count(MailKind kind, Long organisationId) {
		return jdbc.sql("select count(*) from mail_log where kind = ? and organisation_id = ? and status = ?")
			.params(kind.name(), organisationId, SENT)
			.query(Integer.class)
			.single();
	}

	// Read by the overview's pages (issue 18)

	java.util.List<MailHistory.LoggedMail> ofNetwork(long networkId) {
		return jdbc.sql("""
				select idempotency_key, organisation_id, kind, recipient, subject, status, created_at, sent_at
				from mail_log where network_id = ? order by created_at desc, id desc""")
			.param(networkId)
			.query((rs, row) -> new MailHistory.LoggedMail(rs.getString(1), rs.getObject(2, Long.class), rs.getString(3),
					rs.getString(4), rs.getString(5), rs.getString(6), rs.getObject(7, OffsetDateTime.class),
					rs.getObject(8, OffsetDateTime.class)))
			.list();
	}

}
