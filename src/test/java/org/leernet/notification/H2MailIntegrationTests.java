package org.leernet.notification;

import org.leernet.OneEngineAtATime;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/** The mail checks on the embedded H2 database, the default for newcomers. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@OneEngineAtATime
class H2MailIntegrationTests extends TaskLinkChecks {

}
