package org.leernet.identity;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.repository.Deployment;
import org.springframework.stereotype.Component;

/**
 * Camunda grants whoever deploys every right on the new deployment, DELETE included, and
 * deleting a deployment with cascade deletes the networks running on it. Here a deployment
 * gives its deployer nothing of their own: a process owner has the rights of the role
 * ({@link AccessRights}), which let them deploy and read deployments, not delete them.
 */
@Component
class DeploymentOwnerRights extends AbstractProcessEnginePlugin {

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		configuration.setResourceAuthorizationProvider(new DefaultAuthorizationProvider() {

			@Override
			public AuthorizationEntity[] newDeployment(Deployment deployment) {
				return null;
			}

		});
	}

}
