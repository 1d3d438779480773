package org.leernet.identity;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.stereotype.Component;

/**
 * A shortcut in the engine's authorization work, found with the benchmark (README,
 * "Performance"); it does not change who may see or do what. Before each authorization check
 * Camunda reads the id of every group that holds any authorization (one per organisation, from
 * a table with a row per open task) to drop the user's groups that hold none, which keeps long
 * group lists out of the SQL. Our users are in one to three groups: at 100,000 open tasks that
 * read cost about 25 ms, twice per Tasklist request, and dropped nothing that mattered (a group
 * without authorizations matches no row anyway). Users in more than {@value #FEW_GROUPS} groups
 * keep it. (Coordinators' grants per task: {@link DefaultGrants}.)
 */
@Component
class AuthorizationShortcuts extends AbstractProcessEnginePlugin {

	static final int FEW_GROUPS = 10;

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		List<SessionFactory> factories = configuration.getCustomSessionFactories() == null ? new ArrayList<>()
				: new ArrayList<>(configuration.getCustomSessionFactories());
		factories.add(new SessionFactory() {

			@Override
			public Class<?> getSessionType() {
				return AuthorizationManager.class;
			}

			@Override
			public Session openSession() {
				return new FewGroupsAuthorizationManager();
			}

		});
		configuration.setCustomSessionFactories(factories);
	}

	static class FewGroupsAuthorizationManager extends AuthorizationManager {

		@Override
		public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
			if (authenticatedGroupIds != null && !authenticatedGroupIds.isEmpty()
					&& authenticatedGroupIds.size() <= FEW_GROUPS) {
				return new ArrayList<>(authenticatedGroupIds);
			}
			return super.filterAuthenticatedGroupIds(authenticatedGroupIds);
		}

	}

}
