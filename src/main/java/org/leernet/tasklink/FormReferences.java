package org.leernet.tasklink;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The variables a Camunda Form uses: its fields' keys, the variables its options come from
 * ({@code valuesKey}), and the names in its expressions ({@code =handling != "x"}) and templates
 * ({@code {{sessionTitle}}}). The task page gives the form these and no others, where Tasklist
 * would load every variable the task can see.
 */
final class FormReferences {

	private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

	private static final Pattern TEMPLATE = Pattern.compile("\\{\\{(.*?)}}", Pattern.DOTALL);

	private static final Set<String> FEEL_WORDS = Set.of("and", "or", "not", "true", "false", "null", "if", "then",
			"else", "for", "in", "return", "some", "every", "satisfies", "between", "instance", "of", "function");

	private FormReferences() {
	}

	static Set<String> of(JsonNode form) {
		Set<String> names = new LinkedHashSet<>();
		collect(form, null, names);
		return names;
	}

	private static void collect(JsonNode node, String field, Set<String> names) {
		if (node.isObject()) {
			node.fields().forEachRemaining(entry -> collect(entry.getValue(), entry.getKey(), names));
		}
		else if (node.isArray()) {
			node.forEach(child -> collect(child, field, names));
		}
		else if (node.isTextual()) {
			String text = node.asText();
			if ("key".equals(field) || "path".equals(field) || "valuesKey".equals(field)) {
				names.add(text.split("\\.", 2)[0]);
			}
			else if (text.startsWith("=")) {
				addNames(text.substring(1), names);
			}
			else {
				Matcher template = TEMPLATE.matcher(text);
				while (template.find()) {
					addNames(template.group(1), names);
				}
			}
		}
	}

	/** The names in an expression, leaving out FEEL's words and what is inside quotes. */
	private static void addNames(String expression, Set<String> names) {
		String unquoted = expression.replaceAll("\"[^\"]*\"", " ");
		Matcher name = NAME.matcher(unquoted);
		while (name.find()) {
			String found = name.group();
			if (!FEEL_WORDS.contains(found) && (name.start() == 0 || unquoted.charAt(name.start() - 1) != '.')) {
				names.add(found);
			}
		}
	}

}
