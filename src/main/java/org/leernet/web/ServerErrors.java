package org.leernet.web;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A server error tells the person only that something went wrong, with an error id; the log holds
 * the same id with the exception, so that whoever they tell it to finds what happened.
 */
final class ServerErrors {

	static final String MESSAGE = "Er ging iets mis bij Leernet. Probeer het straks opnieuw; lukt het dan nog niet, "
			+ "geef de coördinatoren de foutcode ";

	private static final Logger LOG = LoggerFactory.getLogger(ServerErrors.class);

	private static final SecureRandom RANDOM = new SecureRandom();

	private ServerErrors() {
	}

	/** A new error id, logged at ERROR with the exception. */
	static String log(Throwable exception, String where) {
		byte[] bytes = new byte[5];
		RANDOM.nextBytes(bytes);
		String id = HexFormat.of().formatHex(bytes);
		LOG.error("Error {} at {}, answered as a generic 500", id, where, exception);
		return id;
	}

	/** The REST API's answer: a generic 500 in Camunda's shape, with the id. */
	static Response answer(Throwable exception) {
		String id = log(exception, "the REST API");
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", "ServerError");
		body.put("message", MESSAGE + id + ".");
		body.put("foutcode", id);
		return Response.status(Response.Status.INTERNAL_SERVER_ERROR).entity(body).type(MediaType.APPLICATION_JSON_TYPE).build();
	}

}
