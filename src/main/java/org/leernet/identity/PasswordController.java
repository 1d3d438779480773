package org.leernet.identity;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The page behind a set-password link: a contact person chooses a password, once. */
@Controller
class PasswordController {

	private final PasswordLinks links;

	PasswordController(PasswordLinks links) {
		this.links = links;
	}

	@GetMapping("/leernet/wachtwoord/{token}")
	String form(@PathVariable String token, Model model) {
		model.addAttribute("userId", links.userOf(token).orElseThrow(PasswordController::unknownLink));
		return "leernet/password";
	}

	@PostMapping("/leernet/wachtwoord/{token}")
	String set(@PathVariable String token, @RequestParam String password, @RequestParam String confirmation,
			Model model) {
		String userId = links.userOf(token).orElseThrow(PasswordController::unknownLink);
		model.addAttribute("userId", userId);
		if (password.length() < PasswordLinks.MINIMUM_LENGTH) {
			model.addAttribute("error", "Kies een wachtwoord van minstens " + PasswordLinks.MINIMUM_LENGTH + " tekens.");
			return "leernet/password";
		}
		if (!password.equals(confirmation)) {
			model.addAttribute("error", "De twee wachtwoorden zijn niet gelijk.");
			return "leernet/password";
		}
		links.setPassword(token, password);
		return "leernet/password-set";
	}

	private static ResponseStatusException unknownLink() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND,
				"Deze link is onbekend, al gebruikt of verlopen. Vraag de coördinatoren om een nieuwe.");
	}

}
