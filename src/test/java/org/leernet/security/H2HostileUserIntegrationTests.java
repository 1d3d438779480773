package org.leernet.security;

import org.leernet.OneEngineAtATime;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/** Every security check on the embedded H2 database, with the demo network's users. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@OneEngineAtATime
class H2HostileUserIntegrationTests extends HostileUserSupport
		implements SubmissionChecks, MessageChecks, DeploymentCodeChecks, HeaderChecks,
			LoginThrottlingChecks, RequestLimitChecks, ErrorChecks, CsrfChecks,
			TrustedStateChecks, NumberChecks, AccountChecks, UnsubscribeChecks {

}
