package org.leernet.overview.calendar;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.leernet.identity.FormGuard;
import org.leernet.overview.Viewer;
import org.leernet.overview.WebappViewer;
import org.leernet.process.DutchDates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * {@code /leernet/agenda}: the calendars a user may subscribe to, with their subscription link,
 * behind the webapps' login; and the feeds themselves at {@code /leernet/agenda/{token}/…}, which
 * a calendar app fetches without a login. A token is shown once, when it is made, and never
 * logged (web's security headers keep it out of caches and Referers).
 */
@Controller
class CalendarController {

	static final String PAGE = "/leernet/agenda";

	static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

	private static final Logger log = LoggerFactory.getLogger(CalendarController.class);

	/** A subscription link as the page shows it: https for copying, webcal:// to open a calendar app. */
	record Subscription(String name, String path, String url, String webcal) {
	}

	private final CalendarFeeds feeds;

	private final FeedTokens tokens;

	private final FormGuard guard;

	private final String publicBaseUrl;

	CalendarController(CalendarFeeds feeds, FeedTokens tokens, FormGuard guard, @Value("${leernet.mail.base-url:}") String publicBaseUrl) {
		this.feeds = feeds;
		this.tokens = tokens;
		this.guard = guard;
		this.publicBaseUrl = publicBaseUrl == null || publicBaseUrl.isBlank() ? null : publicBaseUrl.replaceAll("/$", "");
	}

	@GetMapping(PAGE)
	String page(HttpServletRequest request, HttpServletResponse response, Model model) {
		return withViewer(request, response, viewer -> show(viewer, null, null, request, model));
	}

	/** A new token; the earlier one stops working. The answer is the only place the token is shown. */
	@PostMapping(PAGE + "/nieuw")
	String issue(@RequestParam(name = FormGuard.FIELD, required = false) String formToken, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		return withViewer(request, response, viewer -> {
			if (!guard.allows(request, formToken)) {
				return refused(response);
			}
			String token = tokens.issue(viewer.userId());
			return show(viewer, token, "Uw nieuwe agendalinks staan hieronder. Uw vorige links werken niet meer.", request, model);
		});
	}

	@PostMapping(PAGE + "/intrekken")
	String revoke(@RequestParam(name = FormGuard.FIELD, required = false) String formToken, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		return withViewer(request, response, viewer -> {
			if (!guard.allows(request, formToken)) {
				return refused(response);
			}
			boolean revoked = tokens.revoke(viewer.userId());
			return show(viewer, null, revoked ? "Uw agendalinks werken niet meer. Geabonneerde agenda's krijgen geen updates meer."
					: "U had geen werkende agendalinks.", request, model);
		});
	}

	@GetMapping(PAGE + "/{token}/netwerk/{code}.ics")
	ResponseEntity<String> network(@PathVariable String token, @PathVariable String code) {
		return feed(token, userId -> feeds.network(userId, code));
	}

	@GetMapping(PAGE + "/{token}/adviseur.ics")
	ResponseEntity<String> adviser(@PathVariable String token) {
		return feed(token, feeds::adviser);
	}

	interface FeedOf {

		Optional<String> of(String userId);

	}

	/**
	 * The feed, or a short 404 for a revoked or unknown token and a network the user may not see
	 * (now). Failures are logged with the user, never the path: it holds the token.
	 */
	private ResponseEntity<String> feed(String token, FeedOf feed) {
		Optional<String> userId = tokens.userOf(token);
		Optional<String> ics;
		try {
			ics = userId.flatMap(feed::of);
		}
		catch (RuntimeException ex) {
			log.error("Calendar feed of user {} failed", userId.orElse("?"), ex);
			return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR)
				.contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
				.body("Deze agenda kan nu niet gemaakt worden. Probeer het later opnieuw.");
		}
		if (ics.isEmpty()) {
			return ResponseEntity.status(HttpStatus.NOT_FOUND)
				.contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
				.body("Deze agenda bestaat niet of is niet meer beschikbaar.");
		}
		return ResponseEntity.ok().contentType(CALENDAR).body(ics.get());
	}

	private String show(Viewer viewer, String token, String message, HttpServletRequest request, Model model) {
		String base = (publicBaseUrl != null ? publicBaseUrl : ServletUriComponentsBuilder.fromContextPath(request).toUriString())
				+ PAGE + "/";
		List<Subscription> subscriptions = feeds.feeds(viewer).stream().map(feed -> {
			if (token == null) {
				return new Subscription(feed.name(), feed.path(), null, null);
			}
			String url = base + token + "/" + feed.path();
			return new Subscription(feed.name(), feed.path(), url, url.replaceFirst("^https?://", "webcal://"));
		}).toList();
		model.addAttribute("subscriptions", subscriptions);
		model.addAttribute("token", token != null);
		model.addAttribute("message", message);
		model.addAttribute("since", tokens.active(viewer.userId()).map(active -> DutchDates.dateTime(active.createdAt())).orElse(null));
		model.addAttribute("formToken", guard.token(request));
		return "leernet/agenda";
	}

	/** The page for a logged-in coordinator, adviser or participant; otherwise the Dutch 401 or 403 page. */
	private static String withViewer(HttpServletRequest request, HttpServletResponse response, PageOf page) {
		Optional<Viewer> viewer = WebappViewer.of(request);
		if (viewer.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
			return "leernet/agenda-login";
		}
		Viewer who = viewer.get();
		if (!who.isCoordinator() && !who.isAdviser() && !who.isParticipant()) {
			response.setStatus(HttpServletResponse.SC_FORBIDDEN);
			return "leernet/agenda-forbidden";
		}
		return page.of(who);
	}

	private static String refused(HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_FORBIDDEN);
		return "leernet/agenda-refused";
	}

	interface PageOf {

		String of(Viewer viewer);

	}

}
