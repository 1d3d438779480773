package org.leernet.deployment;

import java.io.IOException;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The id of a Camunda Form, the key that {@code camunda:formRef} names. Camunda takes it from
 * the form's JSON, not from the file name.
 */
final class FormIds {

	private static final ObjectMapper JSON = new ObjectMapper();

	private FormIds() {
	}

	/** Empty when the file is no JSON object with a text {@code id}. */
	static Optional<String> of(byte[] form) {
		try {
			JsonNode id = JSON.readTree(form).path("id");
			return id.isTextual() && !id.asText().isBlank() ? Optional.of(id.asText()) : Optional.empty();
		}
		catch (IOException ex) {
			return Optional.empty();
		}
	}

}
