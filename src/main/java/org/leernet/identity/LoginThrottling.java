package org.leernet.identity;

import java.util.Arrays;
import java.util.Date;
import java.util.Objects;

import org.camunda.bpm.engine.impl.IdentityServiceImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Guessing passwords slows down and locks an account only for a while ({@link LoginSettings}).
 * Every login (the webapps' form, HTTP Basic on the REST API, Leernet's own pages) ends in the
 * engine's {@code checkPassword}; Camunda's own throttling there locks an account for good after
 * {@code loginMaxAttempts} wrong passwords, until an administrator unlocks it, so that anyone
 * could lock the administrator out. This identity provider keeps Camunda's bookkeeping (the
 * attempts and lock expiry on the user) but every lock ends by itself. Camunda's
 * {@code login-*} engine properties have no effect.
 */
@Component
class LoginThrottling extends AbstractProcessEnginePlugin {

	private static final Logger LOCKS = LoggerFactory.getLogger(LoginThrottling.class);

	private final LoginSettings settings;

	LoginThrottling(LoginSettings settings) {
		this.settings = settings;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		configuration.setLoginMaxAttempts(Integer.MAX_VALUE);
		configuration.setIdentityService(new OneCheckAtATime());
		configuration.setIdentityProviderSessionFactory(new SessionFactory() {

			@Override
			public Class<?> getSessionType() {
				return ThrottledIdentityProvider.class;
			}

			@Override
			public Session openSession() {
				return new ThrottledIdentityProvider(settings);
			}

		});
	}

	/**
	 * Checks one account's password at a time. Guesses sent at the same moment would otherwise all
	 * read the account before any of them counted (on PostgreSQL 16 parallel wrong passwords
	 * counted as 5), so that parallel guessing escaped the waits. The logins call it outside any
	 * transaction, so each check has committed its count before the next reads it. Striped by user
	 * id, so that made-up names cannot grow a map; per server node.
	 */
	static class OneCheckAtATime extends IdentityServiceImpl {

		private final Object[] stripes = new Object[64];

		OneCheckAtATime() {
			Arrays.setAll(stripes, i -> new Object());
		}

		@Override
		public boolean checkPassword(String userId, String password) {
			synchronized (stripes[Math.floorMod(Objects.hashCode(userId), stripes.length)]) {
				return super.checkPassword(userId, password);
			}
		}

	}

	/** The engine's database identity provider, with locks that end. */
	static class ThrottledIdentityProvider extends DbIdentityServiceProvider {

		private final LoginSettings settings;

		ThrottledIdentityProvider(LoginSettings settings) {
			this.settings = settings;
		}

		@Override
		protected boolean isUserLocked(UserEntity user) {
			Date until = user.getLockExpirationTime();
			return until != null && until.after(ClockUtil.getCurrentTime());
		}

		@Override
		protected void lockUser(UserEntity user) {
			int failures = user.getAttempts() + 1;
			Date until = new Date(ClockUtil.getCurrentTime().getTime() + settings.waitAfter(failures).toMillis());
			if (failures >= settings.getLockAfter()) {
				LOCKS.warn("Account {} locked until {} after {} wrong passwords in a row", user.getId(), until, failures);
			}
			getIdentityInfoManager().updateUserLock(user, failures, until);
		}

	}

}
