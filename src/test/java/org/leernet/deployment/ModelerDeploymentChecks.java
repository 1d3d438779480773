package org.leernet.deployment;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.impl.BpmnModelConstants;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leernet.deployment.ModelFiles.BpmnFile;
import org.leernet.deployment.ModelFiles.FormFile;
import org.leernet.deployment.ModelFiles.ModelFile;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * A process owner deploys from Camunda Modeler through the REST API, exactly as Modeler sends
 * it; broken models are refused before they reach a network; and the start-up deployment keeps
 * {@code processes/} and {@code forms/} the source of truth afterwards. Run on H2 and on
 * PostgreSQL by the subclasses. The tests share one engine, so each compares with the state it
 * finds instead of assuming a fresh one.
 */
abstract class ModelerDeploymentChecks {

	static final String PROCESS_OWNER = "process-owner";

	/** The model files of this repository, as the application deploys them at start-up. */
	static final ModelFiles REPOSITORY = ModelFiles.read(Path.of("").toAbsolutePath().toUri().toString());

	private static final AtomicInteger networkNumber = new AtomicInteger();

	@Autowired
	TestRestTemplate rest;

	@Autowired
	RepositoryService repositoryService;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	FormService formService;

	@Autowired
	ProcessEngineConfigurationImpl engine;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	ModelDeployment startUpDeployment;

	/** A checkout of the repository whose files a test changes as a commit would. */
	@TempDir
	Path checkout;

	final ObjectMapper json = new ObjectMapper();

	protected abstract String codePrefix();

	/** Tests on H2 share one database: leave it with what the repository holds, as a restart would. */
	@AfterEach
	void deployTheRepositoryAgain() {
		startUpDeployment.deploy();
	}

	// ------------------------------------------------------------------ deploying from Modeler

