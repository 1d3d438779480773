package org.leernet.overview.calendar;

import java.time.OffsetDateTime;
import java.util.Optional;

import org.leernet.process.SecretTokens;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tokens in the subscription URLs of the calendar feeds: 256 random bits, one valid token per
 * user at a time, revocable. Only their SHA-256 is stored, so the token itself is shown once, when
 * it is made, and never logged.
 */
@Component
public class FeedTokens {

	static final int BYTES = SecretTokens.BYTES;

	/** A user's valid token, made at that moment: what the page shows. */
	record Active(OffsetDateTime createdAt) {
	}

	private final JdbcClient jdbc;

	FeedTokens(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A fresh token for this user; their earlier one stops working. */
	@Transactional
	public String issue(String userId) {
		revoke(userId);
		String token = newToken();
		jdbc.sql("insert into calendar_feed_token (token_hash, user_id, created_at) values (?, ?, ?)")
			.params(hash(token), userId, OffsetDateTime.now())
			.update();
		return token;
	}

	/** The user's valid token stops working; true if there was one. */
	boolean revoke(String userId) {
		return jdbc.sql("update calendar_feed_token set revoked_at = ? where user_id = ? and revoked_at is null")
			.params(OffsetDateTime.now(), userId)
			.update() > 0;
	}

	/** When the user's valid token was made, if they have one. */
	Optional<Active> active(String userId) {
		return jdbc.sql("select created_at from calendar_feed_token where user_id = ? and revoked_at is null order by id desc")
			.param(userId)
			.query((rs, row) -> new Active(rs.getObject("created_at", OffsetDateTime.class)))
			.list()
			.stream()
			.findFirst();
	}

	/** The user of a valid token; empty for a revoked, unknown or malformed one. */
	Optional<String> userOf(String token) {
		if (!wellFormed(token)) {
			return Optional.empty();
		}
		return jdbc.sql("select user_id from calendar_feed_token where token_hash = ? and revoked_at is null")
			.param(hash(token))
			.query(String.class)
			.optional();
	}

	static boolean wellFormed(String token) {
		return SecretTokens.wellFormed(token);
	}

	static String newToken() {
		return SecretTokens.newToken();
	}

	static String hash(String token) {
		return SecretTokens.hash(token);
	}

}
