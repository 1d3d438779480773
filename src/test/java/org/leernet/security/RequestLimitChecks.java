package org.leernet.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;

import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Class 5 of issue 17: no request body can exhaust the server. A body over its limit (10 MB for a
 * deployment, 1 MB for anything else) is a 413 before it is read, whether it announces its length
 * or comes in chunks; a text longer than its form allows is a Dutch 400 naming the field.
 */
interface RequestLimitChecks extends HostileUser {

	int MEGABYTE = 1024 * 1024;

	@Test
	default void aDeploymentAnnouncingMoreThanTenMegabytesIsRefusedBeforeItsBodyIsSent() throws IOException {
		RawAnswer answer = rawRequest("process-owner", "/engine-rest/deployment/create",
				"multipart/form-data; boundary=leernet", 11L * MEGABYTE, null, 0);
		assertThat(answer.status()).isEqualTo(413);
		assertThat(answer.body()).contains("te groot").doesNotContain("Exception");
	}

	@Test
	default void aChunkedDeploymentIsCutOffAtTenMegabytes() throws IOException {
		String name = "limits-chunked-" + System.nanoTime();
		byte[] head = ("--leernet\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\n" + name
				+ "\r\n--leernet\r\nContent-Disposition: form-data; name=\"data\"; filename=\"big.bpmn\"\r\n"
				+ "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
		RawAnswer answer = rawRequest("process-owner", "/engine-rest/deployment/create",
				"multipart/form-data; boundary=leernet", -1, head, 10L * MEGABYTE + 256 * 1024);
		assertThat(answer.status()).isEqualTo(413);
		assertThat(engine().getRepositoryService().createDeploymentQuery().deploymentName(name).count()).isZero();
	}

	@Test
	default void anyOtherBodyOverOneMegabyteIsRefused() throws IOException {
		for (String path : new String[] { "/engine-rest/message", "/leernet/api/migration?network=LIMITS-NONE",
				"/camunda/api/engine/engine/default/message" }) {
			RawAnswer announced = rawRequest("coordinator", path, "application/json", 2L * MEGABYTE, null, 0);
			assertThat(announced.status()).as(path).isEqualTo(413);
			assertThat(announced.body()).as(path).contains("te groot");
		}
		Task evaluation = demoEvaluationOf("zorggroep-aurora");
		RawAnswer chunked = rawRequest("participant-a", "/engine-rest/task/" + evaluation.getId() + "/submit-form",
				"application/json", -1, "{\"variables\":{\"evaluationWentWell\":{\"value\":\"".getBytes(StandardCharsets.US_ASCII),
				MEGABYTE + 64 * 1024);
		assertThat(chunked.status()).isEqualTo(413);
		assertThat(engine().getTaskService().createTaskQuery().taskId(evaluation.getId()).count()).isOne();
	}

	@Test
	default void aTextLongerThanItsFormAllowsIsADutch400NamingTheField() {
		Task evaluation = demoEvaluationOf("zorggroep-aurora");
		ResponseEntity<String> response = post("participant-a", "/engine-rest/task/" + evaluation.getId() + "/submit-form",
				Map.of("variables", HostileUser.variables("evaluationScore", "4", "evaluationWentWell", "x".repeat(4001))));
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(response.getBody()).contains("evaluationWentWell").contains("4000 tekens");
		assertThat(engine().getTaskService().createTaskQuery().taskId(evaluation.getId()).count()).isOne();
	}

	@Test
	default void theServerLimitsEveryTextFieldOfEveryFormToTheFormsMaximum() throws IOException {
		Map<String, Integer> forms = new java.util.TreeMap<>();
		var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
		for (var form : new org.springframework.core.io.support.PathMatchingResourcePatternResolver()
			.getResources("classpath*:forms/*.form")) {
			try (InputStream in = form.getInputStream()) {
				collectTextFields(mapper.readTree(in), form.getFilename(), forms);
			}
		}
		assertThat(forms).isNotEmpty();
		assertThat(forms).as("every text field has a maxLength").doesNotContainValue(null);
		forms.forEach((field, max) -> assertThat(org.leernet.process.TextLimits.maxLength(field.substring(field.indexOf(' ') + 1)))
			.as(field).isEqualTo(max));
		assertThat(org.leernet.process.TextLimits.textFields())
			.allSatisfy(key -> assertThat(forms.keySet()).anySatisfy(field -> assertThat(field).endsWith(" " + key)));
	}

	private static void collectTextFields(com.fasterxml.jackson.databind.JsonNode node, String form, Map<String, Integer> fields) {
		for (var component : node.path("components")) {
			String type = component.path("type").asText();
			if (type.equals("textfield") || type.equals("textarea")) {
				var max = component.path("validate").path("maxLength");
				fields.put(form + " " + component.path("key").asText(), max.isMissingNode() ? null : max.asInt());
			}
			collectTextFields(component, form, fields);
		}
	}

	@Test
	default void aTooLongTextThroughAVariableEndpointIsADutch400NamingTheVariable() {
		Task evaluation = demoEvaluationOf("zorggroep-aurora");
		String instance = "/engine-rest/process-instance/" + evaluation.getProcessInstanceId() + "/variables/limitsTooLong";
		ResponseEntity<String> tooLong = put("coordinator", instance, Map.of("value", "x".repeat(5000), "type", "String"));
		assertThat(tooLong.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(tooLong.getBody()).contains("\"field\":\"limitsTooLong\"").contains("4000 tekens");
		ResponseEntity<String> field = put("coordinator", "/engine-rest/task/" + evaluation.getId() + "/variables/caseTeam",
				Map.of("value", "x".repeat(201), "type", "String"));
		assertThat(field.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(field.getBody()).contains("\"field\":\"caseTeam\"").contains("200 tekens");
		assertThat(engine().getRuntimeService().getVariable(evaluation.getProcessInstanceId(), "limitsTooLong")).isNull();
		assertThat(engine().getTaskService().getVariable(evaluation.getId(), "caseTeam")).isNull();
	}

	/** What the server answered to a request written byte by byte on a socket. */
	record RawAnswer(int status, String body) {
	}

	/**
	 * A POST as {@code user} that announces {@code contentLength} bytes and sends none of them, or
	 * (contentLength -1) sends {@code head} and then {@code filler} bytes of 'x' in chunks, without
	 * waiting for the end: the server must answer without the rest.
	 */
	default RawAnswer rawRequest(String user, String path, String contentType, long contentLength, byte[] head, long filler)
			throws IOException {
		URI root = URI.create(rest().getRootUri());
		try (Socket socket = new Socket(root.getHost(), root.getPort())) {
			socket.setSoTimeout(20_000);
			OutputStream out = socket.getOutputStream();
			String credentials = Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
			String headers = "POST " + path + " HTTP/1.1\r\nHost: " + root.getHost() + ":" + root.getPort()
					+ "\r\nAuthorization: Basic " + credentials + "\r\nContent-Type: " + contentType
					+ "\r\nAccept: application/json\r\n"
					+ (contentLength >= 0 ? "Content-Length: " + contentLength : "Transfer-Encoding: chunked") + "\r\n\r\n";
			out.write(headers.getBytes(StandardCharsets.US_ASCII));
			out.flush();
			if (contentLength < 0) {
				writeChunk(out, head);
				byte[] chunk = new byte[64 * 1024];
				Arrays.fill(chunk, (byte) 'x');
				try {
					for (long sent = 0; sent < filler; sent += chunk.length) {
						writeChunk(out, chunk);
					}
				}
				catch (IOException closedByServer) {
					// the server may stop reading once it refused the request
				}
			}
			return read(socket.getInputStream());
		}
	}

	private static void writeChunk(OutputStream out, byte[] bytes) throws IOException {
		out.write((Integer.toHexString(bytes.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
		out.write(bytes);
		out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
	}

	private static RawAnswer read(InputStream in) throws IOException {
		ByteArrayOutputStream received = new ByteArrayOutputStream();
		byte[] buffer = new byte[8192];
		try {
			for (int n; (n = in.read(buffer)) > 0;) {
				received.write(buffer, 0, n);
				String text = received.toString(StandardCharsets.UTF_8);
				int end = text.indexOf("\r\n\r\n");
				if (end > 0 && (text.endsWith("}") || text.endsWith("0\r\n\r\n"))) {
					break;
				}
			}
		}
		catch (IOException ex) {
			if (received.size() == 0) {
				throw ex;
			}
		}
		String text = received.toString(StandardCharsets.UTF_8);
		int status = Integer.parseInt(text.substring(9, 12));
		int end = text.indexOf("\r\n\r\n");
		return new RawAnswer(status, end < 0 ? "" : text.substring(end + 4));
	}

}
