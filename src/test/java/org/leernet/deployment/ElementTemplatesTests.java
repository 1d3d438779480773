package org.leernet.deployment;

import org.leernet.system.StartupChecks;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;

import javax.xml.parsers.DocumentBuilderFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The element templates in processes/element-templates/ against Camunda's JSON schema and
 * against the BPMN in processes/: every template is used, and every element that names a
 * template carries what that template writes, so that Modeler shows it as applied.
 */
class ElementTemplatesTests {

	private static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";

	private static final String BPMN_NS = "http://www.omg.org/spec/BPMN/20100524/MODEL";

	/** Template files by path, as read (a file holds an array of templates). */
	static Map<Path, JsonNode> files = new LinkedHashMap<>();

	/** Each template by "id@version". */
	static Map<String, JsonNode> templates = new LinkedHashMap<>();

	/** Every BPMN element that names a template. */
	static List<Element> templated = new ArrayList<>();

	@BeforeAll
	static void read() throws Exception {
		ObjectMapper json = new ObjectMapper();
		for (Path file : StartupChecks.modelFiles("processes/element-templates", ".json")) {
			JsonNode content = json.readTree(file.toFile());
			files.put(file, content);
			for (JsonNode template : content.isArray() ? content : List.of(content)) {
				templates.put(key(template.path("id").asText(), template.path("version").asText()), template);
			}
		}
		DocumentBuilderFactory xml = DocumentBuilderFactory.newInstance();
		xml.setNamespaceAware(true);
		for (Path file : StartupChecks.modelFiles("processes", ".bpmn")) {
			NodeList all = xml.newDocumentBuilder().parse(file.toFile()).getElementsByTagName("*");
			for (int i = 0; i < all.getLength(); i++) {
				Element element = (Element) all.item(i);
				if (element.hasAttributeNS(CAMUNDA_NS, "modelerTemplate")) {
					templated.add(element);
				}
			}
		}
		assertThat(files).as("templates in processes/element-templates/").isNotEmpty();
	}

	@Test
	void everyTemplateValidatesAgainstCamundasSchema() throws Exception {
		JsonSchema schema = schema();
		for (Map.Entry<Path, JsonNode> file : files.entrySet()) {
			assertThat(schema.validate(file.getValue())).as("%s against %s@%s", file.getKey(), ElementTemplateSchema.PACKAGE,
					ElementTemplateSchema.VERSION).isEmpty();
		}
	}

	@Test
	void theSchemaRejectsABindingCamunda7DoesNotKnow() throws Exception {
		ObjectNode broken = files.values().iterator().next().get(0).deepCopy();
		((ObjectNode) broken.path("properties").get(0).path("binding")).put("type", "bpmn:TimerEventDefinition#property");
		Set<ValidationMessage> errors = schema().validate(broken);
		assertThat(errors).as("a timer binding (Camunda 8 only) is refused").isNotEmpty();
	}

	@Test
	void everyTemplateHasAVersionAndAUniqueId() {
		Set<String> ids = new HashSet<>();
		for (JsonNode template : templates.values()) {
			assertThat(template.path("version").isInt()).as("version of %s", template.path("id")).isTrue();
			assertThat(ids.add(template.path("id").asText())).as("one version per id: %s", template.path("id")).isTrue();
		}
	}

	@Test
	void everyTemplateIsUsedByAProcess() {
		Set<String> used = new HashSet<>();
		templated.forEach(element -> used.add(key(element)));
		assertThat(used).as("templates applied in processes/").containsAll(templates.keySet());
	}

	@Test
	void everyTemplatedElementNamesATemplateThatExists() {
		for (Element element : templated) {
			assertThat(templates).as("template of %s", element.getAttribute("id")).containsKey(key(element));
		}
	}

	@Test
	void everyTemplatedElementCarriesWhatItsTemplateWrites() {
		List<String> problems = new ArrayList<>();
		for (Element element : templated) {
			JsonNode template = templates.get(key(element));
			if (template != null) {
				problems.addAll(problems(element, template));
			}
		}
		assertThat(problems).isEmpty();
	}

	// ------------------------------------------------------------------ helpers

	private static JsonSchema schema() throws IOException, InterruptedException {
		return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(ElementTemplateSchema.load());
	}

	private static String key(String id, String version) {
		return id + "@" + version;
	}

