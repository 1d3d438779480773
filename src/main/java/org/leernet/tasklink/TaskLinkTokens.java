package org.leernet.tasklink;

import java.time.OffsetDateTime;
import java.util.Optional;

import org.leernet.process.SecretTokens;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The task links' tokens ({@link SecretTokens}): only their hash is stored, so that a token
 * exists only in the mail it was made for.
 */
@Repository
class TaskLinkTokens {

	/** A stored link: what its token was made for, until when, and when it was used. */
	record Link(long id, String taskId, long contactId, OffsetDateTime expiresAt, OffsetDateTime usedAt) {

		boolean expired(OffsetDateTime now) {
			return !expiresAt.isAfter(now);
		}
	}

	private final JdbcClient jdbc;

	TaskLinkTokens(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A new token for this task and contact person, valid until {@code expiresAt}. */
	String issue(String taskId, long contactId, OffsetDateTime now, OffsetDateTime expiresAt) {
		String token = SecretTokens.newToken();
		jdbc.sql("insert into task_link (token_hash, task_id, contact_id, created_at, expires_at) values (?, ?, ?, ?, ?)")
			.params(SecretTokens.hash(token), taskId, contactId, now, expiresAt)
			.update();
		return token;
	}

	/** The link of a token; empty for an unknown or malformed one. */
	Optional<Link> find(String token) {
		if (!SecretTokens.wellFormed(token)) {
			return Optional.empty();
		}
		return jdbc.sql("select id, task_id, contact_id, expires_at, used_at from task_link where token_hash = ?")
			.param(SecretTokens.hash(token))
			.query((rs, row) -> new Link(rs.getLong(1), rs.getString(2), rs.getLong(3),
					rs.getObject(4, OffsetDateTime.class), rs.getObject(5, OffsetDateTime.class)))
			.optional();
	}

	/** Spends the link; false when it was spent already (by a submission that came first). */
	boolean spend(long id, OffsetDateTime now) {
		return jdbc.sql("update task_link set used_at = ? where id = ? and used_at is null").params(now, id).update() == 1;
	}

}
