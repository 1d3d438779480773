package org.leernet.identity;

import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Runs a step as the application rather than as the person whose action triggered it: a
 * participant's evaluation may move the network on, a coordinator's registration creates
 * accounts; neither should need the rights those steps use.
 */
@Component
public class SystemActions {

	private final IdentityService identityService;

	SystemActions(IdentityService identityService) {
		this.identityService = identityService;
	}

	public <T> T run(Supplier<T> action) {
		Authentication user = identityService.getCurrentAuthentication();
		identityService.clearAuthentication();
		try {
			return action.get();
		}
		finally {
			if (user != null) {
				identityService.setAuthentication(user);
			}
		}
	}

	public void run(Runnable action) {
		run(() -> {
			action.run();
			return null;
		});
	}

}
