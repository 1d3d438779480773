package org.leernet.process;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.json.SpinJsonNode;

/**
 * Reads what a Camunda Form submitted. Tasklist sends plain values untyped (strings, numbers,
 * booleans), dates as ISO strings ({@code 2027-03-01}, {@code 2027-03-01T10:00+01:00}) and lists
 * or groups as Json; tests and the REST API may send Java values instead. Every problem becomes
 * an {@link InvalidInputException} naming the field in Dutch.
 */
public final class FormValues {

	public static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

	private final VariableScope scope;

	private FormValues(VariableScope scope) {
		this.scope = scope;
	}

	public static FormValues of(VariableScope scope) {
		return new FormValues(scope);
	}

	public String text(String key) {
		Object value = scope.getVariable(key);
		if (value == null) {
			return null;
		}
		String text = value.toString().trim();
		TextLimits.check(key, text);
		return text.isEmpty() ? null : text;
	}

	public String requiredText(String key, String label) {
		String text = text(key);
		if (text == null) {
			throw new InvalidInputException(key, label + " is verplicht.");
		}
		return text;
	}

	public boolean bool(String key) {
		Object value = scope.getVariable(key);
		return value instanceof Boolean b ? b : value != null && Boolean.parseBoolean(value.toString().trim());
	}

	/**
	 * A whole number, checked rather than truncated: {@code 4.9} or {@code 4294967297} is refused,
	 * not read as 4 or 1. Null when the field is empty.
	 */
	public Integer integer(String key, String label) {
		return integer(key, label, Integer.MIN_VALUE, Integer.MAX_VALUE);
	}

	/** A whole number within the bounds its form shows ({@code validate.min/max}); null when empty. */
	public Integer integer(String key, String label, int min, int max) {
		Object value = scope.getVariable(key);
		if (value == null || value.toString().isBlank()) {
			return null;
		}
		BigDecimal number;
		try {
			number = new BigDecimal(value.toString().trim());
		}
		catch (NumberFormatException ex) {
			throw new InvalidInputException(key, label + ": '" + value + "' is geen geheel getal.");
		}
		if (number.signum() != 0 && number.stripTrailingZeros().scale() > 0) {
			throw new InvalidInputException(key, label + ": '" + value + "' is geen geheel getal.");
		}
		if (number.compareTo(BigDecimal.valueOf(min)) < 0 || number.compareTo(BigDecimal.valueOf(max)) > 0) {
			throw new InvalidInputException(key, label + " moet " + bounds(min, max) + " zijn, niet " + value + ".");
		}
		return number.intValueExact();
	}

	/**
	 * A number the form requires: the template's default when the submission does not carry the
	 * field at all (a REST client that sends only what it changes), refused when it carries it
	 * empty (a field someone cleared in the form).
	 */
	public int integer(String key, String label, int defaultValue) {
		return integer(key, label, defaultValue, Integer.MIN_VALUE, Integer.MAX_VALUE);
	}

	/** As {@link #integer(String, String, int)}, within the bounds of the form. */
	public int integer(String key, String label, int defaultValue, int min, int max) {
		Integer value = integer(key, label, min, max);
		if (value == null && scope.hasVariable(key)) {
			throw new InvalidInputException(key, label + " is verplicht.");
		}
		return value == null ? defaultValue : value;
	}

	private static String bounds(int min, int max) {
		if (min == Integer.MIN_VALUE && max == Integer.MAX_VALUE) {
			return "een geheel getal van gewone grootte";
		}
		if (max == Integer.MAX_VALUE) {
			return "minstens " + min;
		}
		return min == Integer.MIN_VALUE ? "hoogstens " + max : "een geheel getal van " + min + " tot " + max;
	}

	public OffsetDateTime dateTime(String key, String label) {
		Object value = scope.getVariable(key);
		if (value == null || value.toString().isBlank()) {
			return null;
		}
		if (value instanceof Date date) {
			return date.toInstant().atZone(BRUSSELS).toOffsetDateTime();
		}
		try {
			return parseDateTime(value.toString().trim());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidInputException(key, label + ": '" + value + "' is geen geldige datum en tijd.");
		}
	}

	public OffsetDateTime requiredDateTime(String key, String label) {
		OffsetDateTime value = dateTime(key, label);
		if (value == null) {
			throw new InvalidInputException(key, label + " is verplicht.");
		}
		return value;
	}

	public LocalDate date(String key, String label) {
		Object value = scope.getVariable(key);
		if (value == null || value.toString().isBlank()) {
			return null;
		}
		if (value instanceof Date date) {
			return LocalDate.ofInstant(date.toInstant(), BRUSSELS);
		}
		String text = value.toString().trim();
		try {
			return text.length() <= 10 ? LocalDate.parse(text) : parseDateTime(text).toLocalDate();
		}
		catch (DateTimeParseException ex) {
			throw new InvalidInputException(key, label + ": '" + text + "' is geen geldige datum.");
		}
	}

	/** A checklist or tag list: the selected values. */
	public List<String> strings(String key) {
		Object value = scope.getVariable(key);
		List<String> result = new ArrayList<>();
		if (value instanceof SpinJsonNode json && json.isArray()) {
			json.elements().forEach(element -> result.add(element.isString() ? element.stringValue() : element.toString()));
		}
		else if (value instanceof Iterable<?> items) {
			items.forEach(item -> result.add(String.valueOf(item)));
		}
		else if (value instanceof String text && !text.isBlank()) {
			result.add(text);
		}
		TextLimits.check(key, result);
		return result;
	}

	/** A dynamic list of groups: one map of field key to text per item. */
	public List<Map<String, String>> records(String key) {
		Object value = scope.getVariable(key);
		List<Map<String, String>> result = new ArrayList<>();
		if (value instanceof SpinJsonNode json && json.isArray()) {
			for (SpinJsonNode item : json.elements()) {
				Map<String, String> record = new LinkedHashMap<>();
				for (String field : item.fieldNames()) {
					SpinJsonNode fieldValue = item.prop(field);
					record.put(field, fieldValue.isNull() ? null
							: fieldValue.isString() ? fieldValue.stringValue() : fieldValue.toString());
				}
				result.add(record);
			}
		}
		else if (value instanceof Iterable<?> items) {
			for (Object item : items) {
				if (item instanceof Map<?, ?> map) {
					Map<String, String> record = new LinkedHashMap<>();
					map.forEach((k, v) -> record.put(String.valueOf(k), v == null ? null : v.toString()));
					result.add(record);
				}
			}
		}
		result.forEach(record -> record.forEach(TextLimits::check));
		return result;
	}

	/** An id the process keeps, such as {@code sessionId}; missing is a modelling error, not a form error. */
	public long id(String key) {
		Object value = scope.getVariable(key);
		if (value == null) {
			throw new IllegalStateException("No process variable " + key);
		}
		return value instanceof Number number ? number.longValue() : Long.parseLong(value.toString().trim());
	}

	/** What an input parameter of the element names, e.g. {@code sessionKind}: one constant of the enum. */
	public <E extends Enum<E>> E constant(String key, Class<E> type) {
		String text = text(key);
		if (text == null) {
			throw new IllegalStateException("The element has no input parameter " + key);
		}
		return Enum.valueOf(type, text);
	}

	/** {@code 2027-03-01T10:00+01:00}, {@code 2027-03-01T09:00Z} or a local time in Brussels. */
	public static OffsetDateTime parseDateTime(String text) {
		try {
			return OffsetDateTime.parse(text);
		}
		catch (DateTimeParseException ex) {
			return LocalDateTime.parse(text).atZone(BRUSSELS).toOffsetDateTime();
		}
	}

}
