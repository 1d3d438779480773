package org.leernet.tasklist;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One person at the engine's REST API, logged in with their own name and password (HTTP
 * Basic), calling what Tasklist calls for a task: the deployed form, its form variables, claim
 * and submit. Never an administrator unless the test says so.
 */
public final class TasklistUser {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	private final String restUrl;

	private final String userId;

	private final String authorization;

	public TasklistUser(String restUrl, String userId, String password) {
		this.restUrl = restUrl;
		this.userId = userId;
		this.authorization = "Basic "
				+ Base64.getEncoder().encodeToString((userId + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	public String id() {
		return userId;
	}

	/** The open task with this id, if this user may see it (null when the list comes back empty). */
	public JsonNode visibleTask(String taskId) {
		Answer answer = get("/task?taskId=" + encode(taskId));
		answer.expect(200, "list task " + taskId);
		return answer.json().size() == 0 ? null : answer.json().get(0);
	}

	public JsonNode deployedForm(String taskId) {
		return get("/task/" + taskId + "/deployed-form").expect(200, "deployed-form of task " + taskId).json();
	}

	public JsonNode formVariables(String taskId) {
		return get("/task/" + taskId + "/form-variables?deserializeValues=false").expect(200, "form-variables of task " + taskId).json();
	}

	public void claim(String taskId) {
		post("/task/" + taskId + "/claim", Map.of("userId", userId)).expect(204, "claim task " + taskId);
	}

	public Answer submitForm(String taskId, Map<String, Object> values) {
		return post("/task/" + taskId + "/submit-form", Map.of("variables", typed(values)));
	}

	public JsonNode deployedStartForm(String processKey) {
		return get("/process-definition/key/" + processKey + "/deployed-start-form")
			.expect(200, "deployed start form of " + processKey)
			.json();
	}

	public JsonNode startFormVariables(String processKey) {
		return get("/process-definition/key/" + processKey + "/form-variables?deserializeValues=false")
			.expect(200, "start form variables of " + processKey)
			.json();
	}

	public Answer submitStartForm(String processKey, Map<String, Object> values) {
		return post("/process-definition/key/" + processKey + "/submit-form", Map.of("variables", typed(values)));
	}

	/**
	 * As Tasklist sends them: plain values untyped (the engine makes String, number or Boolean
	 * of them; null for an empty field), lists and objects as Json.
	 */
	private static Map<String, Object> typed(Map<String, Object> values) {
		Map<String, Object> variables = new LinkedHashMap<>();
		values.forEach((key, value) -> {
			if (value instanceof List<?> || value instanceof Map<?, ?>) {
				variables.put(key, Map.of("value", write(value), "type", "Json"));
			}
			else {
				Map<String, Object> plain = new LinkedHashMap<>();
				plain.put("value", value);
				variables.put(key, plain);
			}
		});
		return variables;
	}

	public Answer get(String path) {
		return send(HttpRequest.newBuilder(URI.create(restUrl + path)).GET());
	}

	public Answer post(String path, Object body) {
		return send(HttpRequest.newBuilder(URI.create(restUrl + path))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(write(body))));
	}

	/** A call without a body (PUT, DELETE). */
	public Answer send(String method, String path) {
		return send(HttpRequest.newBuilder(URI.create(restUrl + path)).method(method, HttpRequest.BodyPublishers.noBody()));
	}

	private Answer send(HttpRequest.Builder request) {
		HttpRequest.Builder withAccept = request.build().headers().firstValue("Accept").isPresent() ? request
				: request.header("Accept", "application/json");
		HttpRequest built = withAccept.header("Authorization", authorization)
			.timeout(Duration.ofSeconds(60))
			.build();
		try {
			HttpResponse<String> response = HTTP.send(built, HttpResponse.BodyHandlers.ofString());
			return new Answer(built.method() + " " + built.uri().getPath() + " as " + userId, response.statusCode(),
					response.body());
		}
		catch (IOException ex) {
			throw new IllegalStateException(built.uri() + ": " + ex, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	static String write(Object value) {
		try {
			return JSON.writeValueAsString(value);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/** A response: status and body, with the request it answered for messages. */
	public record Answer(String request, int status, String body) {

		public Answer expect(int expected, String what) {
			if (status != expected) {
				throw new AssertionError(what + ": " + request + " answered " + status + " " + body);
			}
			return this;
		}

		public JsonNode json() {
			try {
				return JSON.readTree(body == null || body.isEmpty() ? "null" : body);
			}
			catch (IOException ex) {
				throw new AssertionError(request + " answered no JSON: " + body, ex);
			}
		}

	}

}
