package org.leernet.identity;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The grants Camunda gives by itself when something is created, changed in two places (the
 * engine has one such provider, so both live here):
 * <ul>
 * <li>Camunda grants whoever deploys every right on the new deployment, DELETE included, and
 * deleting a deployment with cascade deletes the networks running on it. Here a deployment
 * gives its deployer nothing of their own: a process owner has the rights of the role
 * ({@link AccessRights}), which let them deploy and read deployments, not delete them.</li>
 * <li>Camunda grants every candidate group read and update on each of its tasks. Coordinators
 * may already do everything with every task ({@link AccessRights}), so a row per task only
 * added to every authorization check: with 5,000 such rows the planner chose a 3 s plan for
 * their task list (README, "Performance").</li>
 * </ul>
 */
@Component
class DefaultGrants extends AbstractProcessEnginePlugin {

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		configuration.setResourceAuthorizationProvider(new Provider());
	}

	static class Provider extends DefaultAuthorizationProvider {

		@Override
		public AuthorizationEntity[] newDeployment(Deployment deployment) {
			return null;
		}

		@Override
		public AuthorizationEntity[] newTaskGroupIdentityLink(Task task, String groupId, String identityLinkType) {
			return Groups.COORDINATORS.equals(groupId) ? null : super.newTaskGroupIdentityLink(task, groupId, identityLinkType);
		}

	}

}
