package org.leernet.identity;

import java.util.Objects;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.identity.IdentityOperationResult;
import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.persistence.GenericManagerFactory;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.springframework.stereotype.Component;

/**
 * Camunda grants every user ALL on their own user ({@code DefaultAuthorizationProvider.newUser}),
 * so anyone could change their e-mail address over REST ({@code PUT /user/{id}/profile}) and
 * then be taken for whoever owns that address. Here nobody but an administrator changes a name
 * or address (their own included), and nobody deletes their own account; changing one's own
 * password ({@code PUT /user/{id}/credentials}, the Welcome app's password page) still works.
 * A guard in the identity provider rather than a revoked grant: it holds for users an
 * administrator creates while the application runs too. Leernet's own code (no authentication)
 * is not affected.
 */
@Component
class OwnProfileGuard extends AbstractProcessEnginePlugin {

	static final String REFUSED = "U kunt uw eigen naam en e-mailadres niet wijzigen; vraag het de beheerder van Leernet.";

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		configuration.setIdentityProviderSessionFactory(new GenericManagerFactory(Provider.class));
	}

	/** Public with a public constructor: Camunda makes one per command by reflection. */
	public static class Provider extends DbIdentityServiceProvider {

		@Override
		public IdentityOperationResult saveUser(User user) {
			if (user instanceof UserEntity entity && entity.getRevision() != 0 && isOwnNotAdmin(user.getId())) {
				UserEntity stored = getDbEntityManager().selectById(UserEntity.class, user.getId());
				if (stored != null && !(Objects.equals(stored.getFirstName(), user.getFirstName())
						&& Objects.equals(stored.getLastName(), user.getLastName())
						&& Objects.equals(stored.getEmail(), user.getEmail()))) {
					throw new AuthorizationException(REFUSED);
				}
			}
			return super.saveUser(user);
		}

		@Override
		public IdentityOperationResult deleteUser(String userId) {
			if (isOwnNotAdmin(userId)) {
				throw new AuthorizationException("U kunt uw eigen account niet verwijderen; vraag het de beheerder van Leernet.");
			}
			return super.deleteUser(userId);
		}

		private boolean isOwnNotAdmin(String userId) {
			Authentication current = getCurrentAuthentication();
			return current != null && current.getUserId() != null && current.getUserId().equals(userId)
					&& !getAuthorizationManager().isCamundaAdmin(current);
		}

	}

}
