package org.leernet.system;

import org.leernet.deployment.ModelDeployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Stream;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * What a newcomer relies on after start-up, checked once per database by the subclasses.
 */
public abstract class StartupChecks {

	@Autowired
	TestRestTemplate rest;

	@Autowired
	RepositoryService repositoryService;

	@Autowired
	Flyway flyway;

	@Autowired
	DataSource dataSource;

	private final ObjectMapper json = new ObjectMapper();

	@Test
	void restApiRefusesAnonymousCalls() {
		assertThat(rest.getForEntity("/engine-rest/engine", String.class).getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(rest.getForEntity("/engine-rest/process-definition", String.class).getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void restApiRefusesWrongPassword() {
		// Not the coordinator: Camunda delays further logins of a user after a wrong password.
		assertThat(rest.withBasicAuth("adviser2", "wrong").getForEntity("/engine-rest/engine", String.class)
			.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void restApiAnswersDemoCoordinator() {
		ResponseEntity<String> response = rest.withBasicAuth("coordinator", "coordinator")
			.getForEntity("/engine-rest/engine", String.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(response.getBody()).contains("\"default\"");
	}

	@Test
	void jobAcquisitionAndAuthorizationChecksReadIndexes() throws SQLException {
		try (Connection connection = dataSource.getConnection()) {
			assertThat(EngineIndexes.exists(connection.getMetaData(), "ACT_RU_JOB", EngineIndexes.JOB_DUE_DATE)).isTrue();
			assertThat(EngineIndexes.exists(connection.getMetaData(), "ACT_RU_AUTHORIZATION", EngineIndexes.AUTHORIZATION_USER))
				.isTrue();
			assertThat(EngineIndexes.exists(connection.getMetaData(), "ACT_RU_JOB", "NO_SUCH_INDEX")).isFalse();
		}
	}

	@Test
	void everyMigrationOfOurTablesRanOnThisDatabase() throws IOException {
		List<String> scripts = modelFiles("src/main/resources/db/migration", ".sql").stream()
			.map(file -> file.getFileName().toString())
			.toList();
		assertThat(scripts).isNotEmpty();
		MigrationInfo[] applied = flyway.info().applied();
		assertThat(applied).extracting(MigrationInfo::getScript).containsExactlyInAnyOrderElementsOf(scripts);
		assertThat(applied).extracting(MigrationInfo::getState).containsOnly(MigrationState.SUCCESS);
	}

	@Test
	void everyProcessFileIsDeployedAsProcessDefinition() throws IOException {
		List<Path> files = modelFiles("processes", ".bpmn");
		assertThat(files).isNotEmpty();
		for (Path file : files) {
			for (Process process : Bpmn.readModelFromFile(file.toFile()).getModelElementsByType(Process.class)) {
				ProcessDefinition definition = repositoryService.createProcessDefinitionQuery()
					.processDefinitionKey(process.getId())
					.latestVersion()
					.singleResult();
				assertThat(definition).as("process %s of %s", process.getId(), file).isNotNull();
				assertThat(definition.getResourceName()).isEqualTo("processes/" + file.getFileName());
			}
		}
	}

	@Test
	void everyFormFileIsADeployedResource() throws IOException {
		List<Path> files = modelFiles("forms", ".form");
		assertThat(files).isNotEmpty();
		// a later start-up deploys only what changed, so look through every deployment of ours
		List<String> deployed = repositoryService.createDeploymentQuery()
			.deploymentName(ModelDeployment.DEPLOYMENT_NAME)
			.list()
			.stream()
			.flatMap(deployment -> repositoryService.getDeploymentResourceNames(deployment.getId()).stream())
			.toList();
		for (Path file : files) {
			assertThat(deployed).contains("forms/" + file.getFileName());
		}
	}

	@Test
	void tasklistServesHtml() {
		ResponseEntity<String> response = rest.getForEntity("/camunda/app/tasklist/default/", String.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(response.getHeaders().getContentType()).isNotNull();
		assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
		assertThat(response.getBody()).containsIgnoringCase("<html");
	}

	@ParameterizedTest
	@ValueSource(strings = { "tasklist", "cockpit", "admin", "welcome" })
	void dutchLocaleIsServedAndPreferred(String app) throws IOException {
		ResponseEntity<String> locale = rest.getForEntity("/camunda/app/" + app + "/locales/nl.json", String.class);
		assertThat(locale.getStatusCode()).isEqualTo(HttpStatus.OK);
		JsonNode nl = json.readTree(locale.getBody());
		assertThat(nl.path("labels").size()).isGreaterThan(100);
		assertThat(nl.path("dateLocales").path("months").get(0).asText()).isEqualTo("januari");

		String config = rest.getForObject("/camunda/app/" + app + "/scripts/config.js", String.class);
		assertThat(config).contains("import { locales } from '../../leernet-locales.js'").containsPattern("\n\\s+locales,?\n");

		String styles = rest.getForObject("/camunda/app/" + app + "/styles/user-styles.css", String.class);
		assertThat(styles).contains(".ce-eol-banner");
	}

	@Test
	void localeChoiceIsServedAsAJavaScriptModuleThatDefaultsToDutch() {
		ResponseEntity<String> module = rest.getForEntity("/camunda/app/leernet-locales.js", String.class);
		assertThat(module.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(module.getHeaders().getContentType()).hasToString("text/javascript");
		assertThat(module.getBody()).contains("=== 'en' ? 'en' : 'nl'").contains("export const locales");
	}

	@Test
	void rootRedirectsToTheWebapps() throws Exception {
		HttpResponse<Void> response = HttpClient.newBuilder()
			.followRedirects(HttpClient.Redirect.NEVER)
			.build()
			.send(HttpRequest.newBuilder(URI.create(rest.getRootUri() + "/")).build(), BodyHandlers.discarding());
		assertThat(response.statusCode()).isBetween(301, 308);
		assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).endsWith("/camunda/app/"));
	}

	@Test
	void healthEndpointIsUpWithoutLogin() throws IOException {
		ResponseEntity<String> response = rest.getForEntity("/actuator/health", String.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(json.readTree(response.getBody()).path("status").asText()).isEqualTo("UP");
	}

	@Test
	void otherActuatorEndpointsAreNotExposed() {
		assertThat(rest.getForEntity("/actuator/env", String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
	}

	public static List<Path> modelFiles(String folder, String extension) throws IOException {
		try (Stream<Path> files = Files.walk(Path.of(folder))) {
			return files.filter(file -> file.toString().endsWith(extension)).sorted().toList();
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "/bestaat-niet", "/leernet/wachtwoord/onbekend", "/leernet/herinneringen-uit/onbekend" })
	void aPageThatIsNotThereSaysSoInDutchWithAWayBackToTasklist(String path) {
		org.springframework.http.HttpHeaders headers = new org.springframework.http.HttpHeaders();
		headers.setAccept(List.of(MediaType.TEXT_HTML));
		ResponseEntity<String> page = rest.exchange(path, org.springframework.http.HttpMethod.GET,
				new org.springframework.http.HttpEntity<>(headers), String.class);
		assertThat(page.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(page.getBody()).contains("lang=\"nl\"", "Pagina niet gevonden", "href=\"/camunda/app/tasklist/default/\"")
			.doesNotContain("Whitelabel", "Not Found", "Exception");
	}

	@Test
	void aSpentPasswordLinkTellsWhatToDo() {
		org.springframework.http.HttpHeaders headers = new org.springframework.http.HttpHeaders();
		headers.setAccept(List.of(MediaType.TEXT_HTML));
		assertThat(rest.exchange("/leernet/wachtwoord/onbekend", org.springframework.http.HttpMethod.GET,
				new org.springframework.http.HttpEntity<>(headers), String.class).getBody())
			.contains("Vraag de coördinatoren om een nieuwe");
	}

}
