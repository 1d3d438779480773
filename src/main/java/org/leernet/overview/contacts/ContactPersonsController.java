package org.leernet.overview.contacts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.leernet.network.Network;
import org.leernet.network.NetworkService;
import org.leernet.notification.NotificationService;
import org.leernet.identity.FormGuard;
import org.leernet.overview.Viewer;
import org.leernet.overview.WebappViewer;
import org.leernet.process.InvalidInputException;
import org.leernet.process.TextLimits;
import org.leernet.recruitment.ContactPerson;
import org.leernet.recruitment.ContactPersonRow;
import org.leernet.recruitment.Organisation;
import org.leernet.recruitment.OrganisationStatus;
import org.leernet.recruitment.RecruitmentService;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.view.RedirectView;
import org.springframework.web.util.UriUtils;

/**
 * The contact persons of a network's organisations, at {@value #PAGE}: a coordinator (or an
 * administrator) edits, adds and removes them, sees who opted out of reminders, and sends a
 * message of their own to every contact person of the organisations taking part. Behind the
 * webapps' login: nobody logged in gets 401, anyone else 403, an unknown network 404, each a
 * Dutch page. Every change is a POST (foreign site refused, form token required), answered with
 * a redirect to the page and a Dutch confirmation; refused input shows the form again, as typed,
 * with the Dutch reason next to the field.
 */
@Controller
class ContactPersonsController {

	static final String PAGE = "/leernet/netwerken/{code}/contactpersonen";

	static final String VIEW = "leernet/contacts";

	static final String REFUSAL = "leernet/contacts-refusal";

	private final NetworkService networks;

	private final RecruitmentService recruitment;

	private final NotificationService notifications;

	private final FormGuard guard;

	private final TransactionTemplate transaction;

	ContactPersonsController(NetworkService networks, RecruitmentService recruitment, NotificationService notifications,
			FormGuard guard, PlatformTransactionManager transactions) {
		this.networks = networks;
		this.recruitment = recruitment;
		this.notifications = notifications;
		this.guard = guard;
		this.transaction = new TransactionTemplate(transactions);
	}

	/** One contact person as the page shows it. */
	record ContactView(long id, String name, String email, String phone, boolean wantsReminders) {
	}

	/** One organisation's section. */
	record OrganisationView(String code, String name, String status, boolean editable, boolean canAdd,
			boolean canRemove, boolean takesPart, List<ContactView> contacts) {
	}

	/**
	 * What a refused form had typed, shown again with the reason next to {@code field}: which form
	 * ({@code edit}, {@code add}, {@code remove} or {@code message}), for which organisation and contact.
	 */
	record Typed(String form, String organisation, Long contactId, String name, String email, String phone,
			String subject, String text, String field, String error) {

		public boolean isEdit(long id) {
			return "edit".equals(form) && contactId != null && contactId == id;
		}

		public boolean isAdd(String code) {
			return "add".equals(form) && code.equals(organisation);
		}

		public boolean isRemove(long id) {
			return "remove".equals(form) && contactId != null && contactId == id;
		}

		public boolean isMessage() {
			return "message".equals(form);
		}

		/** The reason, when it belongs next to this field of this form. */
		public String errorOf(String fieldName) {
			return fieldName.equals(field) ? error : null;
		}

		/** The reason, when it belongs to none of the form's fields. */
		public String generalError() {
			return field != null
					&& List.of("contactName", "contactEmail", "contactPhone", "messageSubject", "messageText").contains(field)
							? null : error;
		}
	}

	@GetMapping(PAGE)
	String page(@PathVariable String code, HttpServletRequest request, HttpServletResponse response, Model model) {
		Optional<String> refused = refusal(request, response, model, code, false);
		if (refused.isPresent()) {
			return refused.get();
		}
		fill(model, networks.get(code), request, null);
		return VIEW;
	}

	@PostMapping(PAGE + "/wijzigen")
	Object edit(@PathVariable String code, @RequestParam(required = false) String organisation,
			@RequestParam(required = false) Long contactId, @RequestParam(required = false) String contactName,
			@RequestParam(required = false) String contactEmail, @RequestParam(required = false) String contactPhone,
			@RequestParam(name = FormGuard.FIELD, required = false) String token, HttpServletRequest request,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		Typed typed = new Typed("edit", organisation, contactId, contactName, contactEmail, contactPhone, null, null, null,
				null);
		return change(code, token, typed, request, response, model, network -> {
			Organisation of = organisationOf(network, organisation);
			ContactPersonRow saved = transaction.execute(status -> recruitment.updateContact(of.code(),
					required(contactId), new ContactPerson(contactName, contactEmail, contactPhone)));
			return done(code, redirect, "De gegevens van " + saved.name() + " (" + of.name() + ") zijn bewaard.");
		});
	}

