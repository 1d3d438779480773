package org.leernet.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.Priority;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.PathSegment;
import jakarta.ws.rs.core.Response;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.rest.util.EngineUtil;
import org.leernet.identity.AccessRights;
import org.leernet.process.InvalidInputException;
import org.leernet.process.TaskFormFields;

/**
 * What someone who is no coordinator may send to the engine's REST API (/engine-rest, and the
 * engine API that Tasklist calls): for a task, only the variables its form declares
 * ({@link TaskFormFields}); no variables of executions or process instances; no messages,
 * signals, conditions, BPMN errors or changes of process instances. A variable outside the form
 * is a Dutch 400 naming it, as {@link InvalidInputResponses} answers; the rest one and the same
 * 403, whatever the request would have matched, so that the answer tells nothing about other
 * organisations' processes. Runs inside Jersey, after the login, so the engine knows the user;
 * the body is read once and handed on unchanged. Registered by {@link InvalidInputAutoDiscoverable}.
 */
@PreMatching
@Priority(Priorities.AUTHORIZATION)
public class SubmissionFilter implements ContainerRequestFilter {

	static final String COORDINATORS_ONLY = "Dit mag alleen een coördinator.";

	// a name sent twice would be read once here and once, maybe otherwise, by the engine
	private static final ObjectMapper JSON = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

	/** Task actions whose body carries {@code variables}. */
	private static final Set<String> TASK_SUBMISSIONS = Set.of("submit-form", "complete", "resolve");

	/** Task actions that steer the process past its forms. */
	private static final Set<String> TASK_STEERING = Set.of("bpmnError", "bpmnEscalation");

	/** Top-level resources that only coordinators may write to. */
	private static final Set<String> STEERING = Set.of("message", "signal", "condition", "process-instance", "execution",
			"modification", "migration", "job", "job-definition", "external-task", "batch", "incident",
			"event-subscription");

	/** Of those, the ones whose POST on the list (or …/count) is a query: reading, not steering. */
	private static final Set<String> QUERIED = Set.of("process-instance", "execution", "job", "job-definition",
			"external-task", "incident", "event-subscription", "batch");

	@Override
	public void filter(ContainerRequestContext request) throws IOException {
		String method = request.getMethod();
		if (HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method) || HttpMethod.OPTIONS.equals(method)) {
			return;
		}
		List<String> path = new ArrayList<>();
		for (PathSegment segment : request.getUriInfo().getPathSegments(true)) {
			if (!segment.getPath().isEmpty()) {
				path.add(segment.getPath());
			}
		}
		String engineName = null;
		if (path.size() >= 2 && "engine".equals(path.get(0))) {
			engineName = path.get(1);
			path = path.subList(2, path.size());
		}
		if (path.isEmpty()) {
			return;
		}
		ProcessEngine engine = EngineUtil.lookupProcessEngine(engineName);
		if (engine == null) {
			return;
		}
		Authentication user = engine.getIdentityService().getCurrentAuthentication();
		if (user == null || AccessRights.isCoordinator(engine, user)) {
			return;
		}
		String resource = path.get(0);
		if ("task".equals(resource) && path.size() >= 3) {
			checkTask(request, engine, path);
		}
		else if (("execution".equals(resource) && path.size() >= 3 && "localVariables".equals(path.get(2)))
				|| ("process-instance".equals(resource) && path.size() >= 3 && "variables".equals(path.get(2)))) {
			// no form here: a participant or adviser sets no variable of a process
			request.abortWith(notInForm(path.size() >= 4 ? path.get(3) : firstName(request)));
		}
		else if (STEERING.contains(resource) && !isQuery(path, method)) {
			request.abortWith(coordinatorsOnly());
		}
	}

	private void checkTask(ContainerRequestContext request, ProcessEngine engine, List<String> path) throws IOException {
		String action = path.get(2);
		boolean variables = "variables".equals(action) || "localVariables".equals(action);
		if (TASK_STEERING.contains(action)) {
			if (TaskFormFields.ofVisibleTask(engine, path.get(1)).isPresent()) {
				request.abortWith(coordinatorsOnly());
			}
			return;
		}
		if (!variables && !TASK_SUBMISSIONS.contains(action)) {
			return;
		}
		Optional<Set<String>> fields = TaskFormFields.ofVisibleTask(engine, path.get(1));
		if (fields.isEmpty()) {
			// unknown, or not theirs: the engine answers as it always does
			return;
		}
		List<String> submitted;
		try {
			submitted = variables && path.size() >= 4 ? List.of(path.get(3)) : submittedNames(request);
		}
		catch (JsonProcessingException ex) {
			request.abortWith(invalid("variables", "Dit verzoek is geen geldige JSON."));
			return;
		}
		for (String name : submitted) {
			if (!fields.get().contains(name)) {
				request.abortWith(notInForm(name));
				return;
			}
		}
	}

	/**
	 * The variable names a JSON body sets or deletes: {@code variables} of a submission,
	 * {@code modifications} and {@code deletions} of a variables POST. The body is read once and
	 * given back to the request for the engine.
	 */
	private static List<String> submittedNames(ContainerRequestContext request) throws IOException {
		if (!request.hasEntity()) {
			return List.of();
		}
		byte[] body = request.getEntityStream().readAllBytes();
		request.setEntityStream(new ByteArrayInputStream(body));
		if (body.length == 0) {
			return List.of();
		}
		JsonNode json = JSON.readTree(body);
		List<String> names = new ArrayList<>();
		for (String container : List.of("variables", "modifications")) {
			json.path(container).fieldNames().forEachRemaining(names::add);
		}
		json.path("deletions").forEach(name -> names.add(name.asText()));
		return names;
	}

	private static String firstName(ContainerRequestContext request) {
		try {
			return submittedNames(request).stream().findFirst().orElse("variables");
		}
		catch (IOException ex) {
			return "variables";
		}
	}

	/** A list or count query (POST /process-instance, POST /execution/count): reading, not steering. */
	private static boolean isQuery(List<String> path, String method) {
		return HttpMethod.POST.equals(method) && QUERIED.contains(path.get(0))
				&& (path.size() == 1 || (path.size() == 2 && "count".equals(path.get(1))));
	}

	private static Response notInForm(String variable) {
		return invalid(variable, "'" + variable + "' is geen veld van het formulier van deze taak; "
				+ "alleen de velden van het formulier kunnen worden ingevuld.");
	}

	private static Response invalid(String field, String message) {
		return InvalidInputResponses.respond(new InvalidInputException(field, message));
	}

	/** One and the same answer for every refused message, signal or change, whatever it would have matched. */
	private static Response coordinatorsOnly() {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", "AuthorizationException");
		body.put("message", COORDINATORS_ONLY);
		return Response.status(Response.Status.FORBIDDEN).entity(body).type(MediaType.APPLICATION_JSON_TYPE).build();
	}

}
