package org.leernet.deployment;

import org.leernet.OneEngineAtATime;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/** Deploying from Camunda Modeler on the embedded H2 database, the default for newcomers. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@OneEngineAtATime
class H2ModelerDeploymentIntegrationTests extends ModelerDeploymentChecks {

	@Override
	protected String codePrefix() {
		return "HTWO";
	}

}
