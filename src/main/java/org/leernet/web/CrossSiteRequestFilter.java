package org.leernet.web;

import java.io.IOException;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.leernet.identity.FormGuard;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Leernet's own API ({@code /leernet/api/…}) is safe from cross-site requests: a browser sends
 * cached Basic credentials along with a foreign site's request. A state change (POST, PUT, PATCH,
 * DELETE) whose {@code Origin} (or, without it, {@code Referer}) is another site is refused with
 * 403, and a POST, PUT or PATCH needs a JSON body, which a cross-site HTML form cannot send. Scripts
 * and curl send no Origin and keep working with {@code Content-Type: application/json}.
 */
class CrossSiteRequestFilter extends OncePerRequestFilter {

	private static final Set<String> STATE_CHANGES = Set.of("POST", "PUT", "PATCH", "DELETE");

	private static final Set<String> WITH_BODY = Set.of("POST", "PUT", "PATCH");

	/** Where people reach Leernet behind a proxy ({@code leernet.mail.base-url}), or null. */
	private final String publicOrigin;

	CrossSiteRequestFilter(String publicBaseUrl) {
		this.publicOrigin = publicBaseUrl == null || publicBaseUrl.isBlank() ? null : origin(publicBaseUrl);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String method = request.getMethod().toUpperCase(Locale.ROOT);
		if (!STATE_CHANGES.contains(method)) {
			chain.doFilter(request, response);
			return;
		}
		String from = request.getHeader(HttpHeaders.ORIGIN);
		if (from == null && request.getHeader(HttpHeaders.REFERER) != null) {
			from = request.getHeader(HttpHeaders.REFERER);
		}
		if (from != null && !sameOrigin(origin(from), request)) {
			JsonRefusal.write(response, HttpServletResponse.SC_FORBIDDEN, "CrossSiteRequest",
					"Dit verzoek komt van een andere website en is geweigerd.");
			return;
		}
		if (WITH_BODY.contains(method) && !json(request.getContentType())) {
			JsonRefusal.write(response, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE, "JsonRequired",
					"Stuur een JSON-body mee (Content-Type: application/json).");
			return;
		}
		chain.doFilter(request, response);
	}

	private boolean sameOrigin(String origin, HttpServletRequest request) {
		if (origin == null) {
			return false;
		}
		return origin.equals(publicOrigin)
				|| origin.equals(origin(request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort()));
	}

	private static boolean json(String contentType) {
		if (contentType == null) {
			return false;
		}
		try {
			MediaType type = MediaType.parseMediaType(contentType);
			return type.isCompatibleWith(MediaType.APPLICATION_JSON) || type.getSubtype().endsWith("+json");
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	private static String origin(String url) {
		return FormGuard.origin(url);
	}

}
