package org.leernet.web;

import org.leernet.process.InvalidInputException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;

/**
 * A form submission that our code refuses with an {@link InvalidInputException} answers 400
 * with just the Dutch message, however deep the engine wrapped it (a task listener's exception
 * arrives wrapped twice, as a 500). Camunda's own client errors (404, 403, 400 for bad input)
 * keep their answer, unless a database error is behind them; that and every server error is a
 * generic Dutch 500 with an error id that the log holds with the exception: Camunda would answer
 * the exception's message, SQL and table names included. Registered in every Jersey application
 * by {@link InvalidInputAutoDiscoverable}.
 */
public final class InvalidInputResponses {

	/** The exception mappers, for JAX-RS registration. */
	public static final List<Class<?>> MAPPERS = List.of(RestExceptions.class, EngineExceptions.class,
			OtherExceptions.class, JsonMappingExceptions.class, JsonParseExceptions.class);

	private static final Pattern DATABASE_TEXT = Pattern.compile("(?i)\\bsql|###|constraint|\\bACT_[A-Z]|jdbc|ENGINE-03\\d");

	private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(InvalidInputResponses.class);

	private InvalidInputResponses() {
	}

	static Response respond(Throwable exception) {
		for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
			if (cause instanceof RequestSizeLimitFilter.BodyTooLarge) {
				// RequestSizeLimitFilter answered 413 already; this answer goes nowhere
				return Response.status(413).build();
			}
			if (cause instanceof InvalidInputException invalid) {
				LOG.warn("Refused input for '{}': {}", invalid.getDetail(), invalid.getMessage());
				Map<String, Object> body = new LinkedHashMap<>();
				body.put("type", InvalidInputException.class.getSimpleName());
				body.put("message", invalid.getMessage());
				body.put("field", invalid.getDetail());
				return Response.status(Response.Status.BAD_REQUEST).entity(body).type(MediaType.APPLICATION_JSON_TYPE).build();
			}
		}
		Response camunda = ExceptionHandlerHelper.getInstance().getResponse(exception);
		if (camunda.getStatus() >= 500 || fromDatabase(exception)) {
			return ServerErrors.answer(exception);
		}
		return camunda;
	}

	/** A client error whose text quotes the database (SQL, a constraint, an ACT_ table, a persistence code). */
	private static boolean fromDatabase(Throwable exception) {
		return exception.getMessage() != null && DATABASE_TEXT.matcher(exception.getMessage()).find();
	}

	/** Jackson's text names our classes and the position in the body: the person learns only that it is no JSON. */
	static Response notJson(JsonProcessingException exception) {
		LOG.warn("Refused a request body that is not the JSON expected: {}", exception.getOriginalMessage());
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", "InvalidRequest");
		body.put("message", "De inhoud van dit verzoek is geen geldige JSON in de verwachte vorm.");
		return Response.status(Response.Status.BAD_REQUEST).entity(body).type(MediaType.APPLICATION_JSON_TYPE).build();
	}

	@Priority(1)
	public static class RestExceptions implements ExceptionMapper<RestException> {

		@Override
		public Response toResponse(RestException exception) {
			return respond(exception);
		}

	}

	@Priority(1)
	public static class OtherExceptions implements ExceptionMapper<Throwable> {

		@Override
		public Response toResponse(Throwable exception) {
			return respond(exception);
		}

	}

	@Priority(1)
	public static class JsonMappingExceptions implements ExceptionMapper<JsonMappingException> {

		@Override
		public Response toResponse(JsonMappingException exception) {
			return notJson(exception);
		}

	}

	@Priority(1)
	public static class JsonParseExceptions implements ExceptionMapper<JsonParseException> {

		@Override
		public Response toResponse(JsonParseException exception) {
			return notJson(exception);
		}

	}

	@Priority(1)
	public static class EngineExceptions implements ExceptionMapper<ProcessEngineException> {

		@Override
		public Response toResponse(ProcessEngineException exception) {
			return respond(exception);
		}

	}

}
