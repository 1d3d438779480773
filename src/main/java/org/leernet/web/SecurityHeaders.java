package org.leernet.web;

import java.io.IOException;
import java.util.regex.Pattern;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The browser headers of Leernet's own pages ({@code /leernet/**} and the error page): nothing
 * but our own files loads, no page can be framed by another site, forms post only to us, and the
 * pages behind a link with a token neither pass the token on in a Referer nor stay in a cache
 * (also the calendar page, which shows new subscription tokens, and the feeds that carry one).
 * Camunda's webapps set their own headers ({@code camunda.bpm.webapp.header-security}); the REST
 * API only needs its answers never to be sniffed as something else.
 */
@Configuration(proxyBeanMethods = false)
class SecurityHeaders {

	/** No inline script or style: the pages use {@code /leernet/leernet.css} only. */
	static final String PAGE_POLICY = "default-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
			+ "frame-ancestors 'none'";

	/**
	 * A caught mail's HTML as the mails page shows it, in its iframe: a sandbox (no scripts, forms,
	 * or access to Leernet's cookies), with the mail's own inline styles and embedded images.
	 */
	static final String MAIL_POLICY = "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
			+ "form-action 'none'; base-uri 'none'; frame-ancestors 'self'";

	private static final Pattern MAIL_HTML = Pattern.compile("/leernet/mails/\\d+/html");

	private static final Pattern TOKEN_PAGE = Pattern
		.compile("/leernet/((wachtwoord|herinneringen-uit|taak)/.*|agenda(/.*)?)");

	@Bean
	FilterRegistrationBean<HeaderFilter> securityHeadersFilter(
			@Value("${spring.jersey.application-path:/engine-rest}") String restApiPath,
			@Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) {
		var registration = new FilterRegistrationBean<>(new HeaderFilter(restApiPath, webappPath));
		registration.setName("leernet-security-headers");
		registration.addUrlPatterns("/leernet/*", "/error", restApiPath + "/*");
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
		// before the REST API's login filter, whose 401 ends the chain
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

	static class HeaderFilter extends OncePerRequestFilter {

		private final String restApiPath;

		private final String webappPath;

		HeaderFilter(String restApiPath, String webappPath) {
			this.restApiPath = restApiPath;
			this.webappPath = webappPath;
		}

		@Override
		protected boolean shouldNotFilterErrorDispatch() {
			return false;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			String path = path(request);
			response.setHeader("X-Content-Type-Options", "nosniff");
			if (!path.startsWith(restApiPath + "/") && !path.startsWith(webappPath + "/")) {
				boolean token = TOKEN_PAGE.matcher(path).matches();
				response.setHeader("Content-Security-Policy", MAIL_HTML.matcher(path).matches() ? MAIL_POLICY : PAGE_POLICY);
				response.setHeader("Referrer-Policy", token ? "no-referrer" : "strict-origin-when-cross-origin");
				if (token) {
					response.setHeader("Cache-Control", "no-store");
				}
			}
			chain.doFilter(request, response);
		}

		/** The path the browser asked for, also when the error page answers it. */
		private static String path(HttpServletRequest request) {
			Object original = request.getDispatcherType() == DispatcherType.ERROR
					? request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) : null;
			String uri = original instanceof String asked ? asked : request.getRequestURI();
			return uri.substring(Math.min(request.getContextPath().length(), uri.length()));
		}

	}

}
