package org.leernet.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.leernet.process.SecretTokens;
import org.leernet.recruitment.Organisation;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.util.HtmlUtils;

/**
 * Task links as a contact person uses them: the mail that arrives when their task appears, the
 * page behind its link (no login), and the POST of what that page's form offers. And what a link
 * refuses: a second use, a field the form does not have, an expired, ended or guessed link.
 */
abstract class TaskLinkChecks extends MailChecks {

	private static final ObjectMapper JSON = new ObjectMapper();

	@org.springframework.beans.factory.annotation.Autowired
	org.leernet.overview.NetworkOverview overview;

	private static final Pattern LINK = Pattern.compile("/leernet/taak/[A-Za-z0-9_-]{43}");

	/** A network whose kickoff both organisations attended: each has its evaluation open. */
	private Map<String, Organisation> kickoffHeld(String code) {
		startNetwork(code, 1, 15);
		register(code, "Appel " + code, false);
		register(code, "Braam " + code, true);
		planKickoff(code);
		Organisation a = organisationNamed(code, "Appel " + code);
		Organisation b = organisationNamed(code, "Braam " + code);
		complete(code, "Task_ConductKickoff", "attendance", json(jsonArray(List.of(a.code(), b.code()))));
		return Map.of("A", a, "B", b);
	}

	private String slug(Organisation organisation) {
		return organisation.name().toLowerCase().replace(' ', '.');
	}

	/** The link in the one mail "Sessie evalueren: …" to this address. */
	private String linkTo(String email) throws Exception {
		List<MimeMessage> mails = mailsTo(email).stream().filter(m -> subject(m).startsWith("Sessie evalueren: ")).toList();
		assertThat(mails).as("one mail the moment the evaluation appeared").hasSize(1);
		Matcher link = LINK.matcher(text(mails.get(0)));
		assertThat(link.find()).as("a task link in the mail").isTrue();
		return link.group();
	}