	@Test
	void aProcessOwnerDeploysFromModelerAndOnlyNewNetworksStartOnTheNewVersion() throws IOException {
		ProcessInstance running = startNetwork();
		ProcessDefinition before = latest("learning-network");
		BpmnFile bpmn = learningNetwork();

		ResponseEntity<String> response = deploy(asModelerDeploysIt(bpmn, changed(bpmn.content())), PROCESS_OWNER);

		assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
		ProcessDefinition after = latest("learning-network");
		assertThat(after.getVersion()).isEqualTo(before.getVersion() + 1);
		assertThat(json.readTree(response.getBody()).path("deployedProcessDefinitions").has(after.getId())).isTrue();
		Deployment deployment = repositoryService.createDeploymentQuery().deploymentId(after.getDeploymentId()).singleResult();
		assertThat(deployment.getName()).isEqualTo("learning-network");
		assertThat(deployment.getSource()).isEqualTo("Camunda Modeler");
		assertThat(startForm(after)).as("the start form, bound to its deployment").contains("\"id\"");

		ProcessInstance startedAfter = startNetwork();
		assertThat(startedAfter.getProcessDefinitionId()).as("a new network").isEqualTo(after.getId());
		assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(running.getId()).singleResult()
			.getProcessDefinitionId()).as("a running network keeps its version").isEqualTo(before.getId());
	}

	@Test
	void anonymousIsRefusedAndOnlyProcessOwnersMayDeploy() {
		Counts before = counts();
		BpmnFile bpmn = learningNetwork();
		ModelerUpload upload = asModelerDeploysIt(bpmn, changed(bpmn.content()));

		assertThat(deploy(upload, null).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
		for (String user : List.of("coordinator", "adviser1", "participant-a")) {
			assertThat(deploy(upload, user).getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
		}
		assertThat(counts()).isEqualTo(before);
	}

	@Test
	void aProcessOwnerCanNeitherDeleteADeploymentNorStartANetwork() {
		Counts before = counts();
		TestRestTemplate processOwner = rest.withBasicAuth(PROCESS_OWNER, PROCESS_OWNER);
		String deploymentId = latest("learning-network").getDeploymentId();

		ResponseEntity<String> delete = processOwner.exchange("/engine-rest/deployment/" + deploymentId + "?cascade=true",
				HttpMethod.DELETE, null, String.class);
		ResponseEntity<String> start = processOwner.postForEntity("/engine-rest/process-definition/key/learning-network/start",
				Map.of("businessKey", codePrefix() + "-PO-1"), String.class);

		assertThat(delete.getStatusCode()).as("deleting would take the running networks along").isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(start.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(counts()).isEqualTo(before);
	}

	// ------------------------------------------------------------------ refused before it hurts

	@Test
	void aDiagramThatDoesNotParseIsRefusedAndNothingIsDeployed() throws IOException {
		Counts before = counts();
		BpmnFile bpmn = learningNetwork();
		byte[] cutOff = Arrays.copyOf(bpmn.content(), bpmn.content().length / 2);

		ResponseEntity<String> response = deploy(asModelerDeploysIt(bpmn, cutOff), PROCESS_OWNER);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		JsonNode body = json.readTree(response.getBody());
		assertThat(body.path("type").asText()).isEqualTo("ParseException");
		// the prefix Camunda Modeler recognises as "Server could not parse the diagram"
		assertThat(body.path("message").asText()).startsWith("ENGINE-09005 Could not parse BPMN process.")
			.contains("| resource learning-network.bpmn | line ");
		assertThat(counts()).isEqualTo(before);
	}

	@Test
	void aDelegateExpressionOrListenerNamingNoBeanIsRefusedNamingTheElement() throws IOException {
		Counts before = counts();
		BpmnModelInstance model = Bpmn.createExecutableProcess("modeler-bean-check")
			.name("Bonencontrole")
			.camundaHistoryTimeToLive(30)
			.startEvent("Start_BeanCheck")
			.serviceTask("Task_Known").name("Bestaande bean").camundaDelegateExpression("${openNetworkDelegate}")
			.serviceTask("Task_Check").name("Controle\nuitvoeren").camundaDelegateExpression("${noSuchDelegate}")
			.userTask("Task_Review").name("Nakijken").camundaTaskListenerDelegateExpression("complete", "${noSuchListener}")
			.serviceTask("Task_Computed").name("Berekend").camundaDelegateExpression("${delegates.pick(execution)}")
			.endEvent("End_BeanCheck")
			.done();

		ResponseEntity<String> response = deploy(ModelerUpload.of("modeler-bean-check.bpmn",
				Bpmn.convertToString(model).getBytes(UTF_8)), PROCESS_OWNER);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		JsonNode body = json.readTree(response.getBody());
		assertThat(body.path("message").asText())
			.contains("Element \"Controle uitvoeren\" (Task_Check): delegateExpression ${noSuchDelegate} noemt 'noSuchDelegate'")
			.contains("Element \"Nakijken\" (Task_Review): de taskListener (complete) met delegateExpression ${noSuchListener}")
			.doesNotContain("Task_Known")
			.doesNotContain("Task_Computed");
		assertThat(problemElements(body, "modeler-bean-check.bpmn")).containsExactlyInAnyOrder("Task_Check", "Task_Review");
		assertThat(counts()).isEqualTo(before);
	}

	@Test
	void aStepWithoutTheInputParameterItReadsIsRefusedNamingTheElement() throws IOException {
		Counts before = counts();
		BpmnModelInstance model = Bpmn.createExecutableProcess("modeler-input-check")
			.name("Invoercontrole")
			.camundaHistoryTimeToLive(30)
			.startEvent("Start_InputCheck")
			.userTask("Task_PlanWithKind").name("Met soort").camundaInputParameter("sessionKind", "COLLECTIVE")
			.camundaTaskListenerDelegateExpression("complete", "${planSessionListener}")
			.userTask("Task_PlanWithoutKind").name("Zonder soort")
			.camundaTaskListenerDelegateExpression("complete", "${planSessionListener}")
			.serviceTask("Task_RemindWrongPhase").name("Verkeerde fase").camundaInputParameter("measurementPhase", "MIDDEN")
			.camundaDelegateExpression("${sendSurveyReminderDelegate}")
			.endEvent("End_InputCheck")
			.done();

		ResponseEntity<String> response = deploy(ModelerUpload.of("modeler-input-check.bpmn",
				Bpmn.convertToString(model).getBytes(UTF_8)), PROCESS_OWNER);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		JsonNode body = json.readTree(response.getBody());
		assertThat(body.path("message").asText())
			.contains("Element \"Zonder soort\" (Task_PlanWithoutKind): ${planSessionListener} heeft de invoerparameter"
					+ " sessionKind nodig met een van INTAKE, KICKOFF, COLLECTIVE, INDIVIDUAL, CLOSING; die ontbreekt.")
			.contains("Element \"Verkeerde fase\" (Task_RemindWrongPhase): ${sendSurveyReminderDelegate} heeft de"
					+ " invoerparameter measurementPhase nodig met een van BASELINE, END, niet 'MIDDEN'.");
		assertThat(problemElements(body, "modeler-input-check.bpmn")).containsExactlyInAnyOrder("Task_PlanWithoutKind",
				"Task_RemindWrongPhase");
		assertThat(counts()).isEqualTo(before);
	}

	@Test
	void aDiagramWhoseFormWasLeftOutIsRefusedNamingTheTask() throws IOException {
		Counts before = counts();
		BpmnFile bpmn = learningNetwork();
		String leftOut = bpmn.formsOfItsDeployment().get(bpmn.formsOfItsDeployment().size() - 1);
		FlowNode task = Bpmn.readModelFromStream(new ByteArrayInputStream(bpmn.content()))
			.getModelElementsByType(FlowNode.class)
			.stream()
			.filter(node -> leftOut.equals(node.getAttributeValueNs(BpmnModelConstants.CAMUNDA_NS, "formRef")))
			.findFirst()
			.orElseThrow();
		ModelerUpload upload = asModelerDeploysIt(bpmn, changed(bpmn.content()),
				file -> !(file instanceof FormFile form && form.key().equals(leftOut)));

		ResponseEntity<String> response = deploy(upload, PROCESS_OWNER);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		JsonNode body = json.readTree(response.getBody());
		assertThat(body.path("message").asText()).contains("Element \"" + task.getName().strip().replaceAll("\\s+", " ")
				+ "\" (" + task.getId() + "): formulier '" + leftOut + "' zit niet in deze deployment");
		assertThat(problemElements(body, fileName(bpmn.name()))).containsExactly(task.getId());
		assertThat(counts()).isEqualTo(before);
	}

	@Test
	void aDiagramWithoutTheProcessesItCallsInItsDeploymentIsRefusedNamingTheCalls() throws IOException {
		Counts before = counts();
		BpmnFile bpmn = learningNetwork();
		List<String> callsToTheirDeployment = Bpmn.readModelFromStream(new ByteArrayInputStream(bpmn.content()))
			.getModelElementsByType(CallActivity.class)
			.stream()
			.filter(call -> "deployment".equals(call.getCamundaCalledElementBinding()))
			.map(CallActivity::getId)
			.toList();
		assertThat(callsToTheirDeployment).isNotEmpty();

		ResponseEntity<String> response = deploy(asModelerDeploysIt(bpmn, changed(bpmn.content()),
				file -> file instanceof FormFile form && bpmn.formsOfItsDeployment().contains(form.key())), PROCESS_OWNER);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		JsonNode body = json.readTree(response.getBody());
		assertThat(body.path("message").asText()).contains("met calledElementBinding \"deployment\", maar dat proces zit niet in deze deployment");
		assertThat(problemElements(body, fileName(bpmn.name()))).containsExactlyInAnyOrderElementsOf(callsToTheirDeployment);
		assertThat(counts()).isEqualTo(before);
	}

	@Test
	void aFormRefThatFindsNoFormForItsBindingIsRefused() throws IOException {
		Counts before = counts();
		String deployedForm = REPOSITORY.forms().get(0).key();
		BpmnModelInstance model = Bpmn.createExecutableProcess("modeler-form-check")
			.name("Formuliercontrole")
			.camundaHistoryTimeToLive(30)
			.startEvent("Start_FormCheck").name("Start").camundaFormRef("Form_Included").camundaFormRefBinding("deployment")
			.userTask("Task_Latest").name("Laatste versie").camundaFormRef(deployedForm).camundaFormRefBinding("latest")
			.userTask("Task_Unknown").name("Onbekend formulier").camundaFormRef("Form_NeverDeployed").camundaFormRefBinding("latest")
			.userTask("Task_Version").name("Versie 999").camundaFormRef(deployedForm).camundaFormRefBinding("version")
			.camundaFormRefVersion("999")
			.userTask("Task_Forgotten").name("Vergeten formulier").camundaFormRef("Form_Forgotten").camundaFormRefBinding("deployment")
			.endEvent("End_FormCheck")
			.done();
		ModelerUpload upload = ModelerUpload.of("modeler-form-check.bpmn", Bpmn.convertToString(model).getBytes(UTF_8))
			.with("included.form", "{\"id\":\"Form_Included\",\"type\":\"default\",\"schemaVersion\":16,\"components\":[]}"
				.getBytes(UTF_8));

		ResponseEntity<String> response = deploy(upload, PROCESS_OWNER);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		JsonNode body = json.readTree(response.getBody());
		assertThat(body.path("message").asText())
			.contains("Element \"Onbekend formulier\" (Task_Unknown): formulier 'Form_NeverDeployed' bestaat niet")
			.contains("Element \"Versie 999\" (Task_Version): formulier '" + deployedForm + "' versie 999 bestaat niet")
			.contains("Element \"Vergeten formulier\" (Task_Forgotten): formulier 'Form_Forgotten' zit niet in deze deployment");
		assertThat(problemElements(body, "modeler-form-check.bpmn"))
			.containsExactlyInAnyOrder("Task_Unknown", "Task_Version", "Task_Forgotten");
		assertThat(counts()).isEqualTo(before);
	}

	// ------------------------------------------------------------------ the files stay the source of truth

	@Test
	void aChangeDeployedFromModelerAndCommittedIsNotDeployedAgainAtStartUp() throws IOException {
		ModelDeployment startUp = startUpDeploymentOf(checkoutOfTheRepository());
		startUp.deploy(); // the engine now has what is committed, whatever the other tests deployed
		BpmnFile bpmn = learningNetwork();
		byte[] change = changed(bpmn.content());
		assertThat(deploy(asModelerDeploysIt(bpmn, change), PROCESS_OWNER).getStatusCode()).isEqualTo(HttpStatus.OK);
		int versionFromModeler = latest("learning-network").getVersion();

		Files.write(checkout.resolve(bpmn.name()), change);
		Counts before = counts();
		assertThat(startUp.deploy()).as("the committed file equals what Modeler deployed").isEmpty();
		assertThat(counts()).isEqualTo(before);

		Files.write(checkout.resolve(bpmn.name()), changed(change));
		Optional<Deployment> deployment = startUp.deploy();
		assertThat(deployment).as("the committed file differs").isPresent();
		ProcessDefinition latest = latest("learning-network");
		assertThat(latest.getVersion()).isEqualTo(versionFromModeler + 1);
		assertThat(latest.getDeploymentId()).isEqualTo(deployment.get().getId());
		assertThat(repositoryService.getDeploymentResourceNames(deployment.get().getId()))
			.as("the BPMN with the processes and forms it binds to its deployment, nothing else")
			.containsExactlyInAnyOrderElementsOf(namesOf(REPOSITORY.deploymentOf(bpmn)));
		assertThat(startForm(latest)).contains("\"id\"");
		assertThat(startUp.deploy()).as("a second start-up").isEmpty();
	}

	@Test
	void aChangedFormIsDeployedWithEveryProcessThatBindsItToItsDeployment() throws IOException {
		ModelDeployment startUp = startUpDeploymentOf(checkoutOfTheRepository());
		startUp.deploy();
		BpmnFile someProcess = REPOSITORY.processes()
			.stream()
			.filter(process -> !process.formsOfItsDeployment().isEmpty())
			.min(Comparator.comparing(process -> process.formsOfItsDeployment().size()))
			.orElseThrow();
		FormFile form = REPOSITORY.form(someProcess.formsOfItsDeployment().get(0)).orElseThrow();
		List<BpmnFile> bindingIt = REPOSITORY.processes()
			.stream()
			.filter(process -> REPOSITORY.deploymentOf(process).contains(form))
			.toList();
		Map<String, Integer> versionsBefore = latestVersions();

		byte[] changedForm = (new String(form.content(), UTF_8).stripTrailing() + "\n\n").getBytes(UTF_8);
		Files.write(checkout.resolve(form.name()), changedForm);
		Optional<Deployment> deployment = startUp.deploy();

		assertThat(deployment).isPresent();
		List<String> expected = bindingIt.stream()
			.flatMap(process -> namesOf(REPOSITORY.deploymentOf(process)).stream())
			.distinct()
			.toList();
		assertThat(repositoryService.getDeploymentResourceNames(deployment.get().getId()))
			.as("the form with every process that binds it to its deployment, directly or through a call")
			.containsExactlyInAnyOrderElementsOf(expected);
		try (InputStream deployed = repositoryService.getResourceAsStream(deployment.get().getId(), form.name())) {
			assertThat(deployed.readAllBytes()).isEqualTo(changedForm);
		}
		Map<String, Integer> versionsAfter = latestVersions();
		for (BpmnFile process : REPOSITORY.processes()) {
			for (String key : process.processKeys()) {
				int expectedVersion = versionsBefore.get(key) + (bindingIt.contains(process) ? 1 : 0);
				assertThat(versionsAfter.get(key)).as(key).isEqualTo(expectedVersion);
			}
		}
		assertThat(startUp.deploy()).isEmpty();
	}

	// ------------------------------------------------------------------ helpers

	record Counts(long deployments, long processDefinitions) {
	}

	Counts counts() {
		return new Counts(repositoryService.createDeploymentQuery().count(),
				repositoryService.createProcessDefinitionQuery().count());
	}

	ResponseEntity<String> deploy(ModelerUpload upload, String user) {
		return rest.exchange("/engine-rest/deployment/create", HttpMethod.POST, upload.as(user), String.class);
	}

	/**
	 * What Modeler sends with "Include additional files": the diagram, and the processes it calls
	 * and the forms they show, all bound to their deployment.
	 */
	static ModelerUpload asModelerDeploysIt(BpmnFile bpmn, byte[] diagram) {
		return asModelerDeploysIt(bpmn, diagram, file -> true);
	}

	static ModelerUpload asModelerDeploysIt(BpmnFile bpmn, byte[] diagram, Predicate<ModelFile> included) {
		ModelerUpload upload = ModelerUpload.of(fileName(bpmn.name()), diagram);
		for (ModelFile file : REPOSITORY.deploymentOf(bpmn)) {
			if (file != bpmn && included.test(file)) {
				upload.with(fileName(file.name()), file.content());
			}
		}
		return upload;
	}

	static List<String> namesOf(List<ModelFile> files) {
		return files.stream().map(ModelFile::name).toList();
	}

	static BpmnFile learningNetwork() {
		return REPOSITORY.processes()
			.stream()
			.filter(process -> process.processKeys().contains("learning-network"))
			.findFirst()
			.orElseThrow();
	}

	/** The same model in other bytes, as saving a small change in Modeler gives. */
	static byte[] changed(byte[] bpmn) {
		String xml = new String(bpmn, UTF_8);
		int afterDeclaration = xml.startsWith("<?xml") ? xml.indexOf("?>") + 2 : 0;
		return (xml.substring(0, afterDeclaration) + "\n<!-- changed " + UUID.randomUUID() + " -->"
				+ xml.substring(afterDeclaration)).getBytes(UTF_8);
	}

	/** Modeler sends plain file names: {@code learning-network.bpmn}, not {@code processes/...}. */
	static String fileName(String resourceName) {
		return resourceName.substring(resourceName.lastIndexOf('/') + 1);
	}

	ProcessDefinition latest(String key) {
		return repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).withoutTenantId().latestVersion()
			.singleResult();
	}

	Map<String, Integer> latestVersions() {
		Map<String, Integer> versions = new HashMap<>();
		REPOSITORY.processes()
			.forEach(process -> process.processKeys().forEach(key -> versions.put(key, latest(key).getVersion())));
		return versions;
	}

	String startForm(ProcessDefinition definition) throws IOException {
		try (InputStream form = formService.getDeployedStartForm(definition.getId())) {
			return new String(form.readAllBytes(), UTF_8);
		}
	}

	/** The ids of the elements Camunda's ParseException names for one resource. */
	static List<String> problemElements(JsonNode body, String resource) {
		return body.path("details").path(resource).path("errors").findValuesAsText("mainElementId");
	}

	ProcessInstance startNetwork() {
		String code = codePrefix() + "-MODELER-" + networkNumber.incrementAndGet();
		return runtimeService.startProcessInstanceByKey("learning-network", code, Map.of("networkCode", code,
				"networkName", "Modelertest", "registrationDeadline", LocalDate.now().plusMonths(2).toString()));
	}

	Path checkoutOfTheRepository() throws IOException {
		for (var file : REPOSITORY.processes()) {
			write(file.name(), file.content());
		}
		for (var file : REPOSITORY.forms()) {
			write(file.name(), file.content());
		}
		return checkout;
	}

	private void write(String name, byte[] content) throws IOException {
		Files.createDirectories(checkout.resolve(name).getParent());
		Files.write(checkout.resolve(name), content);
	}

	ModelDeployment startUpDeploymentOf(Path folder) {
		return new ModelDeployment(repositoryService, engine, transactions, folder.toUri().toString());
	}

}
