package org.leernet.system;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Production with a database that holds demo users (say, one copied from a demo) is refused:
 * their passwords are public.
 */
@Component
@Profile(ProductionSafety.PROFILE)
@Order(Integer.MIN_VALUE)
class ProductionDataCheck implements ApplicationRunner {

	private final IdentityService identityService;

	ProductionDataCheck(IdentityService identityService) {
		this.identityService = identityService;
	}

	@Override
	public void run(ApplicationArguments args) {
		for (String demoUser : ProductionSafety.DEMO_USERS.stream().sorted().toList()) {
			if (identityService.createUserQuery().userId(demoUser).count() > 0) {
				throw new IllegalStateException("Leernet will not start in production (profile 'prod'): the database holds "
						+ "the demo user '" + demoUser + "', whose password is public. Delete the demo users first.");
			}
		}
	}

}
