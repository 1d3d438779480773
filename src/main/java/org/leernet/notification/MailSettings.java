package org.leernet.notification;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code leernet.mail.*}: the sender and the address people reach Leernet on (for links).
 * Reminder timings live in {@link ReminderSettings} and in the BPMN timers.
 *
 * @param claimTimeout how long a mail may stay claimed but unsent before another attempt
 * presumes its node died mid-send and sends it: longer than a send can take (the SMTP
 * timeouts), shorter than the job executor's lock time, so the job's next run takes it over
 */
@ConfigurationProperties("leernet.mail")
public record MailSettings(String from, String baseUrl, Duration claimTimeout) {

	public MailSettings {
		from = from == null ? "Leernet <noreply@leernet.local>" : from;
		baseUrl = baseUrl == null ? "http://localhost:8080" : baseUrl.replaceAll("/$", "");
		claimTimeout = claimTimeout == null ? Duration.ofMinutes(2) : claimTimeout;
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
