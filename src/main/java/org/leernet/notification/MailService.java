package org.leernet.notification;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.util.ByteArrayDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.ClassUtils;

/**
 * Delivers one queued mail once (see {@link MailOutbox}). The key is claimed in the mail log in
 * a transaction of its own before the mail goes out, and marked sent right after: a retried
 * delivery job, or one on another node, finds it claimed or sent and sends nothing. A failed
 * send queues the mail again and throws, so the job retries and finally becomes an incident in
 * Cockpit. A claim left behind by a node that died mid-send is taken over: see
 * {@link #takeOverLeftClaim}.
 */
@Service
class MailService {

	private static final Logger log = LoggerFactory.getLogger(MailService.class);

	static {
		useNamedStreamProvider();
	}

	private final JavaMailSender sender;

	private final MailLogRepository mailLog;

	private final TransactionTemplate ownTransaction;

	private final MailSettings settings;

	MailService(JavaMailSender sender, MailLogRepository mailLog, PlatformTransactionManager transactions,
			MailSettings settings) {
		this.sender = sender;
		this.mailLog = mailLog;
		this.settings = settings;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** Sends the queued mail with this key, to the address it was queued for, unless it was sent before. */
	boolean deliver(String key) {
		RenderedMail mail = mailLog.find(key)
			.orElseThrow(() -> new IllegalStateException("Mail " + key + " staat niet in de mail log (not in the mail log)"))
			.mail();
		if (mail.text() == null) {
			return false; // sent by an earlier version, from the step itself
		}
		Claimant claimant = Claimant.current();
		if (!Boolean.TRUE.equals(ownTransaction.execute(status -> mailLog.claim(key, claimant)))
				&& !Boolean.TRUE.equals(ownTransaction.execute(status -> takeOverLeftClaim(key, claimant)))) {
			return false;
		}
		try {
			MimeMessage message = message(mail);
			sender.send(message);
			String messageId = message.getMessageID();
			ownTransaction.executeWithoutResult(status -> mailLog.markSent(key, messageId));
			return true;
		}
		catch (MessagingException | RuntimeException ex) {
			ownTransaction.executeWithoutResult(status -> mailLog.release(key));
			throw new MailNotSentException("Mail " + key + " aan " + mail.to() + " niet verstuurd: " + ex.getMessage(), ex);
		}
	}

	/**
	 * The mail is not queued. Sent: nothing to do. Being sent: by another thread right now, or
	 * by a node that died mid-send. The latter is certain when this same job ran under another
	 * job executor's lock (Camunda let that lock expire), and presumed after the claim timeout;
	 * then we send. (If the crash fell between the SMTP server's acceptance and our mark, the
	 * mail arrives twice: better than never.) Otherwise the job retries later.
	 */
	private boolean takeOverLeftClaim(String key, Claimant claimant) {
		if (!MailLogRepository.PENDING.equals(mailLog.status(key))) {
			return false;
		}
		if (mailLog.takeOver(key, claimant, OffsetDateTime.now().minus(settings.claimTimeout()))) {
			log.warn("Mail {} was claimed but never marked sent (a node died mid-send?): sending it now", key);
			return true;
		}
		throw new MailNotSentException("Mail " + key + " wordt nu al verstuurd; de stap probeert het later opnieuw.",
				null);
	}

	private MimeMessage message(RenderedMail mail) throws MessagingException {
		MimeMessage message = sender.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
		helper.setFrom(settings.from());
		helper.setTo(mail.to());
		helper.setSubject(mail.subject());
		helper.setText(mail.text(), mail.html());
		if (mail.unsubscribeUrl() != null) {
			// RFC 2369 and RFC 8058: a mail program offers the opt-out itself, with one POST
			message.setHeader("List-Unsubscribe", "<" + mail.unsubscribeUrl() + ">");
			message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
		}
		if (mail.calendar() != null) {
			String method = mail.calendar().contains("METHOD:CANCEL") ? "CANCEL" : "REQUEST";
			helper.addAttachment(mail.calendarFileName(),
					new ByteArrayDataSource(mail.calendar().getBytes(StandardCharsets.UTF_8),
							"text/calendar; method=" + method + "; charset=UTF-8"));
		}
		return message;
	}

	/**
	 * Jakarta Mail 2.1 finds its StreamProvider with a ServiceLoader scan of every jar on the
	 * classpath, again for each multipart, body part and encoded header (jakartaee/mail-api#699,
	 * #861): close to half of the CPU of rendering and sending a mail in the benchmark's profile.
	 * Named in the system property its lookup checks first, it is one class lookup. Only if
	 * nobody set it and Angus Mail is there.
	 */
	static void useNamedStreamProvider() {
		String property = "jakarta.mail.util.StreamProvider";
		String angus = "org.eclipse.angus.mail.util.MailStreamProvider";
		if (System.getProperty(property) == null && ClassUtils.isPresent(angus, MailService.class.getClassLoader())) {
			System.setProperty(property, angus);
		}
	}

}
