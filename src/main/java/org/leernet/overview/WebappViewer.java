package org.leernet.overview;

import java.util.HashSet;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;

/** The user logged in to the webapps (Tasklist, Cockpit, Admin) of the engine, so Leernet's pages share their login. */
public final class WebappViewer {

	static final String ENGINE = "default";

	private WebappViewer() {
	}

	/** Empty when nobody is logged in to the webapps in this browser. */
	public static Optional<Viewer> of(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		Authentications authentications = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
		Authentication authentication = authentications == null ? null
				: authentications.getAuthenticationForProcessEngine(ENGINE);
		if (!(authentication instanceof UserAuthentication user)) {
			return Optional.empty();
		}
		return Optional.of(new Viewer(user.getName(),
				user.getGroupIds() == null ? new HashSet<>() : new HashSet<>(user.getGroupIds())));
	}

}