	@PostMapping(PAGE + "/toevoegen")
	Object add(@PathVariable String code, @RequestParam(required = false) String organisation,
			@RequestParam(required = false) String contactName, @RequestParam(required = false) String contactEmail,
			@RequestParam(required = false) String contactPhone,
			@RequestParam(name = FormGuard.FIELD, required = false) String token, HttpServletRequest request,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		Typed typed = new Typed("add", organisation, null, contactName, contactEmail, contactPhone, null, null, null, null);
		return change(code, token, typed, request, response, model, network -> {
			Organisation of = organisationOf(network, organisation);
			ContactPersonRow added = transaction.execute(status -> {
				ContactPersonRow row = recruitment.addContact(of.code(),
						new ContactPerson(contactName, contactEmail, contactPhone));
				notifications.contactAdded(of.code(), row.id());
				return row;
			});
			return done(code, redirect, added.name() + " is toegevoegd als contactpersoon van " + of.name()
					+ ". Er is een mail naar " + added.email() + " onderweg.");
		});
	}

	@PostMapping(PAGE + "/verwijderen")
	Object remove(@PathVariable String code, @RequestParam(required = false) String organisation,
			@RequestParam(required = false) Long contactId,
			@RequestParam(name = FormGuard.FIELD, required = false) String token, HttpServletRequest request,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		Typed typed = new Typed("remove", organisation, contactId, null, null, null, null, null, null, null);
		return change(code, token, typed, request, response, model, network -> {
			Organisation of = organisationOf(network, organisation);
			ContactPersonRow removed = transaction
				.execute(status -> recruitment.removeContact(of.code(), required(contactId)));
			return done(code, redirect, removed.name() + " is geen contactpersoon van " + of.name()
					+ " meer en ziet de taken van de organisatie niet langer.");
		});
	}

	@PostMapping(PAGE + "/bericht")
	Object message(@PathVariable String code, @RequestParam(required = false) String messageSubject,
			@RequestParam(required = false) String messageText, @RequestParam(required = false) String messageId,
			@RequestParam(name = FormGuard.FIELD, required = false) String token, HttpServletRequest request,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		Typed typed = new Typed("message", null, null, null, null, null, messageSubject, messageText, null, null);
		return change(code, token, typed, request, response, model, network -> {
			Viewer viewer = WebappViewer.of(request).orElseThrow(); // present: change() refused the anonymous
			NotificationService.MessageSent sent = transaction.execute(status -> notifications.networkMessage(code,
					messageId, viewer.userId(), messageSubject, messageText));
			return done(code, redirect, sent.mails() == 0 ? "Er is geen bericht verstuurd: geen enkele deelnemende"
					+ " organisatie heeft een contactpersoon."
					: "Het bericht is onderweg naar " + sent.mails() + (sent.mails() == 1 ? " contactpersoon" : " contactpersonen")
							+ " van " + sent.organisations() + (sent.organisations() == 1 ? " organisatie." : " organisaties.")
							+ " U vindt de mails in de mail log.");
		});
	}

	/** A change the page posts: refused unless from our own page; else done, or the form again with the Dutch reason. */
	private Object change(String code, String token, Typed typed, HttpServletRequest request, HttpServletResponse response,
			Model model, Function<Network, RedirectView> change) {
		Optional<String> refused = postRefusal(request, response, model, code, token);
		if (refused.isPresent()) {
			return refused.get();
		}
		Network network = networks.get(code);
		try {
			return change.apply(network);
		}
		catch (InvalidInputException refusedInput) {
			return again(model, network, request, response, typed, refusedInput);
		}
	}

	/** POST-redirect-GET, with the confirmation for the page that follows. */
	private static RedirectView done(String code, RedirectAttributes redirect, String confirmation) {
		redirect.addFlashAttribute("confirmation", confirmation);
		RedirectView view = new RedirectView(pagePath(code), true);
		view.setStatusCode(HttpStatus.SEE_OTHER);
		view.setExposeModelAttributes(false);
		return view;
	}

	private String again(Model model, Network network, HttpServletRequest request, HttpServletResponse response,
			Typed typed, InvalidInputException refused) {
		Object field = refused.getDetail();
		Typed withError = new Typed(typed.form(), typed.organisation(), typed.contactId(), typed.name(), typed.email(),
				typed.phone(), typed.subject(), typed.text(), field == null ? null : field.toString(), refused.getMessage());
		response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
		fill(model, network, request, withError);
		return VIEW;
	}

	private void fill(Model model, Network network, HttpServletRequest request, Typed typed) {
		List<OrganisationView> sections = new ArrayList<>();
		int recipients = 0;
		for (Organisation organisation : recruitment.ofNetwork(network.id())) {
			List<ContactView> contacts = recruitment.contacts(organisation.id())
				.stream()
				.map(row -> new ContactView(row.id(), row.name(), row.email(), row.phone(), row.wantsReminders()))
				.toList();
			boolean editable = RecruitmentService.contactsEditable(organisation);
			boolean takesPart = takesPart(organisation.status());
			recipients += takesPart ? contacts.size() : 0;
			sections.add(new OrganisationView(organisation.code(), organisation.name(), statusLabel(organisation.status()),
					editable, editable && contacts.size() < RecruitmentService.MAX_CONTACTS,
					contacts.size() > RecruitmentService.MIN_CONTACTS_KEPT, takesPart, contacts));
		}
		model.addAttribute("network", network);
		model.addAttribute("organisations", sections);
		model.addAttribute("recipients", recipients);
		model.addAttribute("typed", typed != null ? typed
				: new Typed(null, null, null, null, null, null, null, null, null, null));
		model.addAttribute("formToken", guard.token(request));
		model.addAttribute("messageId", UUID.randomUUID().toString().replace("-", ""));
		model.addAttribute("maxContacts", RecruitmentService.MAX_CONTACTS);
		model.addAttribute("nameMax", TextLimits.maxLength("contactName"));
		model.addAttribute("emailMax", TextLimits.maxLength("contactEmail"));
		model.addAttribute("phoneMax", TextLimits.pageMaxLength("contactPhone"));
		model.addAttribute("subjectMax", TextLimits.pageMaxLength("messageSubject"));
		model.addAttribute("textMax", TextLimits.pageMaxLength("messageText"));
		model.addAttribute("pagePath", pagePath(network.code()));
	}

