package org.leernet.notification;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.leernet.identity.Groups;
import org.leernet.process.DutchDates;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * Demo mode: the mails the embedded SMTP server caught, newest first, at {@code /leernet/mails},
 * each with its HTML view and its calendar invitation. For coordinators and administrators who
 * are logged in to the webapps (Tasklist, Cockpit or Admin) of the engine {@code default}.
 */
@Controller
@ConditionalOnProperty(name = EmbeddedMailServer.ENABLED, havingValue = "true")
class CaughtMailController {

	static final String ENGINE = "default";

	private final int port;

	CaughtMailController(@Value("${spring.mail.port}") int port) {
		this.port = port;
	}

	record CaughtMail(int number, String to, String subject, String sent, String text, List<String> attachments,
			boolean html, boolean calendar) {
	}

	@GetMapping("/leernet/mails")
	String mails(HttpServletRequest request, HttpServletResponse response, Model model) throws Exception {
		String refused = refusal(request, response);
		if (refused != null) {
			return refused;
		}
		List<CaughtMail> mails = new ArrayList<>();
		MimeMessage[] received = received();
		for (int i = received.length - 1; i >= 0; i--) {
			mails.add(describe(i, received[i]));
		}
		model.addAttribute("mails", mails);
		return "leernet/mails";
	}

	/** The mail's HTML part; web's security headers put it in a sandbox (no scripts, forms or Leernet's session). */
	@GetMapping("/leernet/mails/{number}/html")
	Object html(@PathVariable int number, HttpServletRequest request, HttpServletResponse response) throws Exception {
		String refused = refusal(request, response);
		if (refused != null) {
			return refused;
		}
		String html = MailParts.html(mail(number));
		if (html == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
			.body(html);
	}

	@GetMapping("/leernet/mails/{number}/uitnodiging.ics")
	Object calendar(@PathVariable int number, HttpServletRequest request, HttpServletResponse response) throws Exception {
		String refused = refusal(request, response);
		if (refused != null) {
			return refused;
		}
		String ics = MailParts.attachment(mail(number), "text/calendar");
		if (ics == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"uitnodiging-" + number + ".ics\"")
			.body(ics);
	}

	/**
	 * Null for a coordinator or administrator logged in to the webapps; otherwise the Dutch page
	 * that says why not (401: log in first, 403: not for this role).
	 */
	private static String refusal(HttpServletRequest request, HttpServletResponse response) {
		HttpSession session = request.getSession(false);
		Authentications authentications = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
		Authentication authentication = authentications == null ? null
				: authentications.getAuthenticationForProcessEngine(ENGINE);
		if (!(authentication instanceof UserAuthentication user)) {
			response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
			return "leernet/mails-login";
		}
		List<String> groups = user.getGroupIds() == null ? List.of() : user.getGroupIds();
		if (!groups.contains(Groups.COORDINATORS) && !groups.contains("camunda-admin")) {
			response.setStatus(HttpServletResponse.SC_FORBIDDEN);
			return "leernet/mails-forbidden";
		}
		return null;
	}

	private MimeMessage[] received() {
		GreenMail server = EmbeddedMailServer.start(port);
		return server.getReceivedMessages();
	}

	private MimeMessage mail(int number) {
		MimeMessage[] received = received();
		if (number < 0 || number >= received.length) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return received[number];
	}

	private static CaughtMail describe(int number, MimeMessage message) throws Exception {
		List<String> attachments = new ArrayList<>();
		String text = MailParts.text(message, attachments);
		return new CaughtMail(number, GreenMailUtil.getAddressList(message.getAllRecipients()), message.getSubject(),
				DutchDates.dateTimeSeconds(message.getSentDate().toInstant()), text, attachments, MailParts.html(message) != null,
				MailParts.attachment(message, "text/calendar") != null);
	}

}
