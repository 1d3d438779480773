package org.leernet.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Class 8 of issue 17: Leernet's own API is CSRF-safe. A state change from a foreign origin is
 * refused even with valid Basic credentials (a browser sends them cross-site once cached), and
 * needs a JSON body, which a cross-site HTML form cannot send.
 */
interface CsrfChecks extends HostileUser {

	String MIGRATE = "/leernet/api/migration";

	@Test
	default void aForeignOriginCannotMigrateEvenWithBasicCredentials() {
		Map<String, String> before = definitionsOfRunningInstances();
		for (HttpHeaders foreign : new HttpHeaders[] { headers(HttpHeaders.ORIGIN, "https://evil.example"),
				headers(HttpHeaders.REFERER, "https://evil.example/page.html"),
				headers(HttpHeaders.ORIGIN, "null") }) {
			ResponseEntity<String> response = send("coordinator", HttpMethod.POST, MIGRATE, "{}", foreign);
			assertThat(response.getStatusCode()).as(foreign.toString()).isEqualTo(HttpStatus.FORBIDDEN);
			assertThat(response.getBody()).contains("andere website");
		}
		assertThat(definitionsOfRunningInstances()).isEqualTo(before);
	}

	@Test
	default void aStateChangeNeedsAJsonBody() {
		Map<String, String> before = definitionsOfRunningInstances();
		for (MediaType type : new MediaType[] { MediaType.TEXT_PLAIN, MediaType.APPLICATION_FORM_URLENCODED,
				MediaType.MULTIPART_FORM_DATA }) {
			HttpHeaders headers = new HttpHeaders();
			headers.setContentType(type);
			ResponseEntity<String> response = send("coordinator", HttpMethod.POST, MIGRATE + "?network=CSRF-NONE",
					type.equals(MediaType.MULTIPART_FORM_DATA) ? "--x--" : "a=b", headers);
			assertThat(response.getStatusCode().value()).as(type.toString()).isIn(403, 415);
			assertThat(response.getBody()).contains("JSON");
		}
		assertThat(rest().withBasicAuth("coordinator", "coordinator")
			.postForEntity(MIGRATE + "?network=CSRF-NONE", null, String.class)
			.getStatusCode()
			.value()).as("no body, no type").isIn(403, 415);
		assertThat(definitionsOfRunningInstances()).isEqualTo(before);
	}

	@Test
	default void theSameOriginAndScriptsWithAJsonBodyKeepWorking() {
		String origin = rest().getRootUri();
		assertThat(send("coordinator", HttpMethod.POST, MIGRATE + "?network=CSRF-NONE", "{}",
				headers(HttpHeaders.ORIGIN, origin)).getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(send("coordinator", HttpMethod.POST, MIGRATE + "?network=CSRF-NONE", "{}",
				headers(HttpHeaders.REFERER, origin + "/camunda/app/cockpit/")).getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(post("coordinator", MIGRATE + "?network=CSRF-NONE", "{}").getStatusCode()).isEqualTo(HttpStatus.OK);
		// reading stays open to a foreign origin: the browser does not let that site read the answer
		assertThat(send("coordinator", HttpMethod.GET, MIGRATE + "?network=CSRF-NONE", null,
				headers(HttpHeaders.ORIGIN, "https://evil.example")).getStatusCode()).isEqualTo(HttpStatus.OK);
	}

	private static HttpHeaders headers(String name, String value) {
		HttpHeaders headers = new HttpHeaders();
		headers.set(name, value);
		return headers;
	}

	private Map<String, String> definitionsOfRunningInstances() {
		return engine().getRuntimeService()
			.createProcessInstanceQuery()
			.list()
			.stream()
			.collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getProcessDefinitionId));
	}

}
