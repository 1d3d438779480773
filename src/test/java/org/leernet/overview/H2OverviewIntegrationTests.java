package org.leernet.overview;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.leernet.OneEngineAtATime;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.client.TestRestTemplate;

/** Every overview check (pages, exports, calendar feeds, contacts) on the demo network, in one application context. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@OneEngineAtATime
class H2OverviewIntegrationTests implements OverviewUser, OverviewPageChecks {

	@Autowired
	TestRestTemplate rest;

	private static final Map<String, String> SESSIONS = new ConcurrentHashMap<>();

	@Override
	public TestRestTemplate rest() {
		return rest;
	}

	@Override
	public String session(String user) {
		return SESSIONS.computeIfAbsent(user, u -> OverviewUser.login(rest, u));
	}

}
