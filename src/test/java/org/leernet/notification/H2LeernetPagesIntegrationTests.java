package org.leernet.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.beans.factory.annotation.Value;
import org.leernet.OneEngineAtATime;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/**
 * Leernet's own pages in demo mode (embedded SMTP server): Dutch error pages that lead back to
 * Tasklist, and the caught-mail page behind the webapps' login.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@OneEngineAtATime
@ExtendWith(OutputCaptureExtension.class)
class H2LeernetPagesIntegrationTests {

	static final String TASKLIST = "/camunda/app/tasklist/default/";

	@Autowired
	TestRestTemplate rest;

	@Autowired
	JavaMailSender mailSender;

	@Value("${spring.mail.port}")
	int smtpPort;

	@Autowired
	MailLinks address;

	@org.springframework.boot.test.web.server.LocalServerPort
	int serverPort;

	@Test
	void linksInMailsFollowThePortTheServerBoundAndAnswer() {
		assertThat(address.baseUrl()).isEqualTo("http://localhost:" + serverPort);
		var http = new org.springframework.web.client.RestTemplate();
		http.setErrorHandler(response -> false);
		assertThat(http.getForEntity(address.tasklistUrl(), String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
		ResponseEntity<String> password = page(address.setPasswordUrl("verlopen"), null);
		assertThat(password.getBody()).contains("Pagina niet gevonden");
		ResponseEntity<String> optOut = page(address.unsubscribeUrl("onbekend"), null);
		assertThat(optOut.getBody()).contains("Pagina niet gevonden");
	}

	@Test
	void aConfiguredPublicUrlWins() {
		MailLinks behindProxy = new MailLinks(new MailSettings(null, "https://leernet.example.be/", null), "", "");
		assertThat(behindProxy.tasklistUrl()).isEqualTo("https://leernet.example.be/camunda/app/tasklist/default/");
	}

	@Test
	void theEmbeddedSmtpServerRunsOnAFreePortAndLogsNoPasswordForANewAddress(CapturedOutput output) {
		assertThat(smtpPort).isNotIn(0, 2525);
		SimpleMailMessage mail = new SimpleMailMessage();
		mail.setFrom("noreply@leernet.local");
		mail.setTo("nieuw-adres@voorbeeld.be");
		mail.setSubject("Proef");
		mail.setText("Proef");
		mailSender.send(mail);
		assertThat(EmbeddedMailServer.start(smtpPort).getReceivedMessagesForDomain("nieuw-adres@voorbeeld.be")).hasSize(1);
		assertThat(output.getAll()).doesNotContain("with password", "nieuw-adres@voorbeeld.be with");
	}

	ResponseEntity<String> page(String path, String cookies) {
		HttpHeaders headers = new HttpHeaders();
		headers.setAccept(List.of(MediaType.TEXT_HTML));
		if (cookies != null) {
			headers.add(HttpHeaders.COOKIE, cookies);
		}
		return rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
	}

	@Test
	void aSpentOrUnknownPasswordLinkAnswersADutchPageThatLeadsToTasklist() {
		ResponseEntity<String> answer = page("/leernet/wachtwoord/onbekend-token", null);
		assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(answer.getBody()).contains("lang=\"nl\"", "Pagina niet gevonden", "href=\"" + TASKLIST + "\"")
			.doesNotContain("Whitelabel", "Exception", "Not Found");
	}

	@Test
	void aBadOptOutTokenAndAnUnknownPageAnswerTheDutchPage() {
		for (String path : List.of("/leernet/herinneringen-uit/onbekend", "/leernet/bestaat-niet")) {
			ResponseEntity<String> answer = page(path, null);
			assertThat(answer.getStatusCode()).as(path).isEqualTo(HttpStatus.NOT_FOUND);
			assertThat(answer.getBody()).as(path).contains("Pagina niet gevonden", TASKLIST)
				.doesNotContain("Whitelabel");
		}
	}

	@Test
	void theRestApiKeepsItsJsonErrors() {
		ResponseEntity<String> answer = rest.withBasicAuth("demo", "demo")
			.getForEntity("/engine-rest/task/bestaat-niet", String.class);
		assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(answer.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_JSON)).isTrue();
		assertThat(answer.getBody()).contains("\"type\"").doesNotContain("<html");
	}

	@Test
	void theMailsPageAsksAnAnonymousVisitorToLogInToTasklist() {
		ResponseEntity<String> answer = page("/leernet/mails", null);
		assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(answer.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).isNull();
		assertThat(answer.getBody()).contains("Log eerst in", "href=\"" + TASKLIST + "\"");
	}

	@Test
	void aCoordinatorLoggedInToTasklistReadsTheMailsNewestFirstWithTheirHtmlAndInvitation() {
		String session = webappLogin("coordinator");
		ResponseEntity<String> answer = page("/leernet/mails", session);
		assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(answer.getBody()).contains("Verstuurde mails");
		if (answer.getBody().contains("/html\"")) {
			String link = answer.getBody().replaceAll("(?s).*?href=\"(/leernet/mails/\\d+/html)\".*", "$1");
			ResponseEntity<String> html = page(link, session);
			assertThat(html.getStatusCode()).isEqualTo(HttpStatus.OK);
			assertThat(html.getHeaders().getFirst("Content-Security-Policy")).startsWith("sandbox");
			assertThat(page(link, null).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
		}
	}

	@Test
	void aParticipantLoggedInToTasklistMayNotReadTheMails() {
		String session = webappLogin("participant-a");
		ResponseEntity<String> answer = page("/leernet/mails", session);
		assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(answer.getBody()).contains("Geen toegang", TASKLIST);
	}

	/** Logs in to Tasklist as its login page does; answers the session cookies. */
	String webappLogin(String user) {
		ResponseEntity<String> first = rest.getForEntity(TASKLIST, String.class);
		List<String> cookies = first.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE);
		String cookie = String.join("; ", cookies.stream().map(c -> c.split(";")[0]).toList());
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
		headers.add(HttpHeaders.COOKIE, cookie);
		headers.add("X-XSRF-TOKEN", first.getHeaders().getFirst("X-XSRF-TOKEN"));
		var form = new LinkedMultiValueMap<String, String>();
		form.add("username", user);
		form.add("password", user);
		ResponseEntity<String> login = rest.exchange("/camunda/api/admin/auth/user/default/login/tasklist",
				HttpMethod.POST, new HttpEntity<>(form, headers), String.class);
		assertThat(login.getStatusCode()).as("login of " + user).isEqualTo(HttpStatus.OK);
		List<String> renewed = login.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE);
		return renewed.isEmpty() ? cookie : String.join("; ", renewed.stream().map(c -> c.split(";")[0]).toList());
	}

}
