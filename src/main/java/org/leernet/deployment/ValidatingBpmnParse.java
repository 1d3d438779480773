package org.leernet.deployment;

import static org.camunda.bpm.engine.impl.form.handler.DefaultFormHandler.FORM_REF_BINDING_DEPLOYMENT;
import static org.camunda.bpm.engine.impl.form.handler.DefaultFormHandler.FORM_REF_BINDING_LATEST;
import static org.camunda.bpm.engine.impl.form.handler.DefaultFormHandler.FORM_REF_BINDING_VERSION;

import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParser;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.form.entity.CamundaFormDefinitionManager;
import org.camunda.bpm.engine.impl.persistence.entity.CamundaFormDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.xml.sax.SAXParseException;

/**
 * Camunda's BPMN parse plus the checks that Camunda leaves until a network runs into them:
 * <ul>
 * <li>a {@code camunda:delegateExpression} of the form {@code ${beanName}}, on a task, an event
 * or a listener, names a Spring bean;</li>
 * <li>the {@code camunda:formRef} of a user task or start event finds its form: for binding
 * {@code deployment} in the same deployment, for {@code latest} and {@code version} there or
 * among the forms deployed before;</li>
 * <li>a call activity finds the process it calls: for {@code camunda:calledElementBinding}
 * {@code deployment} in the same deployment, for {@code latest} there or deployed before;</li>
 * <li>the model runs no code of its own on the server: every expression, in any attribute or
 * text, stays within {@link ModelBeans} ({@link ModelExpressions}), and there is no script task,
 * script ({@code camunda:script}, a condition in a script language) or Java class
 * ({@code camunda:class} and every other {@code ...Class} attribute).</li>
 * </ul>
 * Each problem becomes a parse error that names the element, so the deployment fails as a whole
 * with Camunda's ParseException (the REST API answers 400 with the list). XML that is not
 * well-formed becomes such a parse error too.
 * <p>
 * Only new deployments are checked: when Camunda parses an older deployment again (after a
 * restart), its running networks must keep working whatever changed since.
 */
class ValidatingBpmnParse extends BpmnParse {

	/** {@code ${beanName}} or {@code #{beanName}}; other expressions are only known at run time. */
	private static final Pattern BEAN_NAME = Pattern.compile("^\\s*[$#]\\{\\s*([A-Za-z_$][A-Za-z0-9_$]*)\\s*}\\s*$");

	private static final Set<String> ELEMENTS_WITH_FORMS = Set.of("userTask", "startEvent");

	/**
	 * What holds the elements a process owner sees in Modeler and a problem names; a timer's
	 * {@code timeDate} or an event definition may have an id too, but is part of its event.
	 */
	private static final Set<String> CONTAINERS = Set.of("definitions", "process", "subProcess", "transaction",
			"adHocSubProcess");

	/** Texts that only people read. */
	private static final Set<String> PROSE = Set.of("documentation", "text");

	private final Predicate<String> beanExists;

	private final ModelExpressions expressions;

	private DeploymentContents contents;

	ValidatingBpmnParse(BpmnParser parser, Predicate<String> beanExists) {
		super(parser);
		this.beanExists = beanExists;
		this.expressions = new ModelExpressions(beanExists);
	}

	/**
	 * Camunda answers XML that is not well-formed with a plain exception, a 500 from the REST
	 * API; here it is a parse error with its line, like every other problem in a file.
	 */
	@Override
	public BpmnParse execute() {
		try {
			return super.execute();
		}
		catch (ProcessEngineException ex) {
			if (ex instanceof ParseException || !(ex.getCause() instanceof SAXParseException notWellFormed)) {
				throw ex;
			}
			if (!hasErrors()) { // Camunda's SAX handler may have recorded it already
				addError(notWellFormed);
			}
			throwExceptionForErrors();
			throw ex;
		}
	}

	@Override
	protected void parseRootElement() {
		super.parseRootElement();
		if (deployment == null || !deployment.isNew()) {
			return;
		}
		contents = new DeploymentContents(deployment.getResources().values());
		for (Element process : rootElement.elements("process")) {
			if (!"false".equals(process.attribute("isExecutable"))) {
				check(process, process);
			}
		}
		checkCode(rootElement, null, rootElement);
	}

