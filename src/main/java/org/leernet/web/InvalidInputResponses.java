package org.leernet.web;

import org.leernet.process.InvalidInputException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
 * arrives wrapped twice, as a 500). Everything else is answered as Camunda does. Registered in
 * every Jersey application by {@link InvalidInputAutoDiscoverable}.
 */
public final class InvalidInputResponses {

	/** The exception mappers, for JAX-RS registration. */
	public static final List<Class<?>> MAPPERS = List.of(RestExceptions.class, EngineExceptions.class);

	private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(InvalidInputResponses.class);

	private InvalidInputResponses() {
	}

	static Response respond(Throwable exception) {
		for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
			if (cause instanceof InvalidInputException invalid) {
				LOG.warn("Refused input for '{}': {}", invalid.getDetail(), invalid.getMessage());
				Map<String, Object> body = new LinkedHashMap<>();
				body.put("type", InvalidInputException.class.getSimpleName());
				body.put("message", invalid.getMessage());
				body.put("field", invalid.getDetail());
				return Response.status(Response.Status.BAD_REQUEST).entity(body).type(MediaType.APPLICATION_JSON_TYPE).build();
			}
		}
		return ExceptionHandlerHelper.getInstance().getResponse(exception);
	}

	@Priority(1)
	public static class RestExceptions implements ExceptionMapper<RestException> {

		@Override
		public Response toResponse(RestException exception) {
			return respond(exception);
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
