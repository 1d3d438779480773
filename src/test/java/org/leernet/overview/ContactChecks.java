package org.leernet.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.leernet.identity.Groups;
import org.leernet.network.NetworkService;
import org.leernet.notification.CaughtMails;
import org.leernet.recruitment.ContactPersonRow;
import org.leernet.recruitment.Organisation;
import org.leernet.recruitment.RecruitmentService;
import org.leernet.tasklist.FormDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.DefaultResponseErrorHandler;
import org.springframework.web.client.RestTemplate;
import org.springframework.web.util.DefaultUriBuilderFactory;
import org.springframework.util.LinkedMultiValueMap;

/**
 * The contact persons page of issue 18 ({@code /leernet/netwerken/{code}/contactpersonen}), as
 * the demo's users use it in a browser: a coordinator edits, adds and removes contact persons and
 * sends a message to the network; anyone else is refused. The checks that change contacts work on
 * networks of their own (registered over REST as the coordinator), except one that adds a contact
 * to the demo's Aurora and removes them again. Beans come in as test method parameters.
 */
public interface ContactChecks extends OverviewUser {

	Pattern FORM_TOKEN = Pattern.compile("name=\"formToken\" value=\"([0-9a-f]{64})\"");

	static String page(String network) {
		return "/leernet/netwerken/" + network + "/contactpersonen";
	}

	/** The form token of this user's session, as the page's hidden field carries it. */
	default String formToken(String user, String network) {
		ResponseEntity<String> page = get(user, page(network));
		assertThat(page.getStatusCode()).as(page.getBody()).isEqualTo(HttpStatus.OK);
		Matcher token = FORM_TOKEN.matcher(page.getBody());
		assertThat(token.find()).as("a form token on the page").isTrue();
		return token.group(1);
	}

