package org.leernet.security;

import java.util.List;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/** The webapps' login form as a browser sends it: with the session and CSRF token of a first visit. */
public final class WebappLogin {

	public static final String TASKLIST = "/camunda/app/tasklist/default/";

	private WebappLogin() {
	}

	/** {@code POST /camunda/api/admin/auth/user/default/login/tasklist}, form-urlencoded. */
	public static ResponseEntity<String> login(TestRestTemplate rest, String user, String password) {
		ResponseEntity<String> first = rest.getForEntity(TASKLIST, String.class);
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
		headers.add(HttpHeaders.COOKIE, cookies(first.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE)));
		headers.add("X-XSRF-TOKEN", first.getHeaders().getFirst("X-XSRF-TOKEN"));
		var form = new LinkedMultiValueMap<String, String>();
		form.add("username", user);
		form.add("password", password);
		return rest.exchange("/camunda/api/admin/auth/user/default/login/tasklist", HttpMethod.POST,
				new HttpEntity<>(form, headers), String.class);
	}

	/** The cookie header of a logged-in Tasklist session of {@code user} (password = user name). */
	public static String session(TestRestTemplate rest, String user) {
		return session(rest, user, user, "tasklist");
	}

	/** The cookie header of a session of {@code user} logged in to this webapp ({@code tasklist}, {@code cockpit}). */
	public static String session(TestRestTemplate rest, String user, String password, String app) {
		ResponseEntity<String> first = rest.getForEntity("/camunda/app/" + app + "/default/", String.class);
		String cookie = cookies(first.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE));
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
		headers.add(HttpHeaders.COOKIE, cookie);
		headers.add("X-XSRF-TOKEN", first.getHeaders().getFirst("X-XSRF-TOKEN"));
		var form = new LinkedMultiValueMap<String, String>();
		form.add("username", user);
		form.add("password", password);
		ResponseEntity<String> login = rest.exchange("/camunda/api/admin/auth/user/default/login/" + app,
				HttpMethod.POST, new HttpEntity<>(form, headers), String.class);
		if (!login.getStatusCode().is2xxSuccessful()) {
			throw new IllegalStateException("login of " + user + " to " + app + ": " + login.getStatusCode());
		}
		List<String> renewed = login.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE);
		return renewed.isEmpty() ? cookie : cookies(renewed);
	}

	private static String cookies(List<String> setCookies) {
		return String.join("; ", setCookies.stream().map(c -> c.split(";")[0]).toList());
	}

}