	/** Registered or with its trajectory completed: the organisations a message goes to. */
	static boolean takesPart(OrganisationStatus status) {
		return status == OrganisationStatus.REGISTERED || status == OrganisationStatus.COMPLETED;
	}

	static String statusLabel(OrganisationStatus status) {
		return switch (status) {
			case REGISTERED -> "neemt deel";
			case WAITING_LIST -> "op de wachtlijst";
			case WITHDRAWN -> "teruggetrokken";
			case COMPLETED -> "traject afgerond";
			case CANCELLED -> "geannuleerd";
		};
	}

	private Organisation organisationOf(Network network, String code) {
		Organisation organisation = code == null ? null : recruitment.find(code).orElse(null);
		if (organisation == null || organisation.networkId() != network.id()) {
			throw new InvalidInputException("organisation", "Deze organisatie hoort niet bij netwerk " + network.code() + ".");
		}
		return organisation;
	}

	private static long required(Long contactId) {
		if (contactId == null) {
			throw new InvalidInputException("contact", "Welke contactpersoon? Open de pagina opnieuw en probeer het nog eens.");
		}
		return contactId;
	}

	/** A refused POST: as a GET would be, or from another site, or without this session's form token. */
	private Optional<String> postRefusal(HttpServletRequest request, HttpServletResponse response, Model model,
			String code, String token) {
		Optional<String> refused = refusal(request, response, model, code, true);
		if (refused.isPresent()) {
			return refused;
		}
		if (guard.crossSite(request)) {
			return Optional.of(refuse(response, model, HttpStatus.FORBIDDEN, "Geweigerd",
					"Dit formulier werd vanaf een andere website verstuurd en is geweigerd. Er is niets gewijzigd.",
					pagePath(code), "Terug naar de contactpersonen"));
		}
		if (!guard.validToken(request, token)) {
			return Optional.of(refuse(response, model, HttpStatus.FORBIDDEN, "Geweigerd",
					"Dit formulier is verlopen of komt niet van deze pagina. Er is niets gewijzigd: open de pagina opnieuw"
							+ " en probeer het nog eens.",
					pagePath(code), "Terug naar de contactpersonen"));
		}
		return Optional.empty();
	}

	/**
	 * Nobody logged in: 401; logged in but no coordinator or administrator: 403 (for any network,
	 * so that nothing says whether it exists); an unknown network: 404.
	 */
	private Optional<String> refusal(HttpServletRequest request, HttpServletResponse response, Model model, String code,
			boolean post) {
		Optional<Viewer> viewer = WebappViewer.of(request);
		if (viewer.isEmpty()) {
			return Optional.of(refuse(response, model, HttpStatus.UNAUTHORIZED, "Log eerst in",
					"De contactpersonen van een netwerk zijn er alleen voor coördinatoren en beheerders. Log in bij"
							+ " Tasklist en open deze pagina daarna opnieuw."
							+ (post ? " Er is niets gewijzigd." : ""),
					"/camunda/app/tasklist/default/", "Inloggen bij Tasklist"));
		}
		if (!viewer.get().isCoordinator()) {
			return Optional.of(refuse(response, model, HttpStatus.FORBIDDEN, "Geen toegang",
					"De contactpersonen van een netwerk beheren is er alleen voor coördinatoren en beheerders.",
					"/camunda/app/tasklist/default/", "Terug naar Tasklist"));
		}
		if (code == null || !networks.exists(code)) {
			return Optional.of(refuse(response, model, HttpStatus.NOT_FOUND, "Niet gevonden",
					"Er is geen netwerk met code '" + code + "'.", "/camunda/app/tasklist/default/", "Terug naar Tasklist"));
		}
		return Optional.empty();
	}

	private static String refuse(HttpServletResponse response, Model model, HttpStatus status, String title, String text,
			String link, String linkText) {
		response.setStatus(status.value());
		model.addAttribute("title", title);
		model.addAttribute("text", text);
		model.addAttribute("link", link);
		model.addAttribute("linkText", linkText);
		return REFUSAL;
	}

	static String pagePath(String code) {
		return "/leernet/netwerken/" + UriUtils.encodePathSegment(code, "UTF-8") + "/contactpersonen";
	}

}
