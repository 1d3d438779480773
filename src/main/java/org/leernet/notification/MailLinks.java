package org.leernet.notification;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Where the links in mails point: the public address when one is configured
 * ({@code leernet.mail.base-url}, e.g. behind a proxy), otherwise the server as it actually
 * runs, with the port it bound (also a random one) and its context path. A demo on port 8099
 * mails links to port 8099, not to 8080.
 */
@Component
class MailLinks {

	private final MailSettings settings;

	private final String host;

	private final String contextPath;

	private volatile int port = 8080;

	MailLinks(MailSettings settings, @Value("${server.address:}") String address,
			@Value("${server.servlet.context-path:}") String contextPath) {
		this.settings = settings;
		this.host = address.isBlank() || address.equals("0.0.0.0") || address.equals("::") ? "localhost" : address;
		this.contextPath = contextPath.replaceAll("/$", "");
	}

	@EventListener
	void serverStarted(WebServerInitializedEvent event) {
		// the webapps' server, not a management port of its own
		if (event.getApplicationContext().getServerNamespace() == null) {
			port = event.getWebServer().getPort();
		}
	}

	String baseUrl() {
		return settings.baseUrl() != null ? settings.baseUrl() : "http://" + host + ":" + port + contextPath;
	}

	String tasklistUrl() {
		return baseUrl() + "/camunda/app/tasklist/default/";
	}

	String setPasswordUrl(String token) {
		return baseUrl() + "/leernet/wachtwoord/" + token;
	}

	/** A task link: the participant's own form of one task, without a login. */
	String taskUrl(String token) {
		return baseUrl() + "/leernet/taak/" + token;
	}

	String unsubscribeUrl(String token) {
		return baseUrl() + "/leernet/herinneringen-uit/" + token;
	}

}
