package org.leernet.identity;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

/** HTTP Basic login against the engine's users, for Leernet's own pages. */
@Component
public class StaffLogin {

	private final IdentityService identityService;

	StaffLogin(IdentityService identityService) {
		this.identityService = identityService;
	}

	/** True for a valid {@code Authorization: Basic ...} of a coordinator or administrator. */
	public boolean isCoordinator(String authorization) {
		return user(authorization).filter(user -> isMember(user, Groups.COORDINATORS, "camunda-admin")).isPresent();
	}

	/** The user of a valid {@code Authorization: Basic ...} header; empty when missing or wrong. */
	public Optional<String> user(String authorization) {
		if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
			return Optional.empty();
		}
		String decoded;
		try {
			decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
		int colon = decoded.indexOf(':');
		if (colon < 0) {
			return Optional.empty();
		}
		String user = decoded.substring(0, colon);
		return identityService.checkPassword(user, decoded.substring(colon + 1)) ? Optional.of(user) : Optional.empty();
	}

	public boolean isMember(String user, String... groups) {
		return identityService.createGroupQuery().groupMember(user).groupIdIn(groups).count() > 0;
	}

}
