package org.leernet.demo;

import org.leernet.OneEngineAtATime;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/** The demo-network checks on the embedded H2 database, the default for newcomers. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@OneEngineAtATime
class H2DemoNetworkIntegrationTests extends DemoNetworkChecks {

}
