package org.leernet.deployment;

import org.leernet.system.StartupChecks;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.leernet.OneEngineAtATime;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.ApplicationContext;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Every BPMN file in processes/ against the running application: the beans and forms it
 * names exist, its ids are the readable ones we chose, and its history is kept for a stated time.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@OneEngineAtATime
class ModelConsistencyTests {

	private static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";

	/** Ids that Camunda Modeler generates, such as Activity_0x7f3ab or Flow_1k2j3h4. */
	private static final Pattern GENERATED_ID = Pattern
		.compile("^(Activity|Flow|Gateway|Event|StartEvent|EndEvent|Task|SequenceFlow|Process|Lane|Message|Signal|Error)_[0-9a-z]{7}$");

	private static final Pattern BEAN_EXPRESSION = Pattern.compile("^\\$\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*}$");

	static List<BpmnModelInstance> models = new ArrayList<>();

	/** Every XML element of every BPMN file, extension elements (listeners) included. */
	static List<Element> xmlElements = new ArrayList<>();

	static Set<String> formIds = new HashSet<>();

	@Autowired
	ApplicationContext context;

	@BeforeAll
	static void readModels() throws IOException {
		DocumentBuilderFactory xml = DocumentBuilderFactory.newInstance();
		xml.setNamespaceAware(true);
		for (Path file : StartupChecks.modelFiles("processes", ".bpmn")) {
			models.add(Bpmn.readModelFromFile(file.toFile()));
			try {
				NodeList all = xml.newDocumentBuilder().parse(file.toFile()).getElementsByTagName("*");
				for (int i = 0; i < all.getLength(); i++) {
					xmlElements.add((Element) all.item(i));
				}
			}
			catch (ParserConfigurationException | SAXException ex) {
				throw new IOException("Cannot parse " + file, ex);
			}
		}
		ObjectMapper json = new ObjectMapper();
		for (Path file : StartupChecks.modelFiles("forms", ".form")) {
			formIds.add(json.readTree(Files.readString(file)).path("id").asText());
		}
		assertThat(models).isNotEmpty();
	}

	@Test
	void everyDelegateExpressionNamesABean() {
		for (Element element : elementsWithCamundaAttribute("delegateExpression")) {
			String expression = element.getAttributeNS(CAMUNDA_NS, "delegateExpression");
			Matcher bean = BEAN_EXPRESSION.matcher(expression);
			assertThat(bean.matches()).as("%s uses a plain bean reference", id(element)).isTrue();
			assertThat(context.containsBean(bean.group(1))).as("bean %s of %s", bean.group(1), id(element)).isTrue();
		}
	}

	@Test
	void everyFormRefHasAForm() {
		for (Element element : elementsWithCamundaAttribute("formRef")) {
			assertThat(formIds).as("form of %s", id(element)).contains(element.getAttributeNS(CAMUNDA_NS, "formRef"));
		}
	}

	@Test
	void noElementHasAGeneratedId() {
		for (BpmnModelInstance model : models) {
			for (BaseElement element : model.getModelElementsByType(BaseElement.class)) {
				assertThat(element.getId()).as("id of a %s", element.getElementType().getTypeName())
					.doesNotMatch(GENERATED_ID);
			}
		}
	}

	@Test
	void everyProcessKeepsHistoryForAStatedTime() {
		for (BpmnModelInstance model : models) {
			for (Process process : model.getModelElementsByType(Process.class)) {
				assertThat(process.getCamundaHistoryTimeToLiveString()).as("historyTimeToLive of %s", process.getId())
					.isNotBlank();
			}
		}
	}

	private static List<Element> elementsWithCamundaAttribute(String attribute) {
		return xmlElements.stream().filter(element -> element.hasAttributeNS(CAMUNDA_NS, attribute)).toList();
	}

	/** The element's id, or that of the nearest parent with one (for listeners). */
	private static String id(Element element) {
		Node node = element;
		while (node instanceof Element el && !el.hasAttribute("id")) {
			node = el.getParentNode();
		}
		return node instanceof Element el ? el.getAttribute("id") : element.getTagName();
	}

}
