package org.leernet.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.leernet.measurement.MeasurementPhase;
import org.leernet.network.NetworkService;
import org.leernet.notification.CaughtMails;
import org.leernet.notification.NotificationService;
import org.leernet.recruitment.ContactPersonRow;
import org.leernet.recruitment.Organisation;
import org.leernet.recruitment.RecruitmentService;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Class 9 of issue 17: the opt-out link of a reminder asks first. GET shows a page with a
 * button, so a mail scanner that follows every link changes nothing; the button's POST, or a
 * mail provider's RFC 8058 one-click POST, opts out. Reminders say so in their headers.
 */
interface UnsubscribeChecks extends OwnRegistrations {

	String PATH = "/leernet/herinneringen-uit/";

	/** The contact persons of a fresh organisation in a network of the check's own. */
	default List<ContactPersonRow> contactsOfOwnOrganisation(String code, String name) {
		String domain = code.toLowerCase() + ".example";
		ResponseEntity<String> registered = registerAs(startOwnNetwork(code), name, "Els " + name, "els@" + domain,
				"Jan " + name, "jan@" + domain);
		assertThat(registered.getStatusCode()).as(registered.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
		return bean(RecruitmentService.class).contacts(organisation(code).id());
	}

	default Organisation organisation(String code) {
		return bean(RecruitmentService.class).ofNetwork(bean(NetworkService.class).get(code).id()).get(0);
	}

	default boolean wantsReminders(String code, String email) {
		return bean(RecruitmentService.class).contacts(organisation(code).id())
			.stream()
			.filter(contact -> contact.email().equals(email))
			.findFirst()
			.orElseThrow()
			.wantsReminders();
	}

	/** A form POST as a browser or a mail provider sends it: no credentials, no CSRF token. */
	default ResponseEntity<String> postForm(String path, String body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
		headers.setAccept(List.of(MediaType.TEXT_HTML, MediaType.ALL));
		return rest().exchange(path, HttpMethod.POST, new org.springframework.http.HttpEntity<>(body, headers), String.class);
	}

	default ResponseEntity<String> getPage(String path) {
		HttpHeaders headers = new HttpHeaders();
		headers.setAccept(List.of(MediaType.TEXT_HTML));
		return rest().exchange(path, HttpMethod.GET, new org.springframework.http.HttpEntity<>(headers), String.class);
	}

	@Test
	default void followingTheOptOutLinkAsksFirstAndChangesNothing() {
		ContactPersonRow els = contactsOfOwnOrganisation("UNS-GET", "Vraag Eerst").get(0);
		for (int i = 0; i < 3; i++) {
			ResponseEntity<String> page = getPage(PATH + els.unsubscribeToken());
			assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
			assertThat(page.getBody()).contains("lang=\"nl\"", "<form method=\"post\"", "<button")
				.contains("Afmelden voor herinneringen")
				.doesNotContain("U bent afgemeld");
		}
		assertThat(wantsReminders("UNS-GET", els.email())).as("a GET, as a mail scanner sends it, opts nobody out").isTrue();
		assertThat(getPage(PATH + "0".repeat(64)).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
	}

	@Test
	default void theButtonOptsOutTheContactAndNobodyElse() {
		List<ContactPersonRow> contacts = contactsOfOwnOrganisation("UNS-POST", "Knop Klik");
		ResponseEntity<String> done = postForm(PATH + contacts.get(0).unsubscribeToken(), "");
		assertThat(done.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(done.getBody()).contains("lang=\"nl\"", "U bent afgemeld voor herinneringen");
		assertThat(wantsReminders("UNS-POST", contacts.get(0).email())).isFalse();
		assertThat(wantsReminders("UNS-POST", contacts.get(1).email())).isTrue();
		assertThat(postForm(PATH + "0".repeat(64), "").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(postForm(PATH + "geen-token", "").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
	}

	@Test
	default void aMailProvidersOneClickPostOptsOut() {
		ContactPersonRow jan = contactsOfOwnOrganisation("UNS-ONE", "Een Klik").get(1);
		ResponseEntity<String> done = postForm(PATH + jan.unsubscribeToken(), "List-Unsubscribe=One-Click");
		assertThat(done.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(wantsReminders("UNS-ONE", jan.email())).isFalse();
	}

	@Test
	default void aReminderCarriesListUnsubscribeHeadersWithItsRecipientsLinkAndOtherMailsDoNot() throws Exception {
		List<ContactPersonRow> contacts = contactsOfOwnOrganisation("UNS-HDR", "Kop Regel");
		driver().runAsyncJobs();
		bean(NotificationService.class).surveyReminder("UNS-HDR", organisation("UNS-HDR").code(), MeasurementPhase.BASELINE,
				null);
		driver().runAsyncJobs();
		int smtpPort = bean(Environment.class).getRequiredProperty("spring.mail.port", Integer.class);
		String base = "http://localhost:" + bean(Environment.class).getRequiredProperty("local.server.port");
		for (ContactPersonRow contact : contacts) {
			MimeMessage reminder = lastTo(smtpPort, contact.email(), "Herinnering: bevragingen van de nulmeting");
			assertThat(reminder.getHeader("List-Unsubscribe", null))
				.isEqualTo("<" + base + PATH + contact.unsubscribeToken() + ">");
			assertThat(reminder.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
			MimeMessage confirmation = lastTo(smtpPort, contact.email(), "Inschrijving bevestigd: Netwerk UNS-HDR");
			assertThat(confirmation.getHeader("List-Unsubscribe")).as("no opt-out in a registration mail").isNull();
		}
	}

	private static MimeMessage lastTo(int smtpPort, String email, String subject) throws Exception {
		MimeMessage found = null;
		for (MimeMessage message : CaughtMails.on(smtpPort)) {
			Address[] to = message.getAllRecipients();
			if (subject.equals(message.getSubject()) && Arrays.stream(to).anyMatch(a -> a.toString().contains(email))) {
				found = message;
			}
		}
		assertThat(found).as(subject + " to " + email).isNotNull();
		return found;
	}

}
