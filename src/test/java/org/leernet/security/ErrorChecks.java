package org.leernet.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Class 7 of issue 17: errors tell the user, not the attacker. A database error provoked through
 * the REST API by a real role answers a generic Dutch 500 with an error id that the log holds too,
 * never SQL, constraint or table names or a stack trace.
 */
interface ErrorChecks extends HostileUser {

	Pattern ERROR_ID = Pattern.compile("\"foutcode\"\\s*:\\s*\"([A-Za-z0-9-]+)\"");

	@Test
	@ExtendWith(OutputCaptureExtension.class)
	default void aDatabaseErrorIsAGeneric500WithAnIdInTheLog(CapturedOutput output) {
		// a group id longer than Camunda's column (64): the database refuses it, Camunda checks nothing before
		String id = "limits" + "x".repeat(94);
		ResponseEntity<String> response = post("demo", "/engine-rest/group/create",
				Map.of("id", id, "name", "Te lang", "type", "WORKFLOW"));
		assertGeneric500LoggedWithId(response, output);
		assertThat(engine().getIdentityService().createGroupQuery().groupId(id).count()).isZero();
	}

	@Test
	default void camundasOwnClientErrorsStayButCarryNoInternals() {
		long groups = engine().getIdentityService().createGroupQuery().count();
		ResponseEntity<String> duplicate = post("demo", "/engine-rest/group/create",
				Map.of("id", "coordinators", "name", "Dubbel", "type", "WORKFLOW"));
		assertThat(duplicate.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertNoDatabaseInternals(duplicate.getBody());
		assertThat(engine().getIdentityService().createGroupQuery().count()).isEqualTo(groups);
		assertThat(engine().getIdentityService().createGroupQuery().groupId("coordinators").singleResult().getName())
			.isNotEqualTo("Dubbel");
		ResponseEntity<String> missing = get("coordinator", "/engine-rest/task/no-such-task");
		assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertNoDatabaseInternals(missing.getBody());
		Task evaluation = demoEvaluationOf("zorggroep-aurora");
		ResponseEntity<String> badType = put("coordinator",
				"/engine-rest/process-instance/" + evaluation.getProcessInstanceId() + "/variables/limitsBadType",
				Map.of("value", "geen getal", "type", "Integer"));
		assertThat(badType.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertNoDatabaseInternals(badType.getBody());
		ResponseEntity<String> badJson = send("coordinator", org.springframework.http.HttpMethod.POST,
				"/engine-rest/task/" + evaluation.getId() + "/submit-form", "{\"variables\": [", null);
		assertThat(badJson.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertNoInternals(badJson.getBody());
	}

	private void assertGeneric500LoggedWithId(ResponseEntity<String> response, CapturedOutput output) {
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
		assertNoInternals(response.getBody());
		assertThat(response.getBody()).contains("Er ging iets mis");
		Matcher id = ERROR_ID.matcher(response.getBody());
		assertThat(id.find()).as("an error id in %s", response.getBody()).isTrue();
		assertThat(output.getAll().lines().filter(line -> line.contains(id.group(1))))
			.anySatisfy(line -> assertThat(line).contains("ERROR"));
	}

	/**
	 * Camunda's own 4xx answers stay as its clients know them (a {@code type} such as
	 * InvalidRequestException, a message naming a Java type); they never carry the database's words.
	 */
	private static void assertNoDatabaseInternals(String body) {
		assertThat(body).isNotNull()
			.doesNotContainIgnoringCase("sql")
			.doesNotContainIgnoringCase("constraint")
			.doesNotContain("ACT_")
			.doesNotContain("### ")
			.doesNotContainPattern("\\bat [a-z]+\\.");
	}

	private static void assertNoInternals(String body) {
		assertThat(body).isNotNull()
			.doesNotContainIgnoringCase("sql")
			.doesNotContainIgnoringCase("constraint")
			.doesNotContain("ACT_")
			.doesNotContain("org.")
			.doesNotContain("java.")
			.doesNotContain("Exception")
			.doesNotContain("ENGINE-")
			.doesNotContainPattern("\\bat [a-z]+\\.");
	}

}
