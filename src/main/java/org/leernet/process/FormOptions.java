package org.leernet.process;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;

/** Options for a form's select or checklist ({@code valuesKey}): a Json list of {label, value}. */
public final class FormOptions {

	private static final ObjectMapper JSON = new ObjectMapper();

	private FormOptions() {
	}

	public static Map<String, String> option(String label, String value) {
		return Map.of("label", label, "value", value);
	}

	public static JsonValue json(List<Map<String, String>> options) {
		try {
			return SpinValues.jsonValue(JSON.writeValueAsString(options)).create();
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
