package org.leernet.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code leernet.mail.*}: the sender and the address people reach Leernet on (for links).
 * Reminder timings live in {@link ReminderSettings} and in the BPMN timers.
 */
@ConfigurationProperties("leernet.mail")
public record MailSettings(String from, String baseUrl) {

	public MailSettings {
		from = from == null ? "Leernet <noreply@leernet.local>" : from;
		baseUrl = baseUrl == null ? "http://localhost:8080" : baseUrl.replaceAll("/$", "");
	}

	public String tasklistUrl() {
		return baseUrl + "/camunda/app/tasklist/default/";
	}

	public String setPasswordUrl(String token) {
		return baseUrl + "/leernet/wachtwoord/" + token;
	}

	public String unsubscribeUrl(String token) {
		return baseUrl + "/leernet/herinneringen-uit/" + token;
	}

}
