package org.leernet.identity;

import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Set-password links for the accounts Leernet creates: the only way a contact person learns
 * how to log in. Passwords are never mailed, shown or logged. A link is only for an account
 * made for a contact person ({@link ParticipantAccounts#mayGetPasswordLink}): one for a staff
 * member's account would let whoever reads that mail take the account over.
 */
@Component
public class PasswordLinks {

	private static final Logger log = LoggerFactory.getLogger(PasswordLinks.class);

	static final int VALID_DAYS = 14;

	public static final int MINIMUM_LENGTH = 10;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final IdentityService identityService;

	private final SystemActions system;

	private final ParticipantAccounts accounts;

	PasswordLinks(JdbcClient jdbc, IdentityService identityService, SystemActions system, ParticipantAccounts accounts) {
		this.jdbc = jdbc;
		this.identityService = identityService;
		this.system = system;
		this.accounts = accounts;
	}

	/**
	 * A fresh token for a contact person's account whose password was never set through a link;
	 * empty once it was, and for any other account (with a warning: a mail would carry no link).
	 */
	public Optional<String> issue(String userId) {
		if (!accounts.mayGetPasswordLink(userId)) {
			log.warn("No set-password link for user {}: not an account Leernet made for a contact person", userId);
			return Optional.empty();
		}
		boolean alreadySet = jdbc.sql("select count(*) from password_link where user_id = ? and used_at is not null")
			.param(userId)
			.query(Integer.class)
			.single() > 0;
		if (alreadySet) {
			return Optional.empty();
		}
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String token = HexFormat.of().formatHex(bytes);
		jdbc.sql("insert into password_link (token, user_id, expires_at) values (?, ?, ?)")
			.params(token, userId, OffsetDateTime.now().plusDays(VALID_DAYS))
			.update();
		return Optional.of(token);
	}

	/** The user of a link that is still valid; none for a link that an older version issued to a staff account. */
	public Optional<String> userOf(String token) {
		return jdbc.sql("select user_id from password_link where token = ? and used_at is null and expires_at > ?")
			.params(token, OffsetDateTime.now())
			.query(String.class)
			.optional()
			.filter(userId -> {
				boolean allowed = accounts.mayGetPasswordLink(userId);
				if (!allowed) {
					log.warn("Refused a set-password link of user {}: not an account Leernet made for a contact person", userId);
				}
				return allowed;
			});
	}

	/** Sets the password and uses the link up; false for an unknown, used or expired link. */
	public boolean setPassword(String token, String password) {
		Optional<String> userId = userOf(token);
		if (userId.isEmpty()) {
			return false;
		}
		system.run(() -> {
			User user = identityService.createUserQuery().userId(userId.get()).singleResult();
			user.setPassword(password);
			identityService.saveUser(user);
		});
		jdbc.sql("update password_link set used_at = ? where token = ?").params(OffsetDateTime.now(), token).update();
		return true;
	}

}
