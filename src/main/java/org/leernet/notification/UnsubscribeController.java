package org.leernet.notification;

import org.leernet.recruitment.RecruitmentService;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * The link in every reminder: the contact person stops receiving reminders; invitations still
 * come. The unguessable token is the only credential, and it changes nothing else.
 */
@Controller
class UnsubscribeController {

	private final RecruitmentService organisations;

	UnsubscribeController(RecruitmentService organisations) {
		this.organisations = organisations;
	}

	@GetMapping("/leernet/herinneringen-uit/{token}")
	@ResponseStatus(HttpStatus.OK)
	String unsubscribe(@PathVariable String token, Model model) {
		if (!token.matches("[0-9a-f]{64}") || !organisations.stopReminders(token)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Onbekende of verlopen afmeldlink.");
		}
		return "leernet/unsubscribed";
	}

}
