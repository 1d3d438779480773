package org.leernet.tasklist;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.leernet.process.FormValues;

/**
 * Fills in a Camunda Form as a careful person does in Tasklist, and nothing else: only the
 * form's own fields, fields hidden by {@code conditional.hide} left out, choices taken from the
 * options the form shows ({@code values}, or the {@code valuesKey} variable Tasklist loaded),
 * what Tasklist shows already filled in kept, and every rule of the form obeyed. A value the
 * form would not let through fails the test, naming the task and the field.
 */
public final class FormFiller {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final DateTimeFormatter UTC_OFFSET = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mmXXX");

	/** timeSerializingFormat no_timezone: the time as typed, which the server reads as Brussels time */
	private static final DateTimeFormatter NO_TIMEZONE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

	private static final Set<String> CHOICES = Set.of("select", "radio", "checklist", "taglist");

	// the only FEEL our forms use in conditions: =name = "literal", =name != "literal", =name
	private static final Pattern CONDITION = Pattern.compile("=\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*(?:(!=|=)\\s*\"([^\"]*)\"\\s*)?");

	private final String task;

	private final JsonNode form;

	private final Map<String, Object> loaded;

	/** A field left empty on purpose, to see the server refuse it; null for a careful person. */
	private final String leftEmpty;

	private final List<String> requiredSeen = new ArrayList<>();

	private FormFiller(String task, JsonNode form, Map<String, Object> loaded, String leftEmpty) {
		this.task = task;
		this.form = form;
		this.loaded = loaded;
		this.leftEmpty = leftEmpty;
	}

	/**
	 * @param task the task's name, for messages
	 * @param form the deployed form, as {@code deployed-form} returns it
	 * @param formVariables as {@code form-variables} returns them
	 * @param answers what this person chooses or types; every key must be a visible field
	 * @return the values Tasklist would submit
	 */
	public static Map<String, Object> fill(String task, JsonNode form, JsonNode formVariables, Map<String, Object> answers) {
		return new FormFiller(task, form, plain(formVariables), null).fill(answers);
	}

	/** The required fields the person sees on the form, filled in as {@link #fill} does. */
	public static List<String> requiredFields(String task, JsonNode form, JsonNode formVariables, Map<String, Object> answers) {
		FormFiller filler = new FormFiller(task, form, plain(formVariables), null);
		filler.fill(answers);
		return filler.requiredSeen;
	}

	/**
	 * As {@link #fill}, but with one required field left empty, as the form would never let
	 * through: what someone sends who goes round the form.
	 */
	public static Map<String, Object> fillLeavingEmpty(String task, JsonNode form, JsonNode formVariables,
			Map<String, Object> answers, String emptyField) {
		return new FormFiller(task, form, plain(formVariables), emptyField).fill(answers);
	}

	/** The options a choice offers with these form variables: its values, or its valuesKey list. */
	static List<String> offered(JsonNode component, Map<String, Object> variables) {
		List<String> values = new ArrayList<>();
		if (component.has("values")) {
			component.get("values").forEach(option -> values.add(option.get("value").asText()));
		}
		else if (component.has("valuesKey")) {
			Object list = variables.get(component.get("valuesKey").asText());
			if (list instanceof List<?> options) {
				for (Object option : options) {
					values.add(option instanceof Map<?, ?> map ? String.valueOf(map.get("value")) : String.valueOf(option));
				}
			}
		}
		return values;
	}

	private Map<String, Object> fill(Map<String, Object> answers) {
		Map<String, Object> data = new LinkedHashMap<>(loaded);
		data.putAll(answers);
		Set<String> unused = new LinkedHashSet<>(answers.keySet());
		Map<String, Object> submission = new LinkedHashMap<>();
		for (JsonNode component : inputs(form)) {
			String key = key(component);
			if (hidden(component, data)) {
				// (a field left empty on purpose may hide the answers that depend on it)
				if (answers.containsKey(key) && leftEmpty == null) {
					throw new AssertionError(where(component) + " is hidden on the form; it cannot be filled in");
				}
				unused.remove(key);
				continue;
			}
			unused.remove(key);
			if (required(component) && !"dynamiclist".equals(component.path("type").asText())) {
				requiredSeen.add(key);
			}
			if (key.equals(leftEmpty)) {
				submission.put(key, emptyValue(component));
				data.put(key, emptyValue(component));
				continue;
			}
			Object value = answers.containsKey(key) ? answers.get(key) : prefilled(component, key);
			if (!answers.containsKey(key) && missing(component, value)) {
				value = careful(component);
			}
			if (value == null) {
				value = emptyValue(component);
			}
			value = serialised(component, value);
			obeyRules(component, value);
			submission.put(key, value);
			data.put(key, value);
		}
		if (!unused.isEmpty()) {
			throw new AssertionError("Task '" + task + "': " + unused + " is not a field of form " + form.path("id").asText());
		}
		return submission;
	}

