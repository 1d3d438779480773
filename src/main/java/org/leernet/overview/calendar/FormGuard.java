package org.leernet.overview.calendar;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * What a state-changing POST of the calendar page must show: it comes from our own site (no
 * foreign {@code Origin} or {@code Referer}, no {@code Sec-Fetch-Site: cross-site}) and carries
 * the form token of the browser's session in a hidden field.
 */
final class FormGuard {

	static final String FIELD = "formToken";

	private static final String ATTRIBUTE = FormGuard.class.getName();

	private static final SecureRandom RANDOM = new SecureRandom();

	private FormGuard() {
	}

	/** The session's form token, made at its first form. */
	static String token(HttpServletRequest request) {
		HttpSession session = request.getSession();
		Object token = session.getAttribute(ATTRIBUTE);
		if (token instanceof String existing) {
			return existing;
		}
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String fresh = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		session.setAttribute(ATTRIBUTE, fresh);
		return fresh;
	}

	/** True if the POST is from our own page in this session; {@code publicOrigin} is the configured public address, or null. */
	static boolean allows(HttpServletRequest request, String submitted, String publicBaseUrl) {
		if ("cross-site".equalsIgnoreCase(request.getHeader("Sec-Fetch-Site"))) {
			return false;
		}
		String from = request.getHeader("Origin");
		if (from == null) {
			from = request.getHeader("Referer");
		}
		if (from != null) {
			String origin = origin(from);
			boolean own = origin != null && (origin.equals(publicBaseUrl == null ? null : origin(publicBaseUrl))
					|| origin.equals(origin(request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort())));
			if (!own) {
				return false;
			}
		}
		HttpSession session = request.getSession(false);
		Object expected = session == null ? null : session.getAttribute(ATTRIBUTE);
		return expected instanceof String token && submitted != null && MessageDigest
			.isEqual(token.getBytes(StandardCharsets.US_ASCII), submitted.getBytes(StandardCharsets.US_ASCII));
	}

	/** scheme://host[:port] in lower case, without a default port; null for "null" or garbage. */
	static String origin(String url) {
		try {
			URI uri = URI.create(url.trim());
			if (uri.getScheme() == null || uri.getHost() == null) {
				return null;
			}
			String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
			int port = uri.getPort();
			boolean defaultPort = port == -1 || ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
			return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
