package org.leernet.identity;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.Objects;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.identity.WritableIdentityProvider;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.springframework.stereotype.Component;

/**
 * Camunda grants every user ALL on their own user ({@code DefaultAuthorizationProvider.newUser}),
 * so anyone could change their e-mail address over REST ({@code PUT /user/{id}/profile}) and
 * then be taken for whoever owns that address. Here nobody but an administrator changes a name
 * or address (their own included), and nobody deletes their own account; changing one's own
 * password ({@code PUT /user/{id}/credentials}, the Welcome app's password page) still works.
 * <p>
 * A guard on the writing side of the identity provider rather than a revoked grant: it holds for
 * users an administrator creates while the application runs too. It wraps whichever provider is
 * configured (another plugin may replace it, e.g. to throttle logins), after all plugins' preInit.
 * Leernet's own code runs without authentication and is not affected.
 */
@Component
class OwnProfileGuard extends AbstractProcessEnginePlugin {

	static final String PROFILE_REFUSED = "U kunt uw eigen naam en e-mailadres niet wijzigen; vraag het de beheerder van Leernet.";

	static final String DELETE_REFUSED = "U kunt uw eigen account niet verwijderen; vraag het de beheerder van Leernet.";

	@Override
	public void postInit(ProcessEngineConfigurationImpl configuration) {
		Map<Class<?>, SessionFactory> factories = configuration.getSessionFactories();
		SessionFactory writable = factories.get(WritableIdentityProvider.class);
		if (writable != null) {
			factories.put(WritableIdentityProvider.class, new Guarded(writable));
		}
	}

	/** Opens the configured provider's session behind a guard of {@code saveUser} and {@code deleteUser}. */
	record Guarded(SessionFactory inner) implements SessionFactory {

		@Override
		public Class<?> getSessionType() {
			return WritableIdentityProvider.class;
		}

		@Override
		public Session openSession() {
			Session provider = inner.openSession();
			return (Session) Proxy.newProxyInstance(OwnProfileGuard.class.getClassLoader(),
					new Class<?>[] { WritableIdentityProvider.class }, (proxy, method, args) -> {
						check(method, args);
						try {
							return method.invoke(provider, args);
						}
						catch (InvocationTargetException ex) {
							throw ex.getCause();
						}
					});
		}

	}

	static void check(Method method, Object[] args) {
		if (method.getName().equals("saveUser") && args[0] instanceof UserEntity user && user.getRevision() != 0
				&& isOwnNotAdmin(user.getId())) {
			UserEntity stored = Context.getCommandContext().getDbEntityManager().selectById(UserEntity.class, user.getId());
			if (stored != null && !(Objects.equals(stored.getFirstName(), user.getFirstName())
					&& Objects.equals(stored.getLastName(), user.getLastName())
					&& Objects.equals(stored.getEmail(), user.getEmail()))) {
				throw new AuthorizationException(PROFILE_REFUSED);
			}
		}
		if (method.getName().equals("deleteUser") && args[0] instanceof String userId && isOwnNotAdmin(userId)) {
			throw new AuthorizationException(DELETE_REFUSED);
		}
	}

	private static boolean isOwnNotAdmin(String userId) {
		CommandContext command = Context.getCommandContext();
		Authentication current = command.getAuthentication();
		return current != null && current.getUserId() != null && current.getUserId().equals(userId)
				&& !command.getAuthorizationManager().isCamundaAdmin(current);
	}

}
