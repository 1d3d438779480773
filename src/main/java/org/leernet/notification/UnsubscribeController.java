package org.leernet.notification;

import org.leernet.recruitment.RecruitmentService;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * The link in every reminder: the contact person stops receiving reminders; invitations still
 * come. The unguessable token is the only credential, and it changes nothing else. Following
 * the link (GET) only asks: mail scanners fetch every link in a mail. The page's button, or a
 * mail program's one-click POST ({@code List-Unsubscribe=One-Click}, RFC 8058, from the mail
 * provider's server: no Origin, no cookies, no CSRF token), opts out.
 */
@Controller
class UnsubscribeController {

	static final String PATH = "/leernet/herinneringen-uit/{token}";

	private final RecruitmentService organisations;

	UnsubscribeController(RecruitmentService organisations) {
		this.organisations = organisations;
	}

	@GetMapping(PATH)
	String confirm(@PathVariable String token) {
		if (!isWellFormed(token) || !organisations.isReminderToken(token)) {
			throw unknownLink();
		}
		return "leernet/unsubscribe";
	}

	/** Whatever the body: the page's form sends none, a mail program {@code List-Unsubscribe=One-Click}. */
	@PostMapping(PATH)
	String unsubscribe(@PathVariable String token) {
		if (!isWellFormed(token) || !organisations.stopReminders(token)) {
			throw unknownLink();
		}
		return "leernet/unsubscribed";
	}

	private static boolean isWellFormed(String token) {
		return token.matches("[0-9a-f]{64}");
	}

	private static ResponseStatusException unknownLink() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND, "Onbekende of verlopen afmeldlink.");
	}

}