	/** A form POST as a browser sends it from the page itself (same Origin), as this user (null: nobody). */
	default ResponseEntity<String> postForm(String user, String path, Map<String, String> fields, String origin) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
		headers.setAccept(List.of(MediaType.TEXT_HTML));
		if (user != null) {
			headers.add(HttpHeaders.COOKIE, session(user));
		}
		if (origin != null) {
			headers.add(HttpHeaders.ORIGIN, origin);
		}
		var form = new LinkedMultiValueMap<String, String>();
		fields.forEach(form::add);
		return noRedirects().exchange(path, HttpMethod.POST, new HttpEntity<>(form, headers), String.class);
	}

	/**
	 * A client that shows the redirect of a POST-redirect-GET instead of following it (as the
	 * test's own does), and hands back every status instead of throwing.
	 */
	default RestTemplate noRedirects() {
		RestTemplate client = new RestTemplate(new JdkClientHttpRequestFactory(
				HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()));
		client.setUriTemplateHandler(new DefaultUriBuilderFactory(rest().getRootUri()));
		client.setErrorHandler(new DefaultResponseErrorHandler() {
			@Override
			public boolean hasError(ClientHttpResponse response) {
				return false;
			}
		});
		return client;
	}

	/** GET as this user, logged in to the webapps they may use. */
	default ResponseEntity<String> getAs(String user, String path) {
		HttpHeaders headers = new HttpHeaders();
		headers.add(HttpHeaders.COOKIE, session(user));
		return rest().exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
	}

	/** The page's own origin, as a browser sends it with the form. */
	default String ownOrigin() {
		return rest().getRootUri();
	}

	/** A POST of one of the page's forms as the coordinator, with the session's token. */
	default ResponseEntity<String> submit(String network, String action, String... namesAndValues) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("formToken", formToken("coordinator", network));
		for (int i = 0; i < namesAndValues.length; i += 2) {
			fields.put(namesAndValues[i], namesAndValues[i + 1]);
		}
		return postForm("coordinator", page(network) + "/" + action, fields, ownOrigin());
	}

	/** POST-redirect-GET: a 303 to the page, which then shows this confirmation. */
	default String followRedirect(ResponseEntity<String> answer, String network) {
		assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.SEE_OTHER);
		assertThat(answer.getHeaders().getLocation().getPath()).isEqualTo(page(network));
		ResponseEntity<String> page = get("coordinator", page(network));
		assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
		return page.getBody();
	}

	/** A REST request with Basic credentials, as a script (or Tasklist's REST client) sends it. */
	default ResponseEntity<String> restAs(String user, String password, HttpMethod method, String path, Object body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setBasicAuth(user, password);
		headers.setContentType(MediaType.APPLICATION_JSON);
		headers.setAccept(List.of(MediaType.APPLICATION_JSON));
		return rest().exchange(path, method, new HttpEntity<>(body, headers), String.class);
	}

	/**
	 * A network of the check's own, started as the coordinator over REST, with these organisations
	 * registered through the registration form, each with two contacts at {@code <first name>@<code>.example}.
	 */
	default void ownNetwork(ProcessEngine engine, String code, String... organisationNames) {
		Map<String, Object> values = Map.of("networkCode", code, "networkName", "Netwerk " + code, "minimumOrganisations", 1,
				"maximumOrganisations", 15, "registrationDeadline", LocalDate.now().plusMonths(1).toString());
		ResponseEntity<String> started = restAs("coordinator", "coordinator", HttpMethod.POST,
				"/engine-rest/process-definition/key/learning-network/submit-form", Map.of("variables", typed(values)));
		assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.OK);
		for (String name : organisationNames) {
			Task task = engine.getTaskService()
				.createTaskQuery()
				.processInstanceBusinessKey(code)
				.taskDefinitionKey("Task_RegisterOrganisation")
				.singleResult();
			String domain = name.toLowerCase().replace(' ', '-') + "." + code.toLowerCase() + ".example";
			String contacts = "[{\"contactName\":\"Els " + name + "\",\"contactEmail\":\"els@" + domain + "\"},"
					+ "{\"contactName\":\"Jan " + name + "\",\"contactEmail\":\"jan@" + domain + "\"}]";
			Map<String, Object> form = Map.of("organisationName", name, "sector", "bouw", "caseDescription", "Werf",
					"contacts", contacts, "recruitmentClosed", false);
			ResponseEntity<String> registered = restAs("coordinator", "coordinator", HttpMethod.POST,
					"/engine-rest/task/" + task.getId() + "/submit-form", Map.of("variables", typed(form)));
			assertThat(registered.getStatusCode()).as(registered.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
			FormDriver.runAsyncJobs(engine.getManagementService());
		}
	}

	private static Map<String, Object> typed(Map<String, Object> values) {
		Map<String, Object> variables = new HashMap<>();
		values.forEach((key, value) -> variables.put(key, value instanceof String text && text.startsWith("[")
				? Map.of("value", text, "type", "Json") : Map.of("value", value)));
		return variables;
	}

	default Organisation organisationOf(RecruitmentService recruitment, NetworkService networks, String network,
			String name) {
		return recruitment.ofNetwork(networks.get(network).id())
			.stream()
			.filter(organisation -> organisation.name().equals(name))
			.findFirst()
			.orElseThrow();
	}

	/** Every mail the embedded SMTP server caught for this address, in the order they came. */
	default List<MimeMessage> mailsTo(Environment environment, String email) throws Exception {
		int port = environment.getRequiredProperty("spring.mail.port", Integer.class);
		List<MimeMessage> found = new java.util.ArrayList<>();
		for (MimeMessage message : CaughtMails.on(port)) {
			if (Arrays.stream(message.getAllRecipients()).anyMatch(address -> address.toString().contains(email))) {
				found.add(message);
			}
		}
		return found;
	}

	/** The HTML part of a caught mail (multipart/mixed → multipart/related|alternative → text/html). */
	static String html(jakarta.mail.Part part) throws Exception {
		if (part.isMimeType("text/html")) {
			return (String) part.getContent();
		}
		if (part.getContent() instanceof jakarta.mail.Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				String html = html(multipart.getBodyPart(i));
				if (html != null) {
					return html;
				}
			}
		}
		return null;
	}

	// --- the checks

	@Test
	default void aCoordinatorSeesEveryOrganisationsContactsWithTheirForms() {
		ResponseEntity<String> page = get("coordinator", page(DEMO_NETWORK));
		assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(page.getBody()).contains("lang=\"nl\"", "Contactpersonen van", "els.peeters@aurora.example",
				"jan.claes@berkenhof.example", "lies.maes@cederdal.example", "sara.jacobs@delta.example",
				"Wijzigingen bewaren", "Contactpersoon toevoegen", "Bericht aan alle contactpersonen",
				"Teruggetrokken en geannuleerde organisaties")
			.contains("method=\"post\"", "name=\"formToken\"")
			.doesNotContain("Exception", "null");
	}

	@Test
	default void aCoordinatorEditsNameAddressAndPhoneAndTheAccountFollows(@Autowired RecruitmentService recruitment,
			@Autowired NetworkService networks, @Autowired ProcessEngine engine) {
		ownNetwork(engine, "CON-EDIT", "Wijzig Werk");
		Organisation organisation = organisationOf(recruitment, networks, "CON-EDIT", "Wijzig Werk");
		ContactPersonRow els = recruitment.contacts(organisation.id()).get(0);

		String after = followRedirect(submit("CON-EDIT", "wijzigen", "organisation", organisation.code(), "contactId",
				String.valueOf(els.id()), "contactName", "Elsa Nieuwnaam", "contactEmail", "elsa@nieuw.con-edit.example",
				"contactPhone", "+32 9 123 45 67"), "CON-EDIT");
		assertThat(after).contains("De gegevens van Elsa Nieuwnaam (Wijzig Werk) zijn bewaard.", "+32 9 123 45 67",
				"elsa@nieuw.con-edit.example");

		ContactPersonRow changed = recruitment.contacts(organisation.id()).get(0);
		assertThat(changed.name()).isEqualTo("Elsa Nieuwnaam");
		assertThat(changed.email()).isEqualTo("elsa@nieuw.con-edit.example");
		assertThat(changed.phone()).isEqualTo("+32 9 123 45 67");
		User account = engine.getIdentityService().createUserQuery().userId(els.userId()).singleResult();
		assertThat(account.getEmail()).as("the account's address follows").isEqualTo("elsa@nieuw.con-edit.example");
		assertThat(account.getFirstName() + " " + account.getLastName()).isEqualTo("Elsa Nieuwnaam");

		assertThat(get("coordinator", page("CON-EDIT")).getBody())
			.as("the confirmation is shown once").doesNotContain("zijn bewaard.");
	}

	@Test
	default void aStaffAddressOrABadPhoneIsRefusedInDutchWithEverythingTypedKeptAndNothingChanged(
			@Autowired RecruitmentService recruitment, @Autowired NetworkService networks, @Autowired ProcessEngine engine) {
		ownNetwork(engine, "CON-STAFF", "Staf Adres", "Ander Bedrijf");
		Organisation organisation = organisationOf(recruitment, networks, "CON-STAFF", "Staf Adres");
		ContactPersonRow jan = recruitment.contacts(organisation.id()).get(1);
		String staffAddress = engine.getIdentityService().createUserQuery().userId("adviser1").singleResult().getEmail();
		assertThat(staffAddress).isNotBlank();

		ResponseEntity<String> refused = submit("CON-STAFF", "wijzigen", "organisation", organisation.code(), "contactId",
				String.valueOf(jan.id()), "contactName", "Jan Getypt", "contactEmail", staffAddress.toUpperCase(),
				"contactPhone", "09 111 22 33");
		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
		assertThat(refused.getBody()).contains("is het e-mailadres van een medewerker van Leernet",
				"value=\"Jan Getypt\"", "value=\"" + staffAddress.toUpperCase() + "\"", "value=\"09 111 22 33\"",
				"class=\"error\"");

		String otherContact = recruitment.contacts(organisationOf(recruitment, networks, "CON-STAFF", "Ander Bedrijf").id())
			.get(0)
			.email();
		ResponseEntity<String> taken = submit("CON-STAFF", "toevoegen", "organisation", organisation.code(), "contactName",
				"Nieuwe Persoon", "contactEmail", otherContact, "contactPhone", "");
		assertThat(taken.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
		assertThat(taken.getBody()).contains("is al het e-mailadres van een andere contactpersoon", "value=\"Nieuwe Persoon\"");

		ResponseEntity<String> badPhone = submit("CON-STAFF", "wijzigen", "organisation", organisation.code(), "contactId",
				String.valueOf(jan.id()), "contactName", "Jan Getypt", "contactEmail", jan.email(), "contactPhone",
				"bel me <maar>");
		assertThat(badPhone.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
		assertThat(badPhone.getBody()).contains("is geen telefoonnummer", "value=\"bel me &lt;maar&gt;\"")
			.doesNotContain("<maar>");

		ResponseEntity<String> tooLong = submit("CON-STAFF", "wijzigen", "organisation", organisation.code(), "contactId",
				String.valueOf(jan.id()), "contactName", "Jan", "contactEmail", jan.email(), "contactPhone", "1".repeat(31));
		assertThat(tooLong.getBody()).contains("Het telefoonnummer mag hoogstens 30 tekens lang zijn (nu 31).");

		assertThat(recruitment.contacts(organisation.id())).as("nothing changed")
			.containsExactlyElementsOf(List.of(recruitment.contacts(organisation.id()).get(0), jan));
		assertThat(recruitment.contacts(organisation.id())).hasSize(2);
	}

	@Test
	default void anAddedContactGetsAnAccountTheGroupAndASetPasswordMailAndLosesThemWhenRemoved(
			@Autowired RecruitmentService recruitment, @Autowired NetworkService networks, @Autowired ProcessEngine engine,
			@Autowired ManagementService management, @Autowired Environment environment) throws Exception {
		ownNetwork(engine, "CON-ADD", "Nieuw Lid");
		Organisation organisation = organisationOf(recruitment, networks, "CON-ADD", "Nieuw Lid");
		String address = "nora.nieuw@nieuw-lid.con-add.example";

		String after = followRedirect(submit("CON-ADD", "toevoegen", "organisation", organisation.code(), "contactName",
				"Nora Nieuw", "contactEmail", address, "contactPhone", "0470 12 34 56"), "CON-ADD");
		assertThat(after).contains("Nora Nieuw is toegevoegd als contactpersoon van Nieuw Lid", address, "0470 12 34 56");

		ContactPersonRow nora = recruitment.contacts(organisation.id()).get(2);
		assertThat(nora.email()).isEqualTo(address);
		IdentityService identity = engine.getIdentityService();
		assertThat(identity.createUserQuery().userId(nora.userId()).singleResult().getEmail()).isEqualTo(address);
		assertThat(identity.createUserQuery().userId(nora.userId()).memberOfGroup(Groups.organisation(organisation.code()))
			.count()).isEqualTo(1);
		assertThat(identity.createUserQuery().userId(nora.userId()).memberOfGroup(Groups.PARTICIPANTS).count()).isEqualTo(1);

		FormDriver.runAsyncJobs(management);
		List<MimeMessage> mails = mailsTo(environment, address);
		assertThat(mails).hasSize(1);
		assertThat(mails.get(0).getSubject()).isEqualTo("Contactpersoon van Nieuw Lid");
		assertThat(html(mails.get(0))).contains("U bent vanaf nu contactpersoon van", "/leernet/wachtwoord/");

		ResponseEntity<String> fourth = submit("CON-ADD", "toevoegen", "organisation", organisation.code(), "contactName",
				"Vierde Persoon", "contactEmail", "vierde@nieuw-lid.con-add.example", "contactPhone", "");
		assertThat(fourth.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
		assertThat(fourth.getBody()).contains("heeft al 3 contactpersonen, het maximum", "value=\"Vierde Persoon\"");

		String removed = followRedirect(submit("CON-ADD", "verwijderen", "organisation", organisation.code(), "contactId",
				String.valueOf(nora.id())), "CON-ADD");
		assertThat(removed).contains("Nora Nieuw is geen contactpersoon van Nieuw Lid meer").doesNotContain(address);
		assertThat(identity.createUserQuery().userId(nora.userId()).count())
			.as("the account Leernet made for her goes with her").isZero();

		List<ContactPersonRow> left = recruitment.contacts(organisation.id());
		followRedirect(submit("CON-ADD", "verwijderen", "organisation", organisation.code(), "contactId",
				String.valueOf(left.get(0).id())), "CON-ADD");
		ResponseEntity<String> last = submit("CON-ADD", "verwijderen", "organisation", organisation.code(), "contactId",
				String.valueOf(left.get(1).id()));
		assertThat(last.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
		assertThat(last.getBody()).contains("is de enige contactpersoon van Nieuw Lid",
				"Een organisatie houdt minstens één contactpersoon");
		assertThat(recruitment.contacts(organisation.id())).hasSize(1);
	}

	@Test
	default void aRemovedContactNoLongerSeesTheOrganisationsTasks(@Autowired RecruitmentService recruitment,
			@Autowired ProcessEngine engine) {
		String group = Groups.organisation("zorggroep-aurora");
		List<Task> auroraTasks = engine.getTaskService().createTaskQuery().taskCandidateGroup(group).list();
		assertThat(auroraTasks).as("the demo's Aurora has a task for its contacts").isNotEmpty();
		// an account an administrator prepared for a participant, as participant-a was
		IdentityService identity = engine.getIdentityService();
		User piet = identity.newUser("piet-voorbereid");
		piet.setFirstName("Piet");
		piet.setLastName("Voorbereid");
		piet.setEmail("piet.voorbereid@aurora.example");
		piet.setPassword("piet-voorbereid-wachtwoord");
		identity.saveUser(piet);
		identity.createMembership("piet-voorbereid", Groups.PARTICIPANTS);
		Organisation aurora = recruitment.get("zorggroep-aurora");
		int before = recruitment.contacts(aurora.id()).size();
		try {
			assertThat(tasksOf("piet-voorbereid")).doesNotContain(auroraTasks.get(0).getId());

			followRedirect(submit(DEMO_NETWORK, "toevoegen", "organisation", "zorggroep-aurora", "contactName",
					"Piet Voorbereid", "contactEmail", "piet.voorbereid@aurora.example", "contactPhone", ""), DEMO_NETWORK);
			assertThat(tasksOf("piet-voorbereid")).as("a contact sees the organisation's tasks")
				.contains(auroraTasks.get(0).getId());

			ContactPersonRow row = recruitment.contacts(aurora.id())
				.stream()
				.filter(contact -> contact.userId().equals("piet-voorbereid"))
				.findFirst()
				.orElseThrow();
			followRedirect(submit(DEMO_NETWORK, "verwijderen", "organisation", "zorggroep-aurora", "contactId",
					String.valueOf(row.id())), DEMO_NETWORK);
			assertThat(tasksOf("piet-voorbereid")).as("a removed contact no longer does")
				.doesNotContain(auroraTasks.get(0).getId());
			assertThat(identity.createUserQuery().userId("piet-voorbereid").memberOfGroup(group).count()).isZero();
			assertThat(identity.createUserQuery().userId("piet-voorbereid").count())
				.as("a prepared account stays, without the group").isEqualTo(1);
			assertThat(recruitment.contacts(aurora.id())).hasSize(before);
		}
		finally {
			identity.deleteUser("piet-voorbereid");
		}
	}

	/** The ids in {@code GET /engine-rest/task} as this user sees it. */
	private List<String> tasksOf(String user) {
		ResponseEntity<String> tasks = restAs(user, user + "-wachtwoord", HttpMethod.GET, "/engine-rest/task", null);
		assertThat(tasks.getStatusCode()).as(tasks.getBody()).isEqualTo(HttpStatus.OK);
		Matcher ids = Pattern.compile("\"id\":\"([^\"]+)\"").matcher(tasks.getBody());
		List<String> found = new java.util.ArrayList<>();
		while (ids.find()) {
			found.add(ids.group(1));
		}
		return found;
	}

	@Test
	default void whoOptedOutOfRemindersIsShown(@Autowired RecruitmentService recruitment,
			@Autowired NetworkService networks, @Autowired ProcessEngine engine) {
		ownNetwork(engine, "CON-OPT", "Geen Herinnering");
		Organisation organisation = organisationOf(recruitment, networks, "CON-OPT", "Geen Herinnering");
		ContactPersonRow jan = recruitment.contacts(organisation.id()).get(1);
		assertThat(get("coordinator", page("CON-OPT")).getBody()).doesNotContain("ontvangt geen herinneringen");
		// the opt-out link of a reminder, as the contact person follows it
		ResponseEntity<String> optedOut = postForm(null, "/leernet/herinneringen-uit/" + jan.unsubscribeToken(), Map.of(),
				null);
		assertThat(optedOut.getStatusCode()).isEqualTo(HttpStatus.OK);
		String page = get("coordinator", page("CON-OPT")).getBody();
		assertThat(page).contains("ontvangt geen herinneringen");
		String janSection = page.substring(page.indexOf(jan.email()));
		assertThat(janSection.substring(0, janSection.indexOf("</article>"))).contains("ontvangt geen herinneringen");
		String elsSection = page.substring(page.indexOf(recruitment.contacts(organisation.id()).get(0).email()));
		assertThat(elsSection.substring(0, elsSection.indexOf("</article>"))).doesNotContain("ontvangt geen herinneringen");
	}

	@Test
	default void aMessageReachesEveryActiveContactEscapedThroughTheMailLogOnce(@Autowired RecruitmentService recruitment,
			@Autowired NetworkService networks, @Autowired ProcessEngine engine, @Autowired ManagementService management,
			@Autowired Environment environment, @Autowired JdbcClient jdbc) throws Exception {
		ownNetwork(engine, "CON-MSG", "Blijft Mee", "Trekt Terug");
		Organisation active = organisationOf(recruitment, networks, "CON-MSG", "Blijft Mee");
		Organisation withdrawn = organisationOf(recruitment, networks, "CON-MSG", "Trekt Terug");
		recruitment.withdraw(withdrawn.code());
		// opted out of reminders: a message is no reminder, it still reaches them
		recruitment.stopReminders(recruitment.contacts(active.id()).get(1).unsubscribeToken());

		ResponseEntity<String> empty = submit("CON-MSG", "bericht", "messageSubject", " ", "messageText",
				"Mijn getypte tekst");
		assertThat(empty.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
		assertThat(empty.getBody()).contains("Het onderwerp van het bericht is verplicht.", ">Mijn getypte tekst</textarea>");

		ResponseEntity<String> page = get("coordinator", page("CON-MSG"));
		Matcher messageId = Pattern.compile("name=\"messageId\" value=\"([0-9a-f]{32})\"").matcher(page.getBody());
		assertThat(messageId.find()).isTrue();
		String text = "Beste allemaal,\n<script>alert('x')</script> & <b>vet</b>\n\nTweede alinea.";
		String[] form = { "messageSubject", "Nieuws <i>van</i> het netwerk", "messageText", text, "messageId",
				messageId.group(1) };
		String after = followRedirect(submit("CON-MSG", "bericht", form), "CON-MSG");
		assertThat(after).contains("Het bericht is onderweg naar 2 contactpersonen van 1 organisatie.");
		submit("CON-MSG", "bericht", form); // the same form twice (a double click): sent once

		long networkId = networks.get("CON-MSG").id();
		List<String> logged = jdbc.sql("select recipient from mail_log where kind = 'NETWORK_MESSAGE' and network_id = ?"
				+ " order by recipient")
			.param(networkId)
			.query(String.class)
			.list();
		assertThat(logged).containsExactlyElementsOf(
				recruitment.contacts(active.id()).stream().map(ContactPersonRow::email).sorted().toList());
		assertThat(jdbc.sql("select count(*) from mail_log where kind = 'NETWORK_MESSAGE' and organisation_id = ?")
			.param(withdrawn.id())
			.query(Integer.class)
			.single()).as("no message to a withdrawn organisation").isZero();

		FormDriver.runAsyncJobs(management);
		assertThat(jdbc.sql("select count(*) from mail_log where kind = 'NETWORK_MESSAGE' and network_id = ? and status = 'SENT'")
			.param(networkId)
			.query(Integer.class)
			.single()).isEqualTo(2);
		MimeMessage mail = mailsTo(environment, recruitment.contacts(active.id()).get(0).email())
			.stream()
			.filter(message -> {
				try {
					return message.getSubject().startsWith("Nieuws");
				}
				catch (Exception ex) {
					return false;
				}
			})
			.findFirst()
			.orElseThrow();
		assertThat(mail.getSubject()).isEqualTo("Nieuws <i>van</i> het netwerk");
		String html = html(mail);
		assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &lt;b&gt;vet&lt;/b&gt;",
				"Tweede alinea.", "Nieuws &lt;i&gt;van&lt;/i&gt; het netwerk")
			.doesNotContain("<script>", "<b>vet</b>", "<i>van</i>");
	}

	@Test
	default void onlyCoordinatorsAndAdministratorsMayUseThePage(@Autowired RecruitmentService recruitment) {
		ContactPersonRow els = recruitment.contacts(recruitment.get("zorggroep-aurora").id()).get(1);
		Map<String, String> edit = Map.of("formToken", "0".repeat(64), "organisation", "zorggroep-aurora", "contactId",
				String.valueOf(els.id()), "contactName", "Overgenomen", "contactEmail", "overgenomen@example.org");
		for (String user : List.of("adviser1", "participant-a", "process-owner")) {
			ResponseEntity<String> page = getAs(user, page(DEMO_NETWORK));
			assertThat(page.getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
			assertThat(page.getBody()).contains("lang=\"nl\"", "Geen toegang").doesNotContain(els.email());
			for (String action : List.of("wijzigen", "toevoegen", "verwijderen", "bericht")) {
				ResponseEntity<String> post = postForm(user, page(DEMO_NETWORK) + "/" + action, edit, ownOrigin());
				assertThat(post.getStatusCode()).as(user + " " + action).isEqualTo(HttpStatus.FORBIDDEN);
			}
			assertThat(getAs(user, page("BESTAAT-NIET")).getStatusCode()).as("never says whether a network exists")
				.isEqualTo(HttpStatus.FORBIDDEN);
		}
		ResponseEntity<String> anonymous = get(null, page(DEMO_NETWORK));
		assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(anonymous.getBody()).contains("Log eerst in", "/camunda/app/tasklist/default/");
		assertThat(postForm(null, page(DEMO_NETWORK) + "/wijzigen", edit, ownOrigin()).getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
		ResponseEntity<String> unknown = get("coordinator", page("BESTAAT-NIET"));
		assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(unknown.getBody()).contains("Niet gevonden");
		assertThat(get("demo", page(DEMO_NETWORK)).getStatusCode()).as("the administrator").isEqualTo(HttpStatus.OK);
		assertThat(recruitment.contacts(recruitment.get("zorggroep-aurora").id()).get(1)).isEqualTo(els);
	}

	@Test
	default void aPostFromAnotherSiteOrWithoutTheFormTokenChangesNothing(@Autowired RecruitmentService recruitment,
			@Autowired NetworkService networks, @Autowired ProcessEngine engine) {
		ownNetwork(engine, "CON-CSRF", "Vreemde Site");
		Organisation organisation = organisationOf(recruitment, networks, "CON-CSRF", "Vreemde Site");
		ContactPersonRow els = recruitment.contacts(organisation.id()).get(0);
		Map<String, String> edit = new HashMap<>(Map.of("formToken", formToken("coordinator", "CON-CSRF"), "organisation",
				organisation.code(), "contactId", String.valueOf(els.id()), "contactName", "Gekaapt", "contactEmail",
				"gekaapt@evil.example"));
		String path = page("CON-CSRF") + "/wijzigen";

		ResponseEntity<String> foreign = postForm("coordinator", path, edit, "https://evil.example");
		assertThat(foreign.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(foreign.getBody()).contains("vanaf een andere website", "Er is niets gewijzigd");

		HttpHeaders crossSite = new HttpHeaders();
		crossSite.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
		crossSite.add(HttpHeaders.COOKIE, session("coordinator"));
		crossSite.add("Sec-Fetch-Site", "cross-site");
		var body = new LinkedMultiValueMap<String, String>();
		edit.forEach(body::add);
		assertThat(noRedirects().exchange(path, HttpMethod.POST, new HttpEntity<>(body, crossSite), String.class)
			.getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);

		edit.put("formToken", "f".repeat(64));
		ResponseEntity<String> wrongToken = postForm("coordinator", path, edit, ownOrigin());
		assertThat(wrongToken.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(wrongToken.getBody()).contains("Dit formulier is verlopen");
		edit.remove("formToken");
		assertThat(postForm("coordinator", path, edit, null).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

		assertThat(recruitment.contacts(organisation.id()).get(0)).isEqualTo(els);
	}

}
