package org.leernet;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/** The bad-input checks on the embedded H2 database, the default for newcomers. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@OneEngineAtATime
class H2BadInputIntegrationTests extends BadInputChecks {

}
