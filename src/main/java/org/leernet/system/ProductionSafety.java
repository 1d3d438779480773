package org.leernet.system;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * The production profile refuses to start, naming the setting, without a real administrator,
 * with a default password, with demo data on, or without a mail server. Runs before anything
 * is created (registered in META-INF/spring.factories).
 */
public class ProductionSafety implements EnvironmentPostProcessor, Ordered {

	static final String PROFILE = "prod";

	/** The demo's users; none of them may exist or be the administrator in production. */
	static final Set<String> DEMO_USERS = Set.of("demo", "coordinator", "adviser1", "adviser2", "process-owner",
			"participant-a", "participant-b");

	private static final Set<String> DEFAULT_PASSWORDS = Set.of("demo", "admin", "administrator", "password", "camunda",
			"leernet", "changeme", "secret", "welkom", "wachtwoord");

	static final int MINIMUM_PASSWORD_LENGTH = 12;

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (!Arrays.asList(environment.getActiveProfiles()).contains(PROFILE)) {
			return;
		}
		String user = environment.getProperty("LEERNET_ADMIN_USER", "").trim();
		String password = environment.getProperty("LEERNET_ADMIN_PASSWORD", "");
		if (user.isEmpty()) {
			throw refuse("LEERNET_ADMIN_USER is not set: give the administrator's user name.");
		}
		if (DEMO_USERS.contains(user)) {
			throw refuse("LEERNET_ADMIN_USER is '" + user + "', a demo user: choose another name.");
		}
		if (password.isEmpty()) {
			throw refuse("LEERNET_ADMIN_PASSWORD is not set.");
		}
		if (password.equalsIgnoreCase(user) || DEFAULT_PASSWORDS.contains(password.toLowerCase(Locale.ROOT))
				|| password.length() < MINIMUM_PASSWORD_LENGTH) {
			throw refuse("LEERNET_ADMIN_PASSWORD is a default or weak password: use at least "
					+ MINIMUM_PASSWORD_LENGTH + " characters that are not the user name.");
		}
		if (environment.getProperty("leernet.demo.enabled", Boolean.class, false)) {
			throw refuse("leernet.demo.enabled is true: demo users and data are never created in production.");
		}
		if (!environment.containsProperty("spring.mail.host")) {
			throw refuse("spring.mail.host (SPRING_MAIL_HOST) is not set: production mails need a real SMTP server.");
		}
	}

	/** Before the embedded mail server would step in for a missing spring.mail.host. */
	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE - 10;
	}

	private static IllegalStateException refuse(String reason) {
		return new IllegalStateException("Leernet will not start in production (profile 'prod'): " + reason);
	}

}
