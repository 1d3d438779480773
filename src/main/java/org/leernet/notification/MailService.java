package org.leernet.notification;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

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
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.ClassUtils;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Sends one mail once. The key is claimed in the mail log in a transaction of its own before
 * the mail goes out, and marked sent right after: a retried or re-executed job, or a job on
 * another node, finds the key and sends nothing. A failed send frees the key and throws, so
 * the job retries and finally becomes an incident in Cockpit. A claim left behind by a node
 * that died mid-send is taken over: see {@link #takeOverLeftClaim}.
 */
@Service
public class MailService {

	private static final Logger log = LoggerFactory.getLogger(MailService.class);

	private static final Locale DUTCH = Locale.forLanguageTag("nl-BE");

	static {
		useNamedStreamProvider();
	}

	private final JavaMailSender sender;

	private final MailLogRepository mailLog;

	private final TransactionTemplate ownTransaction;

	private final MailSettings settings;

	private final PublicAddress address;

	private final TemplateEngine templates = templateEngine();

	MailService(JavaMailSender sender, MailLogRepository mailLog, PlatformTransactionManager transactions,
			MailSettings settings, PublicAddress address) {
		this.address = address;
		this.sender = sender;
		this.mailLog = mailLog;
		this.settings = settings;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** Sends the mail unless it was sent before or is a reminder the recipient opted out of. */
	public boolean send(Mail mail) {
		Recipient recipient = mail.recipient();
		if (recipient.email() == null || recipient.email().isBlank()) {
			log.warn("No email address for {}: {} not sent", recipient.name(), mail.key());
			return false;
		}
		if (mail.kind().isReminder() && !recipient.wantsReminders()) {
			return false;
		}
		String subject = mail.kind().subject(mail.about());
		Claimant claimant = Claimant.current();
		if (!Boolean.TRUE.equals(ownTransaction.execute(status -> claim(mail, subject, claimant, status)))
				&& !Boolean.TRUE.equals(ownTransaction.execute(status -> takeOverLeftClaim(mail, claimant)))) {
			return false;
		}
		try {
			MimeMessage message = render(mail, subject);
			sender.send(message);
			String messageId = message.getMessageID();
			ownTransaction.executeWithoutResult(status -> mailLog.markSent(mail.key(), messageId));
			return true;
		}
		catch (MessagingException | RuntimeException ex) {
			ownTransaction.executeWithoutResult(status -> mailLog.release(mail.key()));
			throw new MailNotSentException("Mail " + mail.key() + " aan " + recipient.email() + " niet verstuurd: "
					+ ex.getMessage(), ex);
		}
	}

	/** On PostgreSQL a failed insert spoils its transaction: roll it back, go on in a new one. */
	private boolean claim(Mail mail, String subject, Claimant claimant, TransactionStatus status) {
		boolean claimed = mailLog.claim(mail, subject, claimant);
		if (!claimed) {
			status.setRollbackOnly();
		}
		return claimed;
	}

	/**
	 * The key was claimed before. Sent: nothing to do. Still pending: another thread is sending
	 * it right now, or a node died mid-send. The latter is certain when this same job ran under
	 * another job executor's lock (Camunda let that lock expire), and presumed after the claim
	 * timeout; then we send. (If the crash fell between the SMTP server's acceptance and our
	 * mark, the mail arrives twice: better than never.) Otherwise the job retries later.
	 */
	private boolean takeOverLeftClaim(Mail mail, Claimant claimant) {
		if (!MailLogRepository.PENDING.equals(mailLog.status(mail.key()))) {
			return false;
		}
		if (mailLog.takeOver(mail.key(), claimant, OffsetDateTime.now().minus(settings.claimTimeout()))) {
			log.warn("Mail {} was claimed but never marked sent (a node died mid-send?): sending it now", mail.key());
			return true;
		}
		throw new MailNotSentException("Mail " + mail.key() + " wordt nu al verstuurd; de stap probeert het later opnieuw.",
				null);
	}

	private MimeMessage render(Mail mail, String subject) throws MessagingException {
		Map<String, Object> model = new HashMap<>(mail.model());
		model.put("recipientName", mail.recipient().name());
		model.put("tasklistUrl", address.tasklistUrl());
		model.put("unsubscribeUrl", mail.kind().isReminder() && mail.recipient().unsubscribeToken() != null
				? address.unsubscribeUrl(mail.recipient().unsubscribeToken()) : null);
		Context context = new Context(DUTCH, model);
		String html = templates.process(mail.kind().template() + ".html", context);
		String text = templates.process(mail.kind().template() + ".txt", context);

		MimeMessage message = sender.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
		helper.setFrom(settings.from());
		helper.setTo(mail.recipient().email());
		helper.setSubject(subject);
		helper.setText(text, html);
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

	private static TemplateEngine templateEngine() {
		TemplateEngine engine = new SpringTemplateEngine();
		engine.addTemplateResolver(resolver(TemplateMode.HTML, "*.html", 1));
		engine.addTemplateResolver(resolver(TemplateMode.TEXT, "*.txt", 2));
		return engine;
	}

	private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String pattern, int order) {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/mail/");
		resolver.setTemplateMode(mode);
		resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
		resolver.getResolvablePatternSpec().addPattern(pattern);
		resolver.setOrder(order);
		resolver.setCheckExistence(true);
		return resolver;
	}

}
