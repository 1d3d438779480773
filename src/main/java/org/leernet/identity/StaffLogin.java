package org.leernet.identity;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

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
		if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
			return false;
		}
		String decoded;
		try {
			decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
		int colon = decoded.indexOf(':');
		if (colon < 0) {
			return false;
		}
		String user = decoded.substring(0, colon);
		if (!identityService.checkPassword(user, decoded.substring(colon + 1))) {
			return false;
		}
		return identityService.createGroupQuery().groupMember(user).groupIdIn(Groups.COORDINATORS, "camunda-admin").count() > 0;
	}

}
