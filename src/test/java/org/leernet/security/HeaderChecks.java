package org.leernet.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Class 10: Leernet's own pages tell the browser what they may load and do (no inline script or
 * style, no framing, forms only to ourselves), never to sniff types, to send no token in a
 * Referer and to keep no copy of a page that holds a token.
 */
interface HeaderChecks extends HostileUser {

	String TOKEN = "0".repeat(64);

	/** Headers every page of ours carries; answers the CSP for further checks. */
	private static String assertPageHeaders(ResponseEntity<String> page, String referrerPolicy) {
		HttpHeaders headers = page.getHeaders();
		String csp = headers.getFirst("Content-Security-Policy");
		assertThat(headers.get("Content-Security-Policy")).as("one CSP").hasSize(1);
		assertThat(csp).contains("default-src 'self'", "frame-ancestors 'none'", "form-action 'self'", "object-src 'none'",
				"base-uri 'none'");
		assertThat(csp).doesNotContain("unsafe-inline", "unsafe-eval");
		assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(headers.getFirst("Referrer-Policy")).isEqualTo(referrerPolicy);
		// what the CSP forbids is not in the page either: it would break in the browser
		assertThat(page.getBody()).doesNotContain("<style", " style=\"", "<script>", " onclick=");
		return csp;
	}

	private static void assertNotStored(ResponseEntity<String> page) {
		assertThat(page.getHeaders().getCacheControl()).contains("no-store");
	}

	@Test
	default void theSetPasswordPageHoldsItsTokenBack() {
		ResponseEntity<String> page = get(null, "/leernet/wachtwoord/" + TOKEN);
		assertThat(page.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertPageHeaders(page, "no-referrer");
		assertNotStored(page);

		// a contact of the demo network whose account Leernet made (only those get a link)
		String contact = engine().getIdentityService().createUserQuery().userEmail("jan.claes@berkenhof.example").singleResult().getId();
		String token = bean(org.leernet.identity.PasswordLinks.class).issue(contact).orElseThrow();
		ResponseEntity<String> form = get(null, "/leernet/wachtwoord/" + token);
		assertThat(form.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(form.getBody()).contains("Wachtwoord instellen", "method=\"post\"");
		assertPageHeaders(form, "no-referrer");
		assertNotStored(form);

		ResponseEntity<String> refused = send(null, HttpMethod.POST, "/leernet/wachtwoord/" + token,
				"password=kort&confirmation=kort", formHeaders());
		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(refused.getBody()).contains("minstens 10 tekens");
		assertPageHeaders(refused, "no-referrer");
		assertNotStored(refused);
	}

	@Test
	default void theUnsubscribePageHoldsItsTokenBack() {
		ResponseEntity<String> page = get(null, "/leernet/herinneringen-uit/" + TOKEN);
		assertThat(page.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertPageHeaders(page, "no-referrer");
		assertNotStored(page);
	}

	@Test
	default void theCaughtMailPagesForbidFramingAndSandboxTheMail() {
		ResponseEntity<String> anonymous = get(null, "/leernet/mails");
		assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertPageHeaders(anonymous, "strict-origin-when-cross-origin");

		HttpHeaders session = new HttpHeaders();
		session.add(HttpHeaders.COOKIE, WebappLogin.session(rest(), "coordinator"));
		ResponseEntity<String> mails = send(null, HttpMethod.GET, "/leernet/mails", null, session);
		assertThat(mails.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertPageHeaders(mails, "strict-origin-when-cross-origin");

		Matcher link = Pattern.compile("/leernet/mails/(\\d+)/html").matcher(mails.getBody());
		assertThat(link.find()).as("a caught mail with an HTML part").isTrue();
		ResponseEntity<String> html = send(null, HttpMethod.GET, link.group(), null, session);
		assertThat(html.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(html.getHeaders().get("Content-Security-Policy")).as("one CSP").hasSize(1);
		String csp = html.getHeaders().getFirst("Content-Security-Policy");
		// the mails page shows it in an iframe; no scripts, forms or plugins of the mail run
		assertThat(csp).startsWith("sandbox").contains("default-src 'none'", "frame-ancestors 'self'");
		assertThat(csp).doesNotContain("allow-scripts", "allow-same-origin", "script-src");
		assertThat(html.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
	}

	@Test
	default void errorPagesCarryTheHeadersToo() {
		ResponseEntity<String> ours = send(null, HttpMethod.GET, "/leernet/bestaat-niet", null, htmlOnly());
		assertThat(ours.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(ours.getBody()).contains("Pagina niet gevonden");
		assertPageHeaders(ours, "strict-origin-when-cross-origin");

		ResponseEntity<String> elsewhere = send(null, HttpMethod.GET, "/bestaat-niet", null, htmlOnly());
		assertThat(elsewhere.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(elsewhere.getBody()).contains("Pagina niet gevonden");
		assertPageHeaders(elsewhere, "strict-origin-when-cross-origin");
	}

	@Test
	default void theStylesheetOfOurPagesIsServedAsCss() {
		ResponseEntity<String> css = get(null, "/leernet/leernet.css");
		assertThat(css.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(css.getHeaders().getContentType().toString()).startsWith("text/css");
		assertThat(css.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
	}

	@Test
	default void theRestApiForbidsSniffing() {
		ResponseEntity<String> refused = get(null, "/engine-rest/engine");
		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(refused.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
		ResponseEntity<String> answered = get("coordinator", "/engine-rest/engine");
		assertThat(answered.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(answered.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
	}

	@Test
	default void theWebappsKeepTheirOwnHeaders() {
		ResponseEntity<String> tasklist = get(null, WebappLogin.TASKLIST);
		assertThat(tasklist.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(tasklist.getHeaders().get("Content-Security-Policy")).as("Camunda's CSP only").hasSize(1);
		assertThat(tasklist.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
	}

	private static HttpHeaders formHeaders() {
		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.CONTENT_TYPE, "application/x-www-form-urlencoded");
		return headers;
	}

	private static HttpHeaders htmlOnly() {
		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.ACCEPT, "text/html");
		return headers;
	}

}
