package org.leernet.notification;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.HttpServletResponse;
import org.leernet.identity.StaffLogin;
import org.leernet.system.FormValues;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * Demo mode: the mails the embedded SMTP server caught, newest first, with their content, at
 * {@code /leernet/mails}. Coordinators and administrators only (HTTP Basic).
 */
@Controller
@ConditionalOnProperty(name = EmbeddedMailServer.ENABLED, havingValue = "true")
class CaughtMailController {

	private final StaffLogin staffLogin;

	private final int port;

	CaughtMailController(StaffLogin staffLogin, @Value("${spring.mail.port}") int port) {
		this.staffLogin = staffLogin;
		this.port = port;
	}

	private static final DateTimeFormatter SENT = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm:ss", Locale.forLanguageTag("nl-BE"))
		.withZone(FormValues.BRUSSELS);

	record CaughtMail(String to, String subject, String sent, String text, List<String> attachments) {
	}

	@GetMapping("/leernet/mails")
	String mails(@RequestHeader(name = "Authorization", required = false) String authorization, Model model,
			HttpServletResponse response) throws Exception {
		if (!staffLogin.isCoordinator(authorization)) {
			response.setHeader("WWW-Authenticate", "Basic realm=\"Leernet\", charset=\"UTF-8\"");
			response.sendError(HttpServletResponse.SC_UNAUTHORIZED, "Log in als coördinator.");
			return null;
		}
		GreenMail server = EmbeddedMailServer.start(port);
		List<CaughtMail> mails = new ArrayList<>();
		MimeMessage[] received = server.getReceivedMessages();
		for (int i = received.length - 1; i >= 0; i--) {
			mails.add(describe(received[i]));
		}
		model.addAttribute("mails", mails);
		return "leernet/mails";
	}

	private static CaughtMail describe(MimeMessage message) throws Exception {
		List<String> attachments = new ArrayList<>();
		String text = MailParts.text(message, attachments);
		return new CaughtMail(GreenMailUtil.getAddressList(message.getAllRecipients()),
				message.getSubject(), SENT.format(message.getSentDate().toInstant()), text, attachments);
	}

}
