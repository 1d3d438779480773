package org.leernet.notification;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code leernet.mail.*}: the sender and the configured public address people reach Leernet on
 * (for links; see {@link PublicAddress}).
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
		// null: the links follow the running server (see PublicAddress)
		baseUrl = baseUrl == null || baseUrl.isBlank() ? null : baseUrl.replaceAll("/$", "");
		claimTimeout = claimTimeout == null ? Duration.ofMinutes(2) : claimTimeout;
	}

}