	/** What Tasklist shows already filled in: the variable with the field's key, else its default. */
	private Object prefilled(JsonNode component, String key) {
		if (loaded.get(key) != null) {
			return loaded.get(key);
		}
		if (component.has("defaultValue")) {
			return JSON.convertValue(component.get("defaultValue"), Object.class);
		}
		return "checkbox".equals(component.path("type").asText()) ? Boolean.FALSE : null;
	}

	/** A required field nobody answered: what a careful person puts there. */
	private Object careful(JsonNode component) {
		if (!required(component)) {
			return null;
		}
		String type = component.path("type").asText();
		if (CHOICES.contains(type)) {
			List<String> options = offered(component, loaded);
			if (options.isEmpty()) {
				throw new AssertionError(where(component) + " is required, but its list offers nothing"
						+ (component.has("valuesKey") ? " (valuesKey " + component.get("valuesKey").asText()
								+ " is " + loaded.get(component.get("valuesKey").asText()) + ")" : ""));
			}
			return "checklist".equals(type) || "taglist".equals(type) ? List.of(options.get(0)) : options.get(0);
		}
		return switch (type) {
			case "checkbox" -> Boolean.TRUE;
			case "number" -> component.path("validate").has("min") ? component.path("validate").get("min").asLong() : 1L;
			case "textfield", "textarea" -> {
				if (component.path("validate").has("pattern") || component.path("validate").has("validationType")) {
					throw new AssertionError(where(component) + " has a pattern: the test must say what to type");
				}
				yield "Ingevuld voor " + task;
			}
			default -> throw new AssertionError(where(component) + " (" + type + ") is required: the test must say what to fill in");
		};
	}

	/** What form-js submits for a field left empty (Tasklist sends it along). */
	private static Object emptyValue(JsonNode component) {
		return switch (component.path("type").asText()) {
			case "textfield", "textarea" -> "";
			case "checklist", "taglist", "dynamiclist" -> List.of();
			case "checkbox" -> Boolean.FALSE;
			default -> null;
		};
	}

	/** Dates as form-js writes them; everything else as it is. */
	private static Object serialised(JsonNode component, Object value) {
		if (!"datetime".equals(component.path("type").asText())) {
			return value;
		}
		if (value instanceof LocalDate date) {
			return date.toString();
		}
		if (value instanceof ZonedDateTime zoned) {
			value = zoned.toOffsetDateTime();
		}
		if (value instanceof OffsetDateTime dateTime) {
			if ("date".equals(component.path("subtype").asText())) {
				return dateTime.toLocalDate().toString();
			}
			return "no_timezone".equals(component.path("timeSerializingFormat").asText())
					? NO_TIMEZONE.format(dateTime.atZoneSameInstant(FormValues.BRUSSELS))
					: UTC_OFFSET.format(dateTime);
		}
		return value;
	}