	private static String subject(MimeMessage mail) {
		try {
			return mail.getSubject();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private Task evaluationOf(String code, Organisation organisation) {
		return driver.open(code, "Task_EvaluateSession")
			.stream()
			.filter(task -> driver.candidateGroups(task).contains("organisation-" + organisation.code()))
			.findFirst()
			.orElse(null);
	}

	private ResponseEntity<String> post(String path, Object body) throws Exception {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		headers.set(HttpHeaders.ORIGIN, rest.getRootUri());
		return rest.exchange(path, HttpMethod.POST, new HttpEntity<>(JSON.writeValueAsString(body), headers), String.class);
	}

	/** The form the page renders, as its viewer receives it. */
	private static JsonNode schemaOf(String page) throws Exception {
		Matcher schema = Pattern.compile("data-schema=\"([^\"]*)\"").matcher(page);
		assertThat(schema.find()).as("the form on the page").isTrue();
		return JSON.readTree(HtmlUtils.htmlUnescape(schema.group(1)));
	}

	/** The values a radio field of the form offers. */
	private static List<String> offered(JsonNode form, String key) {
		for (JsonNode component : form.path("components")) {
			if (key.equals(component.path("key").asText())) {
				return component.path("values").findValuesAsText("value");
			}
		}
		throw new AssertionError("no field " + key);
	}

	private long evaluations(long organisationId) {
		return jdbc.sql("select count(*) from evaluation where organisation_id = ?").param(organisationId).query(Long.class).single();
	}

	@Test
	void aContactPersonEvaluatesFromTheMailWithoutALoginAndTheLinkIsSpent() throws Exception {
		Map<String, Organisation> orgs = kickoffHeld("LINK-1");
		Organisation a = orgs.get("A");
		Task task = evaluationOf("LINK-1", a);
		String path = linkTo("els@" + slug(a) + ".example");
		assertThat(linkTo("jan@" + slug(a) + ".example")).as("each contact person a link of their own").isNotEqualTo(path);

		ResponseEntity<String> page = rest.getForEntity(path, String.class);
		assertThat(page.getStatusCode().value()).isEqualTo(200);
		assertThat(page.getBody()).contains("Sessie evalueren", a.name(), "Netwerk LINK-1", "Kick-off", "Els " + a.name(),
				"/leernet/form-js/form-viewer.umd.js");
		assertThat(page.getHeaders().getCacheControl()).isEqualTo("no-store");
		assertThat(page.getHeaders().getFirst("Referrer-Policy")).isEqualTo("no-referrer");
		assertThat(page.getHeaders().get(HttpHeaders.SET_COOKIE)).as("no session for the webapps").isNull();
		JsonNode form = schemaOf(page.getBody());
		assertThat(form.toString()).as("the task's own deployed form")
			.isEqualTo(JSON.readTree(processEngine.getFormService().getDeployedTaskForm(task.getId())).toString());
		List<String> scores = offered(form, "evaluationScore");
		assertThat(scores).contains("4");

		Map<String, Object> answers = new LinkedHashMap<>();
		answers.put("evaluationScore", "4");
		answers.put("evaluationWentWell", "Sterke sprekers");
		answers.put("evaluationToImprove", "");
		ResponseEntity<String> sent = post(path, answers);
		assertThat(sent.getStatusCode().value()).as(sent.getBody()).isEqualTo(200);
		assertThat(JSON.readTree(sent.getBody()).path("next").asText()).isEqualTo(path);

		assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).as("exactly that task is done").isZero();
		assertThat(evaluationOf("LINK-1", orgs.get("B"))).as("B's evaluation is still open").isNotNull();
		Map<String, Object> stored = jdbc
			.sql("select e.score, e.went_well, e.channel, e.submitted_by, s.kind from evaluation e "
					+ "join learning_session s on s.id = e.session_id where e.organisation_id = ?")
			.param(a.id())
			.query()
			.singleRow();
		assertThat(stored).containsEntry("SCORE", 4).containsEntry("WENT_WELL", "Sterke sprekers").containsEntry("CHANNEL", "LINK");
		String els = organisations.contacts(a.id()).get(0).userId();
		assertThat(stored.get("SUBMITTED_BY")).isEqualTo(els);
		assertThat(managementService.createJobQuery().processInstanceId(task.getProcessInstanceId()).timers().count())
			.as("no reminder any more").isZero();
		assertThat(historyService.createHistoricTaskInstanceQuery().taskId(task.getId()).singleResult().getAssignee())
			.as("done by the contact person").isEqualTo(els);

		assertThat(rest.getForEntity(path, String.class).getBody()).contains("Bedankt");
		ResponseEntity<String> again = post(path, answers);
		assertThat(again.getStatusCode().value()).isEqualTo(409);
		assertThat(again.getBody()).contains("al ingevuld");
		assertThat(evaluations(a.id())).isEqualTo(1);
		assertThat(overview.network(new org.leernet.overview.Viewer("coordinator", java.util.Set.of("coordinators")), "LINK-1")
			.orElseThrow()
			.organisations()).filteredOn(row -> row.code().equals(a.code()))
			.extracting(org.leernet.overview.NetworkOverview.OrganisationRow::evaluationChannels)
			.as("the overview shows how it came in")
			.containsExactly("1 via link, 0 via takenlijst");
		String jan = linkTo("jan@" + slug(a) + ".example");
		assertThat(rest.getForEntity(jan, String.class).getBody()).as("a colleague's link").contains("al ingevuld");
	}

	@Test
	void aLinkRefusesOtherFieldsAndGuessedExpiredOrEndedLinks() throws Exception {
		Map<String, Organisation> orgs = kickoffHeld("LINK-2");
		Organisation a = orgs.get("A");
		Organisation b = orgs.get("B");
		String ofA = linkTo("els@" + slug(a) + ".example");

		ResponseEntity<String> foreign = post(ofA, Map.of("evaluationScore", "1", "organisationCode", b.code()));
		assertThat(foreign.getStatusCode().value()).isEqualTo(400);
		assertThat(JSON.readTree(foreign.getBody()).path("field").asText()).isEqualTo("organisationCode");
		assertThat(evaluations(a.id()) + evaluations(b.id())).as("nothing stored").isZero();
		assertThat(evaluationOf("LINK-2", a)).as("A's task still open").isNotNull();

		HttpHeaders elsewhere = new HttpHeaders();
		elsewhere.setContentType(MediaType.APPLICATION_JSON);
		elsewhere.set(HttpHeaders.ORIGIN, "https://evil.example");
		assertThat(rest.exchange(ofA, HttpMethod.POST, new HttpEntity<>("{\"evaluationScore\":\"1\"}", elsewhere), String.class)
			.getStatusCode().value()).as("from another site").isEqualTo(403);

		String guessed = "/leernet/taak/" + SecretTokens.newToken();
		assertThat(rest.getForEntity(guessed, String.class).getStatusCode().value()).isEqualTo(404);
		assertThat(rest.getForEntity(guessed, String.class).getBody()).contains("Deze link kennen we niet");
		assertThat(post(guessed, Map.of("evaluationScore", "1")).getStatusCode().value()).isEqualTo(404);

		String token = ofA.substring(ofA.lastIndexOf('/') + 1);
		jdbc.sql("update task_link set expires_at = ? where token_hash = ?")
			.params(java.time.OffsetDateTime.now().minusDays(1), SecretTokens.hash(token))
			.update();
		assertThat(rest.getForEntity(ofA, String.class).getBody()).contains("Link verlopen", "Stuur mij een nieuwe link");
		assertThat(post(ofA, Map.of("evaluationScore", "1")).getStatusCode().value()).isEqualTo(410);
		HttpHeaders ours = new HttpHeaders();
		ours.set(HttpHeaders.ORIGIN, rest.getRootUri());
		for (int click = 0; click < 2; click++) {
			assertThat(rest.exchange(ofA + "/nieuwe-link", HttpMethod.POST, new HttpEntity<>(ours), String.class).getBody())
				.contains("Nieuwe link verstuurd");
		}
		runAsyncJobs();
		List<MimeMessage> fresh = mailsTo("els@" + slug(a) + ".example").stream()
			.filter(m -> subject(m).startsWith("Uw nieuwe link: "))
			.toList();
		assertThat(fresh).as("one fresh link, however often asked").hasSize(1);
		assertThat(mailsTo("jan@" + slug(a) + ".example")).as("only to who asked")
			.noneMatch(m -> subject(m).startsWith("Uw nieuwe link: "));
		Matcher renewed = LINK.matcher(text(fresh.get(0)));
		assertThat(renewed.find()).isTrue();
		assertThat(rest.getForEntity(renewed.group(), String.class).getBody()).contains("data-schema");

		// B answers in Tasklist: B's link then says so
		String ofB = linkTo("els@" + slug(b) + ".example");
		driver.completeAsRoutedUser(evaluationOf("LINK-2", b), vars("evaluationScore", "5"));
		assertThat(rest.getForEntity(ofB, String.class).getBody()).contains("al ingevuld");
		assertThat(post(ofB, Map.of("evaluationScore", "1")).getStatusCode().value()).isEqualTo(409);
		assertThat(jdbc.sql("select channel from evaluation where organisation_id = ?").param(b.id()).query(String.class).single())
			.isEqualTo("TASKLIST");
		var page = overview.network(new org.leernet.overview.Viewer("coordinator", java.util.Set.of("coordinators")), "LINK-2")
			.orElseThrow();
		assertThat(page.organisations()).filteredOn(row -> row.code().equals(b.code()))
			.extracting(org.leernet.overview.NetworkOverview.OrganisationRow::evaluationChannels)
			.containsExactly("0 via link, 1 via takenlijst");

		// A's evaluation lapses: its links are closed
		Task ofATask = evaluationOf("LINK-2", a);
		fire(managementService.createJobQuery().processInstanceId(ofATask.getProcessInstanceId())
			.activityId("BoundaryEvent_EvaluationLapsed").timers().singleResult());
		assertThat(rest.getForEntity(renewed.group(), String.class).getBody()).contains("Taak afgesloten");
		assertThat(post(renewed.group(), Map.of("evaluationScore", "1")).getStatusCode().value()).isEqualTo(410);
		assertThat(evaluations(a.id())).isZero();
	}

}
