package org.leernet.overview;

import org.leernet.security.WebappLogin;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * What the overview checks share: the demo network's users, logged in to the webapps as a
 * browser is, asking Leernet's pages, exports and feeds. One application context runs them all.
 */
public interface OverviewUser {

	/** The demo network's code. */
	String DEMO_NETWORK = "DEMO-2027-1";

	TestRestTemplate rest();

	/** The session cookie of this demo user (password = user name), made once per user. */
	String session(String user);

	/** GET as this user (null: nobody logged in), following no redirect. */
	default ResponseEntity<String> get(String user, String path) {
		HttpHeaders headers = new HttpHeaders();
		if (user != null) {
			headers.add(HttpHeaders.COOKIE, session(user));
		}
		return rest().exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
	}

	/** GET of a binary answer (an .xlsx), as this user. */
	default ResponseEntity<byte[]> getBytes(String user, String path) {
		HttpHeaders headers = new HttpHeaders();
		if (user != null) {
			headers.add(HttpHeaders.COOKIE, session(user));
		}
		return rest().exchange(path, HttpMethod.GET, new HttpEntity<>(headers), byte[].class);
	}

	/** Logged in as the user would: process owners to Cockpit (Tasklist refuses them), the others to Tasklist. */
	static String login(TestRestTemplate rest, String user) {
		return WebappLogin.session(rest, user, user, "process-owner".equals(user) ? "cockpit" : "tasklist");
	}

}