	/**
	 * Everything in the file, also messages and signals outside the processes: a process owner's
	 * model may say what happens, not run code of its own.
	 */
	private void checkCode(Element element, Element parent, Element parentOwner) {
		boolean named = element.attribute("id") != null && (parent == null || CONTAINERS.contains(parent.getTagName()));
		Element owner = named ? element : parentOwner;
		String tag = element.getTagName();
		boolean bpmn = BpmnParser.BPMN20_NS.equals(element.getUri());
		if (bpmn && "scriptTask".equals(tag)) {
			report(owner, element, "een scripttaak voert eigen code uit op de server; dat mag niet. Gebruik een servicetaak"
					+ " met een van Leernets delegates, bijvoorbeeld camunda:delegateExpression=\"${sendMailDelegate}\".");
			return;
		}
		if (isCamunda(element) && "script".equals(tag)) {
			report(owner, element, "een script (camunda:script, " + element.attribute("scriptFormat", "?")
					+ ") voert eigen code uit op de server; dat mag niet. Gebruik een expressie of een van Leernets delegates.");
			return;
		}
		if (bpmn && element.attribute("language") != null && (tag.endsWith("Expression") || tag.endsWith("ondition"))) {
			report(owner, element, "een voorwaarde in de scripttaal " + element.attribute("language") + " voert eigen code uit op"
					+ " de server; dat mag niet. Schrijf haar als expressie, bijvoorbeeld ${registeredOrganisations >= 3}.");
			return;
		}
		for (String key : element.attributes()) {
			checkAttribute(element, owner, key);
		}
		if (!(bpmn && PROSE.contains(tag)) && ModelExpressions.isExpression(element.getText())) {
			expressions.problem(element.getText()).ifPresent(problem -> report(owner, element, tag + ": " + problem));
		}
		for (Element child : element.elements()) {
			checkCode(child, element, owner);
		}
	}

	private void checkAttribute(Element element, Element owner, String key) {
		String name = key.substring(key.lastIndexOf(':') + 1);
		String value = element.attribute(key);
		boolean camunda = key.startsWith(CAMUNDA_BPMN_EXTENSIONS_NS.getNamespaceUri() + ":")
				|| CAMUNDA_BPMN_EXTENSIONS_NS.getAlternativeUri() != null
						&& key.startsWith(CAMUNDA_BPMN_EXTENSIONS_NS.getAlternativeUri() + ":")
				|| isCamunda(element);
		if (camunda && ("class".equals(name) || name.endsWith("Class"))) {
			report(owner, element, "camunda:" + name + "=\"" + value + "\" laat de server een Java-klasse naar keuze uitvoeren;"
					+ " dat mag niet. Gebruik camunda:delegateExpression met een van Leernets delegates, bijvoorbeeld"
					+ " ${sendMailDelegate}.");
		}
		else if (ModelExpressions.isExpression(value)) {
			expressions.problem(value).ifPresent(problem -> report(owner, element, name + ": " + problem));
		}
	}

	/** Checks the element and everything in it; the owner is the BPMN element a message names. */
	private void check(Element element, Element owner) {
		if (BpmnParser.BPMN20_NS.equals(element.getUri()) && element.attribute("id") != null) {
			owner = element;
		}
		checkDelegateExpression(element, owner);
		checkFormRef(element, owner);
		checkCalledElement(element, owner);
		for (Element child : element.elements()) {
			check(child, owner);
		}
	}

	private void checkDelegateExpression(Element element, Element owner) {
		String expression = element.attributeNS(CAMUNDA_BPMN_EXTENSIONS_NS, "delegateExpression");
		String what = "delegateExpression";
		if (expression == null && isCamunda(element) && element.getTagName().endsWith("Listener")) {
			expression = element.attribute("delegateExpression");
			what = "de " + element.getTagName() + " (" + element.attribute("event", "?") + ") met delegateExpression";
		}
		if (expression == null) {
			return;
		}
		Matcher bean = BEAN_NAME.matcher(expression);
		if (bean.matches() && !beanExists.test(bean.group(1))) {
			report(owner, element, what + " " + expression.strip() + " noemt '" + bean.group(1)
					+ "', maar Leernet kent geen bean met die naam.");
		}
		else if (bean.matches()) {
			checkRequiredInput(bean.group(1), owner);
		}
	}

	/** A step that reads an input parameter cannot run without it: say so at deployment, not on a submit. */
	private void checkRequiredInput(String bean, Element owner) {
		RequiredInputs.Required required = RequiredInputs.of(bean);
		if (required == null) {
			return;
		}
		String value = inputParameter(owner, required.name());
		if (value == null || !required.values().contains(value.strip())) {
			report(owner, owner, "${" + bean + "} heeft de invoerparameter " + required.name() + " nodig met een van "
					+ String.join(", ", required.values()) + (value == null ? "; die ontbreekt." : ", niet '" + value.strip() + "'."));
		}
	}

	private static String inputParameter(Element owner, String name) {
		Element extensions = owner.element("extensionElements");
		Element io = extensions == null ? null : extensions.elementNS(CAMUNDA_BPMN_EXTENSIONS_NS, "inputOutput");
		if (io == null) {
			return null;
		}
		for (Element input : io.elementsNS(CAMUNDA_BPMN_EXTENSIONS_NS, "inputParameter")) {
			if (name.equals(input.attribute("name"))) {
				return input.getText();
			}
		}
		return null;
	}