	private void obeyRules(JsonNode component, Object value) {
		String type = component.path("type").asText();
		JsonNode validate = component.path("validate");
		if (required(component) && missing(component, value)) {
			throw new AssertionError(where(component) + " is required; the form would not submit " + value);
		}
		if (CHOICES.contains(type) && !isEmpty(value)) {
			List<String> options = offered(component, loaded);
			for (Object chosen : value instanceof List<?> list ? list : List.of(value)) {
				if (!options.contains(String.valueOf(chosen))) {
					throw new AssertionError(where(component) + " does not offer '" + chosen + "'; it offers " + options);
				}
			}
		}
		if (value instanceof String text) {
			if (validate.has("maxLength") && text.length() > validate.get("maxLength").asInt()) {
				throw new AssertionError(where(component) + " allows " + validate.get("maxLength").asInt() + " characters");
			}
			if (validate.has("pattern") && !text.isEmpty() && !Pattern.compile(validate.get("pattern").asText()).matcher(text).find()) {
				throw new AssertionError(where(component) + ": '" + text + "' does not match " + validate.get("pattern").asText());
			}
			if ("email".equals(validate.path("validationType").asText()) && !text.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
				throw new AssertionError(where(component) + ": '" + text + "' is not an e-mail address");
			}
		}
		if (value instanceof Number number) {
			if (validate.has("min") && number.doubleValue() < validate.get("min").asDouble()
					|| validate.has("max") && number.doubleValue() > validate.get("max").asDouble()) {
				throw new AssertionError(where(component) + ": " + number + " is outside " + validate.path("min") + ".."
						+ validate.path("max"));
			}
		}
		if ("dynamiclist".equals(type) && value instanceof List<?> items) {
			for (Object item : items) {
				if (!(item instanceof Map<?, ?> row)) {
					throw new AssertionError(where(component) + " holds rows of fields, not " + item);
				}
				Set<String> childKeys = new LinkedHashSet<>();
				for (JsonNode child : component.path("components")) {
					if (child.has("key")) {
						childKeys.add(child.get("key").asText());
						Object childValue = row.get(child.get("key").asText());
						obeyRules(child, childValue == null ? "" : childValue);
					}
				}
				if (!childKeys.containsAll(row.keySet().stream().map(String::valueOf).toList())) {
					throw new AssertionError(where(component) + ": " + row.keySet() + " are not all fields of " + childKeys);
				}
			}
		}
	}

	private boolean hidden(JsonNode component, Map<String, Object> data) {
		String condition = component.path("conditional").path("hide").asText(null);
		if (condition == null || condition.isBlank()) {
			return false;
		}
		Matcher matcher = CONDITION.matcher(condition);
		if (!matcher.matches()) {
			throw new AssertionError(where(component) + ": the test cannot read the condition " + condition);
		}
		Object current = data.get(matcher.group(1));
		if (matcher.group(2) == null) {
			return current != null && !Boolean.FALSE.equals(current) && !"".equals(current);
		}
		boolean equal = current != null && matcher.group(3).equals(String.valueOf(current));
		return "=".equals(matcher.group(2)) == equal;
	}

	private String where(JsonNode component) {
		return "Task '" + task + "', field '" + component.path("label").asText(key(component)) + "' (" + key(component) + ")";
	}

	/** Empty, or a required checkbox left unticked. */
	private static boolean missing(JsonNode component, Object value) {
		return isEmpty(value) || required(component) && "checkbox".equals(component.path("type").asText())
				&& !Boolean.TRUE.equals(value);
	}

	private static boolean required(JsonNode component) {
		return component.path("validate").path("required").asBoolean(false);
	}

	private static boolean isEmpty(Object value) {
		return value == null || value instanceof String text && text.isBlank() || value instanceof List<?> list && list.isEmpty();
	}

	private static String key(JsonNode component) {
		return component.has("key") ? component.get("key").asText() : component.path("path").asText();
	}

	/** Input fields in form order: the fields of groups, and dynamic lists as one field. */
	private static List<JsonNode> inputs(JsonNode container) {
		List<JsonNode> inputs = new ArrayList<>();
		for (JsonNode component : container.path("components")) {
			String type = component.path("type").asText();
			if ("dynamiclist".equals(type) || component.has("key")) {
				inputs.add(component);
			}
			else if (component.has("components")) {
				inputs.addAll(inputs(component));
			}
		}
		return inputs;
	}

	/** Form variables as plain values, as Tasklist reads them: Json parsed, the rest as they come. */
	static Map<String, Object> plain(JsonNode formVariables) {
		Map<String, Object> values = new LinkedHashMap<>();
		for (Iterator<Map.Entry<String, JsonNode>> it = formVariables.fields(); it.hasNext();) {
			Map.Entry<String, JsonNode> variable = it.next();
			JsonNode value = variable.getValue().path("value");
			try {
				boolean json = "Json".equals(variable.getValue().path("type").asText()) || "application/json"
					.equals(variable.getValue().path("valueInfo").path("serializationDataFormat").asText());
				values.put(variable.getKey(), json && value.isTextual()
						? JSON.readValue(value.asText(), Object.class) : JSON.convertValue(value, Object.class));
			}
			catch (java.io.IOException ex) {
				throw new AssertionError("form variable " + variable.getKey() + " is not Json: " + value, ex);
			}
		}
		return values;
	}

}
