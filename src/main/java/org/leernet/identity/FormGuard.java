package org.leernet.identity;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * The anti-CSRF rules of a Leernet page's form: a POST whose {@code Origin} (or, without it,
 * {@code Referer}) is another site, or that the browser marks {@code Sec-Fetch-Site: cross-site},
 * is refused; and it must carry the form token of the session (a hidden field), which a foreign
 * site cannot read. The webapps' own CSRF filter covers {@code /camunda} only, and
 * web/CrossSiteRequestFilter only {@code /leernet/api}.
 */
@Component
public class FormGuard {

	public static final String FIELD = "formToken";

	static final String SESSION_ATTRIBUTE = FormGuard.class.getName() + ".token";

	private static final SecureRandom RANDOM = new SecureRandom();

	/** Where people reach Leernet behind a proxy ({@code leernet.mail.base-url}), or null. */
	private final String publicOrigin;

	FormGuard(@Value("${leernet.mail.base-url:}") String publicBaseUrl) {
		this.publicOrigin = publicBaseUrl == null || publicBaseUrl.isBlank() ? null : origin(publicBaseUrl);
	}

	/** The session's form token, made on first use; the session exists (the viewer is logged in). */
	public String token(HttpServletRequest request) {
		HttpSession session = request.getSession();
		synchronized (session) {
			Object token = session.getAttribute(SESSION_ATTRIBUTE);
			if (token instanceof String text) {
				return text;
			}
			byte[] bytes = new byte[32];
			RANDOM.nextBytes(bytes);
			String made = HexFormat.of().formatHex(bytes);
			session.setAttribute(SESSION_ATTRIBUTE, made);
			return made;
		}
	}

	/** True if this POST comes from another site: foreign Origin or Referer, or Sec-Fetch-Site cross-site. */
	public boolean crossSite(HttpServletRequest request) {
		if ("cross-site".equalsIgnoreCase(request.getHeader("Sec-Fetch-Site"))) {
			return true;
		}
		String from = request.getHeader(HttpHeaders.ORIGIN);
		if (from == null) {
			from = request.getHeader(HttpHeaders.REFERER);
		}
		if (from == null) {
			return false;
		}
		String origin = origin(from);
		return origin == null || !(origin.equals(publicOrigin) || origin
			.equals(origin(request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort())));
	}

	/** True if the form carried the token of this session. */
	public boolean validToken(HttpServletRequest request, String sent) {
		HttpSession session = request.getSession(false);
		Object expected = session == null ? null : session.getAttribute(SESSION_ATTRIBUTE);
		return sent != null && expected instanceof String token
				&& MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
	}

	/** True if this POST is from our own site and carries this session's form token. */
	public boolean allows(HttpServletRequest request, String sent) {
		return !crossSite(request) && validToken(request, sent);
	}

	/** scheme://host[:port] in lower case, without a default port; null for "null" or garbage. */
	public static String origin(String url) {
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