	private void checkFormRef(Element element, Element owner) {
		if (!BpmnParser.BPMN20_NS.equals(element.getUri()) || !ELEMENTS_WITH_FORMS.contains(element.getTagName())) {
			return;
		}
		String key = element.attributeNS(CAMUNDA_BPMN_EXTENSIONS_NS, "formRef");
		if (key == null || key.contains("{")) {
			return;
		}
		String binding = Objects.requireNonNullElse(element.attributeNS(CAMUNDA_BPMN_EXTENSIONS_NS, "formRefBinding"),
				FORM_REF_BINDING_LATEST);
		String problem = switch (binding) {
			case FORM_REF_BINDING_DEPLOYMENT -> contents.hasForm(key) ? null
					: "formulier '" + key + "' zit niet in deze deployment, en formRefBinding \"deployment\" zoekt het"
							+ " alleen daar. Deploy het .form-bestand mee (Camunda Modeler: Include additional files).";
			case FORM_REF_BINDING_LATEST -> contents.hasForm(key) || latestDeployed(key) != null ? null
					: "formulier '" + key + "' bestaat niet: het zit niet in deze deployment en is ook niet eerder gedeployed.";
			case FORM_REF_BINDING_VERSION -> versionProblem(key,
					element.attributeNS(CAMUNDA_BPMN_EXTENSIONS_NS, "formRefVersion"));
			default -> null;
		};
		if (problem != null) {
			report(owner, element, problem);
		}
	}

	private void checkCalledElement(Element element, Element owner) {
		if (!BpmnParser.BPMN20_NS.equals(element.getUri()) || !"callActivity".equals(element.getTagName())) {
			return;
		}
		String key = element.attribute("calledElement");
		if (key == null || key.contains("{")) {
			return;
		}
		String binding = Objects.requireNonNullElse(element.attributeNS(CAMUNDA_BPMN_EXTENSIONS_NS, "calledElementBinding"),
				"latest");
		String problem = switch (binding) {
			case "deployment" -> contents.hasProcess(key) ? null
					: "roept proces '" + key + "' aan met calledElementBinding \"deployment\", maar dat proces zit niet in"
							+ " deze deployment. Deploy het .bpmn-bestand mee (Camunda Modeler: Include additional files).";
			case "latest" -> contents.hasProcess(key) || latestDeployedProcess(key) ? null
					: "roept proces '" + key + "' aan, maar dat proces bestaat niet: het zit niet in deze deployment"
							+ " en is ook niet eerder gedeployed.";
			default -> null;
		};
		if (problem != null) {
			report(owner, element, problem);
		}
	}

	private String versionProblem(String key, String versionText) {
		if (versionText == null || !versionText.strip().matches("\\d+")) {
			return null; // Camunda's own parse reports a missing version; an expression is known at run time
		}
		int version = Integer.parseInt(versionText.strip());
		if (forms().findDefinitionByKeyVersionAndTenantId(key, version, null) != null) {
			return null;
		}
		CamundaFormDefinitionEntity latest = latestDeployed(key);
		int versionOfThisDeployment = latest == null ? 1 : latest.getVersion() + 1;
		if (contents.hasForm(key) && version == versionOfThisDeployment) {
			return null;
		}
		return "formulier '" + key + "' versie " + version + " bestaat niet.";
	}

	/** At the element's line; a listener has no id of its own, so the problem names its owner's. */
	private void report(Element owner, Element element, String problem) {
		if (element == owner) {
			addError(label(owner) + ": " + problem, element);
		}
		else {
			addError(label(owner) + ": " + problem, element, owner.attribute("id"));
		}
	}

	/** {@code Element "Kick-off plannen" (Task_PlanKickoff)}: what a process owner sees in Modeler. */
	static String label(Element owner) {
		String name = owner.attribute("name");
		String id = owner.attribute("id");
		return name == null || name.isBlank() ? "Element " + id
				: "Element \"" + name.strip().replaceAll("\\s+", " ") + "\" (" + id + ")";
	}

	private static boolean isCamunda(Element element) {
		return Objects.equals(CAMUNDA_BPMN_EXTENSIONS_NS.getNamespaceUri(), element.getUri())
				|| Objects.equals(CAMUNDA_BPMN_EXTENSIONS_NS.getAlternativeUri(), element.getUri());
	}

	private static boolean latestDeployedProcess(String key) {
		return Context.getCommandContext().getProcessDefinitionManager().findLatestProcessDefinitionByKey(key) != null;
	}

	private CamundaFormDefinitionEntity latestDeployed(String key) {
		return forms().findLatestDefinitionByKey(key);
	}

	private static CamundaFormDefinitionManager forms() {
		return Context.getCommandContext().getCamundaFormDefinitionManager();
	}

}
