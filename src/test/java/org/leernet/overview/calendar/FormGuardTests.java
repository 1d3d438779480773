package org.leernet.overview.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** The calendar page's POSTs: only from our own site, with the session's form token. */
class FormGuardTests {

	private static MockHttpServletRequest post() {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/leernet/agenda/nieuw");
		request.setServerName("leernet.local");
		request.setServerPort(8080);
		return request;
	}

	@Test
	void theSessionsTokenFromOurOwnPageIsAllowed() {
		MockHttpServletRequest request = post();
		String token = FormGuard.token(request);
		assertThat(FormGuard.token(request)).isEqualTo(token);
		request.addHeader("Origin", "http://leernet.local:8080");
		request.addHeader("Sec-Fetch-Site", "same-origin");
		assertThat(FormGuard.allows(request, token, null)).isTrue();
	}

	@Test
	void withoutOrWithAnotherTokenItIsRefused() {
		MockHttpServletRequest request = post();
		String token = FormGuard.token(request);
		assertThat(FormGuard.allows(request, null, null)).isFalse();
		assertThat(FormGuard.allows(request, token + "x", null)).isFalse();
		assertThat(FormGuard.allows(post(), token, null)).as("another session").isFalse();
	}

	@Test
	void aForeignSiteIsRefusedEvenWithTheToken() {
		MockHttpServletRequest foreign = post();
		String token = FormGuard.token(foreign);
		foreign.addHeader("Origin", "https://evil.example");
		assertThat(FormGuard.allows(foreign, token, null)).isFalse();

		MockHttpServletRequest nullOrigin = post();
		nullOrigin.addHeader("Origin", "null");
		assertThat(FormGuard.allows(nullOrigin, FormGuard.token(nullOrigin), null)).isFalse();

		MockHttpServletRequest crossSite = post();
		crossSite.addHeader("Sec-Fetch-Site", "cross-site");
		assertThat(FormGuard.allows(crossSite, FormGuard.token(crossSite), null)).isFalse();

		MockHttpServletRequest referer = post();
		referer.addHeader("Referer", "https://evil.example/page");
		assertThat(FormGuard.allows(referer, FormGuard.token(referer), null)).isFalse();
	}

	@Test
	void thePublicAddressBehindAProxyCountsAsOurs() {
		MockHttpServletRequest request = post();
		request.addHeader("Origin", "https://leernet.example.org");
		assertThat(FormGuard.allows(request, FormGuard.token(request), "https://leernet.example.org/")).isTrue();
	}

}
