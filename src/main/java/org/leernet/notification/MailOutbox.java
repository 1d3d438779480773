package org.leernet.notification;

import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.leernet.identity.SystemActions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Where a mail step puts its mails: each is rendered and queued in the mail log, and an instance
 * of "Mail bezorgen" ({@value #DELIVERY_PROCESS}) is started for it, all in the step's own
 * transaction. The step never waits for the SMTP server: the delivery's job sends the mail (see
 * {@link MailService#deliver}), retries and finally raises its incident on its own. A mail is
 * never lost (it is queued with the step that sends it) and never exists for a step that was
 * rolled back (it is queued with that step). A key queued before is not queued again.
 */
@Component
public class MailOutbox {

	private static final Logger log = LoggerFactory.getLogger(MailOutbox.class);

	/** The key of the process that delivers one queued mail. */
	public static final String DELIVERY_PROCESS = "mail-delivery";

	/** Its only variable: the key of the mail in the mail log. */
	public static final String MAIL_KEY = "mailKey";

	private final MailTemplates templates;

	private final MailLogRepository mailLog;

	private final RuntimeService runtimeService;

	private final SystemActions system;

	MailOutbox(MailTemplates templates, MailLogRepository mailLog, RuntimeService runtimeService, SystemActions system) {
		this.templates = templates;
		this.mailLog = mailLog;
		this.runtimeService = runtimeService;
		this.system = system;
	}

	/**
	 * Queues the mail for delivery unless it was queued before, is a reminder the recipient
	 * opted out of, or has nobody to go to; true if it was queued.
	 */
	boolean queue(Mail mail) {
		Recipient recipient = mail.recipient();
		if (recipient.email() == null || recipient.email().isBlank()) {
			log.warn("No email address for {}: {} not sent", recipient.name(), mail.key());
			return false;
		}
		if (mail.kind().isReminder() && !recipient.wantsReminders()) {
			return false;
		}
		// check first rather than let the unique key refuse an insert: on PostgreSQL that would
		// spoil the step's transaction
		String status = mailLog.status(mail.key());
		if (status != null && !MailLogRepository.PENDING.equals(status)) {
			return false;
		}
		RenderedMail rendered = templates.render(mail);
		if (status == null) {
			mailLog.queue(mail, rendered);
		}
		else if (!mailLog.requeueClaimWithoutContent(rendered)) {
			return false; // being delivered
		}
		// in the step's transaction; as the application, whoever's action led to the step
		system.run(() -> runtimeService.startProcessInstanceByKey(DELIVERY_PROCESS, businessKey(mail),
				Map.of(MAIL_KEY, mail.key())));
		return true;
	}

	/** Whether a mail under this key went out already (or is being delivered): queuing it again does nothing. */
	boolean sent(String key) {
		String status = mailLog.status(key);
		return status != null && !MailLogRepository.PENDING.equals(status);
	}

	/** The network's code, so that Cockpit lists a network's deliveries with its other instances. */
	private static String businessKey(Mail mail) {
		return mail.model().get("networkCode") instanceof String code ? code : null;
	}

}
