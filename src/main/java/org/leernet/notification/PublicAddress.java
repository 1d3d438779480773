package org.leernet.notification;

import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Where people reach Leernet, for the links in mails: the configured public URL
 * ({@code leernet.mail.base-url}, e.g. behind a proxy) when there is one, otherwise the port the
 * running server actually bound on this host ({@code server.port=0} included).
 */
@Component
public class PublicAddress implements ApplicationListener<WebServerInitializedEvent> {

	private final MailSettings settings;

	private volatile int boundPort;

	private final int configuredPort;

	PublicAddress(MailSettings settings, Environment environment) {
		this.settings = settings;
		this.configuredPort = environment.getProperty("server.port", Integer.class, 8080);
	}

	@Override
	public void onApplicationEvent(WebServerInitializedEvent event) {
		// the management server (if on a port of its own) is not where people go
		if (!"management".equals(event.getApplicationContext().getServerNamespace())) {
			boundPort = event.getWebServer().getPort();
		}
	}

	public String baseUrl() {
		if (settings.baseUrl() != null && !settings.baseUrl().isBlank()) {
			return settings.baseUrl();
		}
		int port = boundPort > 0 ? boundPort : configuredPort > 0 ? configuredPort : 8080;
		return "http://localhost:" + port;
	}

	public String tasklistUrl() {
		return baseUrl() + "/camunda/app/tasklist/default/";
	}

	public String setPasswordUrl(String token) {
		return baseUrl() + "/leernet/wachtwoord/" + token;
	}

	public String unsubscribeUrl(String token) {
		return baseUrl() + "/leernet/herinneringen-uit/" + token;
	}

}