	private static String key(Element element) {
		return key(element.getAttributeNS(CAMUNDA_NS, "modelerTemplate"),
				element.getAttributeNS(CAMUNDA_NS, "modelerTemplateVersion"));
	}

	private static List<String> problems(Element element, JsonNode template) {
		List<String> problems = new ArrayList<>();
		String where = element.getAttribute("id") + " (" + key(element) + ")";
		String type = template.path("elementType").path("value").asText(null);
		String actual = "bpmn:" + Character.toUpperCase(element.getLocalName().charAt(0)) + element.getLocalName().substring(1);
		if (type != null && !type.equals(actual)) {
			problems.add(where + ": is a " + actual + ", the template makes a " + type);
		}
		for (JsonNode property : template.path("properties")) {
			JsonNode binding = property.path("binding");
			String bindingType = binding.path("type").asText();
			String written = switch (bindingType) {
				case "property" -> attribute(element, binding.path("name").asText());
				case "camunda:inputParameter" -> inputParameter(element, binding.path("name").asText());
				case "camunda:in" -> in(element, binding.path("target").asText(), binding.path("expression").asBoolean());
				case "camunda:in:businessKey" -> businessKey(element);
				default -> "unchecked";
			};
			String what = where + ", " + bindingType + " " + binding.path("name").asText(binding.path("target").asText());
			if ("unchecked".equals(written)) {
				problems.add(what + ": this test does not check that binding yet");
			}
			else if (written == null) {
				problems.add(what + ": missing");
			}
			else {
				problems.addAll(valueProblems(what, written, property));
			}
		}
		return problems;
	}

	private static List<String> valueProblems(String what, String written, JsonNode property) {
		List<String> problems = new ArrayList<>();
		String kind = property.path("type").asText("String");
		if (kind.equals("Hidden") && !written.equals(property.path("value").asText())) {
			problems.add(what + ": '" + written + "' instead of '" + property.path("value").asText() + "'");
		}
		if (kind.equals("Dropdown") && StreamSupport.stream(property.path("choices").spliterator(), false)
			.noneMatch(choice -> choice.path("value").asText().equals(written))) {
			problems.add(what + ": '" + written + "' is not one of the choices");
		}
		JsonNode pattern = property.path("constraints").path("pattern");
		String regex = pattern.isObject() ? pattern.path("value").asText() : pattern.asText(null);
		if (regex != null && !written.matches(regex)) {
			problems.add(what + ": '" + written + "' does not match " + regex);
		}
		return problems;
	}

	/** A template names attributes as "camunda:asyncBefore" or, for BPMN's own, "calledElement". */
	private static String attribute(Element element, String name) {
		boolean camunda = name.startsWith("camunda:");
		String local = camunda ? name.substring("camunda:".length()) : name;
		if (camunda ? !element.hasAttributeNS(CAMUNDA_NS, local) : !element.hasAttribute(local)) {
			return null;
		}
		return camunda ? element.getAttributeNS(CAMUNDA_NS, local) : element.getAttribute(local);
	}

	private static String inputParameter(Element element, String name) {
		for (Element inputOutput : extensions(element, "inputOutput")) {
			for (Element parameter : children(inputOutput, CAMUNDA_NS, "inputParameter")) {
				if (parameter.getAttribute("name").equals(name)) {
					return parameter.getTextContent().trim();
				}
			}
		}
		return null;
	}

	private static String in(Element element, String target, boolean expression) {
		return extensions(element, "in").stream()
			.filter(in -> in.getAttribute("target").equals(target))
			.map(in -> in.getAttribute(expression ? "sourceExpression" : "source"))
			.filter(source -> !source.isEmpty())
			.findFirst()
			.orElse(null);
	}

	private static String businessKey(Element element) {
		return extensions(element, "in").stream()
			.filter(in -> in.hasAttribute("businessKey"))
			.map(in -> in.getAttribute("businessKey"))
			.findFirst()
			.orElse(null);
	}

	private static List<Element> extensions(Element element, String camundaName) {
		List<Element> found = new ArrayList<>();
		for (Element extensionElements : children(element, BPMN_NS, "extensionElements")) {
			found.addAll(children(extensionElements, CAMUNDA_NS, camundaName));
		}
		return found;
	}

	private static List<Element> children(Element parent, String namespace, String localName) {
		List<Element> found = new ArrayList<>();
		for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element el && namespace.equals(el.getNamespaceURI()) && localName.equals(el.getLocalName())) {
				found.add(el);
			}
		}
		return found;
	}

}
