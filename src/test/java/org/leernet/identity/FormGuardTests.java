package org.leernet.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** The POSTs of Leernet's pages (calendar links, contact persons): only from our own site, with the session's form token. */
class FormGuardTests {

	private static final FormGuard GUARD = new FormGuard("");

	private static MockHttpServletRequest post() {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/leernet/agenda/nieuw");
		request.setServerName("leernet.local");
		request.setServerPort(8080);
		return request;
	}

	@Test
	void theSessionsTokenFromOurOwnPageIsAllowed() {
		MockHttpServletRequest request = post();
		String token = GUARD.token(request);
		assertThat(GUARD.token(request)).isEqualTo(token);
		request.addHeader("Origin", "http://leernet.local:8080");
		request.addHeader("Sec-Fetch-Site", "same-origin");
		assertThat(GUARD.allows(request, token)).isTrue();
	}

	@Test
	void withoutOrWithAnotherTokenItIsRefused() {
		MockHttpServletRequest request = post();
		String token = GUARD.token(request);
		assertThat(GUARD.allows(request, null)).isFalse();
		assertThat(GUARD.allows(request, token + "x")).isFalse();
		assertThat(GUARD.allows(post(), token)).as("another session").isFalse();
	}

	@Test
	void aForeignSiteIsRefusedEvenWithTheToken() {
		MockHttpServletRequest foreign = post();
		String token = GUARD.token(foreign);
		foreign.addHeader("Origin", "https://evil.example");
		assertThat(GUARD.allows(foreign, token)).isFalse();

		MockHttpServletRequest nullOrigin = post();
		nullOrigin.addHeader("Origin", "null");
		assertThat(GUARD.allows(nullOrigin, GUARD.token(nullOrigin))).isFalse();

		MockHttpServletRequest crossSite = post();
		crossSite.addHeader("Sec-Fetch-Site", "cross-site");
		assertThat(GUARD.allows(crossSite, GUARD.token(crossSite))).isFalse();

		MockHttpServletRequest referer = post();
		referer.addHeader("Referer", "https://evil.example/page");
		assertThat(GUARD.allows(referer, GUARD.token(referer))).isFalse();
	}

	@Test
	void thePublicAddressBehindAProxyCountsAsOurs() {
		MockHttpServletRequest request = post();
		request.addHeader("Origin", "https://leernet.example.org");
		assertThat(new FormGuard("https://leernet.example.org/").allows(request, GUARD.token(request))).isTrue();
	}

}
