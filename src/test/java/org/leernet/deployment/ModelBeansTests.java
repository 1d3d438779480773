package org.leernet.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.camunda.bpm.impl.juel.Builder;
import org.camunda.bpm.impl.juel.IdentifierNode;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * {@link ModelBeans} names exactly the Spring beans that the models in {@code processes/} (and
 * Modeler's element templates) use, and every expression shipped there passes the parse check:
 * a new delegate needs its name on the list, and a name nobody uses leaves it.
 */
class ModelBeansTests {

	private static final Pattern COMPONENT = Pattern
		.compile("@(?:Component|Service)(?:\\(\"([^\"]+)\"\\))?[\\s\\S]*?\\bclass\\s+(\\w+)");

	private static final Pattern TEMPLATE_EXPRESSION = Pattern.compile("[$#]\\{[^}\"]*}");

	@Test
	void theListNamesExactlyTheBeansThatTheShippedModelsUse() throws Exception {
		Set<String> beans = springBeans();
		Set<String> used = new TreeSet<>();
		for (String expression : shippedExpressions().keySet()) {
			for (IdentifierNode identifier : new Builder(Builder.Feature.METHOD_INVOCATIONS).build(expression).getIdentifierNodes()) {
				if (beans.contains(identifier.getName())) {
					used.add(identifier.getName());
				}
			}
		}

		assertThat(used).as("beans the models use").isNotEmpty().containsExactlyInAnyOrderElementsOf(ModelBeans.NAMES);
	}

	@Test
	void everyShippedExpressionPassesTheParseCheck() throws Exception {
		ModelExpressions check = new ModelExpressions(springBeans()::contains);
		Map<String, String> expressions = shippedExpressions();

		assertThat(expressions).hasSizeGreaterThan(50);
		expressions.forEach((expression, file) -> assertThat(check.problem(expression)).as(file + ": " + expression).isEmpty());
	}

	@Test
	void whatAProcessOwnerMayNotWriteIsRefused() {
		ModelExpressions check = new ModelExpressions(Set.of("identityService", "dueDates", "openNetworkDelegate")::contains);

		for (String refused : List.of("${''.getClass()}", "${x.class}", "${x['class']}", "${x['getClass']()}",
				"${identityService.createUserQuery()}", "${execution.processEngineServices}",
				"${execution.getProcessEngine().getIdentityService()}", "${task.getProcessEngineServices()}",
				"${execution.processInstance.processEngine}", "${Runtime}", "${fn:exec('x')}", "${exec('x')}",
				"${a.getDeclaredMethods()[0].invoke(null)}", "${dueDates.getClass().getClassLoader()}", "${a.(}")) {
			assertThat(check.problem(refused)).as(refused).isPresent();
		}
		for (String allowed : List.of("${organisations.size()}", "${dueDates.inDays(7)}", "${openNetworkDelegate}",
				"${execution.processBusinessKey}", "${execution.getVariable('x')}", "${task.assignee == currentUser()}",
				"${now()}", "${dateTime().plusDays(3).toDate()}", "${currentUserGroups()}", "${names[code]}",
				"${a >= 3 && !b || c == 'x' ? 1 : 2}", "#{execution.processBusinessKey}", "plain text")) {
			assertThat(check.problem(allowed)).as(allowed).isEmpty();
		}
	}

	/** Every expression in every attribute and text of processes/, with its file. */
	private static Map<String, String> shippedExpressions() throws Exception {
		Map<String, String> expressions = new TreeMap<>();
		try (Stream<Path> files = Files.walk(Path.of("processes"))) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				if (file.toString().endsWith(".bpmn")) {
					Element root = DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder().parse(file.toFile())
						.getDocumentElement();
					collect(root, file.toString(), expressions);
				}
				else if (file.toString().endsWith(".json")) {
					Matcher matcher = TEMPLATE_EXPRESSION.matcher(Files.readString(file));
					while (matcher.find()) {
						expressions.put(matcher.group(), file.toString());
					}
				}
			}
		}
		return expressions;
	}

	private static void collect(Element element, String file, Map<String, String> expressions) {
		NamedNodeMap attributes = element.getAttributes();
		List<String> texts = new ArrayList<>();
		for (int i = 0; i < attributes.getLength(); i++) {
			texts.add(((Attr) attributes.item(i)).getValue());
		}
		for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element childElement) {
				collect(childElement, file, expressions);
			}
			else if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
				texts.add(child.getNodeValue());
			}
		}
		texts.stream().filter(ModelExpressions::isExpression).forEach(text -> expressions.put(text.strip(), file));
	}

	/** The names of Leernet's own Spring beans, as @Component gives them. */
	private static Set<String> springBeans() throws IOException {
		Set<String> names = new TreeSet<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/leernet"))) {
			for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
				Matcher matcher = COMPONENT.matcher(Files.readString(file));
				while (matcher.find()) {
					String className = matcher.group(2);
					names.add(matcher.group(1) != null ? matcher.group(1)
							: Character.toLowerCase(className.charAt(0)) + className.substring(1));
				}
			}
		}
		return names;
	}

}
