package org.leernet.notification;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.leernet.identity.FormGuard;
import org.leernet.process.SecretTokens;
import org.leernet.tasklink.TaskLinks;
import org.leernet.tasklink.TaskLinks.Opened;
import org.leernet.tasklink.TaskLinks.State;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The page behind a task link ({@link TaskLinks}): the participant task's own form, without a
 * login. GET only shows it (mail scanners fetch links); a JSON POST of the form's fields from our
 * own page completes the task. The token is the only credential: no session is made, and the
 * headers keep the page out of caches and Referers (web/SecurityHeaders).
 */
@Controller
class TaskLinkController {

	static final String PATH = "/leernet/taak/{token}";

	private static final ObjectMapper JSON = new ObjectMapper();

	private final TaskLinks taskLinks;

	private final NotificationService notifications;

	private final MailRecipients recipients;

	private final FormGuard guard;

	private final String webappPath;

	TaskLinkController(TaskLinks taskLinks, NotificationService notifications, MailRecipients recipients,
			FormGuard guard, @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) {
		this.taskLinks = taskLinks;
		this.notifications = notifications;
		this.recipients = recipients;
		this.guard = guard;
		this.webappPath = webappPath;
	}

	@GetMapping(PATH)
	String show(@PathVariable String token, Model model, HttpServletResponse response) throws JsonProcessingException {
		Opened opened = open(token);
		if (opened.state() != State.OPEN) {
			return status(token, opened, model, response);
		}
		model.addAttribute("task", opened.task());
		model.addAttribute("schema", opened.task().form());
		model.addAttribute("values", JSON.writeValueAsString(opened.task().data()));
		model.addAttribute("formTexts", webappPath + "/app/tasklist/scripts/leernet-form-texts.js");
		return "leernet/taak";
	}

	/** The form's values as form-js submits them: {@code {"evaluationScore": "4", …}}. */
	@PostMapping(path = PATH, consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	ResponseEntity<Map<String, Object>> submit(@PathVariable String token, @RequestBody Map<String, Object> values,
			HttpServletRequest request) {
		if (guard.crossSite(request)) {
			return answer(403, null, "Dit formulier kan alleen vanaf de eigen pagina verzonden worden.");
		}
		if (!SecretTokens.wellFormed(token)) {
			return answer(404, null, "Deze link kennen we niet.");
		}
		try {
			return switch (taskLinks.submit(token, values)) {
				case ANSWERED_HERE -> ResponseEntity.ok(Map.of("next", request.getRequestURI()));
				case ANSWERED -> answer(409, null, "Deze taak is al ingevuld.");
				case CLOSED -> answer(410, null, "Deze taak is afgesloten; ze kan niet meer ingevuld worden.");
				case EXPIRED -> answer(410, null, "Deze link is verlopen.");
				case OPEN, UNKNOWN -> answer(404, null, "Deze link kennen we niet.");
			};
		}
		catch (RuntimeException ex) {
			FormFieldValidationException invalid = refusal(ex);
			if (invalid == null) {
				throw ex;
			}
			return answer(400, invalid.getDetail() == null ? null : invalid.getDetail().toString(), invalid.getMessage());
		}
	}

	/** An expired link's button: a fresh one to the address on file (once per old link). */
	@PostMapping(PATH + "/nieuwe-link")
	String freshLink(@PathVariable String token, Model model, HttpServletRequest request, HttpServletResponse response) {
		if (guard.crossSite(request)) {
			response.setStatus(403);
			return status(token, Opened.unknown(), model, response);
		}
		Optional<TaskLinks.Refresh> refresh = SecretTokens.wellFormed(token) ? taskLinks.refresh(token) : Optional.empty();
		if (refresh.isEmpty()) {
			return status(token, open(token), model, response);
		}
		notifications.freshTaskLink(refresh.get());
		model.addAttribute("state", "SENT");
		model.addAttribute("coordinators", coordinators());
		return "leernet/taak-status";
	}

	private Opened open(String token) {
		return SecretTokens.wellFormed(token) ? taskLinks.open(token) : Opened.unknown();
	}

	private String status(String token, Opened opened, Model model, HttpServletResponse response) {
		if (opened.state() == State.UNKNOWN) {
			response.setStatus(404);
		}
		if (opened.state() == State.EXPIRED) {
			model.addAttribute("refreshAction", "/leernet/taak/" + token + "/nieuwe-link");
		}
		model.addAttribute("state", opened.state().name());
		model.addAttribute("task", opened.task());
		model.addAttribute("coordinators", coordinators());
		return "leernet/taak-status";
	}

	/** Whom a participant can ask: the coordinators' names and addresses. */
	private List<Map<String, String>> coordinators() {
		return recipients.coordinators()
			.stream()
			.filter(coordinator -> coordinator.email() != null && !coordinator.email().isBlank())
			.map(coordinator -> Map.of("name", coordinator.name(), "email", coordinator.email()))
			.toList();
	}

	private static FormFieldValidationException refusal(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof FormFieldValidationException invalid) {
				return invalid;
			}
		}
		return null;
	}

	private static ResponseEntity<Map<String, Object>> answer(int status, String field, String message) {
		Map<String, Object> body = new LinkedHashMap<>();
		if (field != null) {
			body.put("field", field);
		}
		body.put("message", message);
		return ResponseEntity.status(status).body(body);
	}

}
