package org.leernet;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@OneEngineAtATime
class H2LifecycleIntegrationTests extends LifecycleChecks {

	@Override
	protected String codePrefix() {
		return "HTWO";
	}

}
