package org.leernet.security;

import io.zonky.test.db.AutoConfigureEmbeddedDatabase;
import io.zonky.test.db.AutoConfigureEmbeddedDatabase.DatabaseProvider;
import io.zonky.test.db.AutoConfigureEmbeddedDatabase.DatabaseType;
import org.leernet.OneEngineAtATime;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/** Every security check on a real PostgreSQL, with the demo network's users. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@OneEngineAtATime
@AutoConfigureEmbeddedDatabase(type = DatabaseType.POSTGRES, provider = DatabaseProvider.ZONKY)
class PostgresHostileUserIntegrationTests extends HostileUserSupport
		implements SubmissionChecks, MessageChecks, DeploymentCodeChecks, HeaderChecks,
			LoginThrottlingChecks, RequestLimitChecks, ErrorChecks, CsrfChecks,
			TrustedStateChecks, NumberChecks, AccountChecks, UnsubscribeChecks {

}
