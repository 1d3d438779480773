package org.leernet.security;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.el.StartProcessVariableScope;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.leernet.deployment.ModelerUpload;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Class 2 of issue 17: a process owner deploys from Camunda Modeler, and whatever the diagram
 * holds, it cannot run code of its own on the server. Every attempt is refused at deployment
 * with a 400 naming the element, and changes nothing; an expression that reaches the engine
 * anyway finds only Leernet's own beans and no way to the JVM.
 */
interface DeploymentCodeChecks extends HostileUser {

	String PROCESS_OWNER = "process-owner";

	/** Runs when the deployment's timer start event is scheduled, that is during the deployment itself. */
	@Test
	default void anExpressionThatExecutesACommandIsRefusedAndNothingRuns() throws Exception {
		Path pwned = Path.of(System.getProperty("java.io.tmpdir"), "pwned-" + UUID.randomUUID());
		String expression = "${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('touch "
				+ pwned + "').waitFor() == 0 ? '2099-01-01T00:00:00' : '2099-01-01T00:00:00'}";
		BpmnModelInstance model = Bpmn.createExecutableProcess("code-check-exec")
			.name("Opdracht uitvoeren")
			.camundaHistoryTimeToLive(30)
			.startEvent("Timer_RunCommand").name("Op tijd").timerWithDate(expression)
			.endEvent("End_RunCommand")
			.done();
		long deployments = deploymentCount();

		ResponseEntity<String> response = deployAsProcessOwner("code-check-exec.bpmn", model);

		assertRefused(response, "code-check-exec.bpmn", "Timer_RunCommand");
		Thread.sleep(500); // a started command would have touched the file by now
		assertThat(Files.exists(pwned)).as("the command ran: " + pwned).isFalse();
		assertThat(deploymentCount()).isEqualTo(deployments);
	}

	@Test
	default void anExpressionThatCallsAnEngineServiceIsRefusedAndGrantsNothing() throws Exception {
		BpmnModelInstance model = Bpmn.createExecutableProcess("code-check-membership")
			.name("Beheerder worden")
			.camundaHistoryTimeToLive(30)
			.startEvent("Timer_BecomeAdmin").name("Op tijd")
			.timerWithDate("${identityService.createMembership('" + PROCESS_OWNER + "', 'camunda-admin') == null"
					+ " ? '2099-01-01T00:00:00' : '2099-01-01T00:00:00'}")
			.endEvent("End_BecomeAdmin")
			.done();
		long deployments = deploymentCount();

		ResponseEntity<String> response = deployAsProcessOwner("code-check-membership.bpmn", model);

		assertRefused(response, "code-check-membership.bpmn", "Timer_BecomeAdmin");
		assertThat(JSON.readTree(response.getBody()).path("message").asText()).contains("identityService");
		assertThat(engine().getIdentityService().createGroupQuery().groupMember(PROCESS_OWNER).groupId("camunda-admin").count())
			.as("process-owner became an administrator").isZero();
		assertThat(deploymentCount()).isEqualTo(deployments);
	}

	@Test
	default void aJavaClassOnAServiceTaskIsRefused() throws Exception {
		BpmnModelInstance model = Bpmn.createExecutableProcess("code-check-class")
			.name("Eigen klasse")
			.camundaHistoryTimeToLive(30)
			.startEvent("Start_OwnClass").name("Start")
			.serviceTask("Task_StartProcess").name("Proces starten").camundaClass("java.lang.ProcessBuilder")
			.endEvent("End_OwnClass").name("Klaar")
			.done();

		assertNothingDeployed("code-check-class.bpmn", model, "Task_StartProcess");
	}

	@Test
	default void aScriptTaskIsRefused() throws Exception {
		BpmnModelInstance model = Bpmn.createExecutableProcess("code-check-script-task")
			.name("Scripttaak")
			.camundaHistoryTimeToLive(30)
			.startEvent("Start_Script").name("Start")
			.scriptTask("Task_RunGroovy").name("Groovy").scriptFormat("groovy")
			.scriptText("'touch /tmp/pwned-groovy'.execute()")
			.scriptTask("Task_RunJuel").name("Juel").scriptFormat("juel")
			.scriptText("${identityService.createMembership('process-owner', 'camunda-admin')}")
			.endEvent("End_Script").name("Klaar")
			.done();

		assertNothingDeployed("code-check-script-task.bpmn", model, "Task_RunGroovy", "Task_RunJuel");
	}

	@Test
	default void aScriptListenerInputOrConditionIsRefused() throws Exception {
		String diagram = """
				<?xml version="1.0" encoding="UTF-8"?>
				<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
				    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_ScriptListener"
				    targetNamespace="http://bpmn.io/schema/bpmn">
				  <bpmn:process id="code-check-script-listener" name="Scriptluisteraar" isExecutable="true"
				      camunda:historyTimeToLive="30">
				    <bpmn:startEvent id="Start_ScriptListener" name="Start">
				      <bpmn:extensionElements>
				        <camunda:executionListener event="start">
				          <camunda:script scriptFormat="javascript">java.lang.Runtime.getRuntime().exec("touch /tmp/pwned-js")</camunda:script>
				        </camunda:executionListener>
				      </bpmn:extensionElements>
				      <bpmn:outgoing>Flow_ToEnd</bpmn:outgoing>
				    </bpmn:startEvent>
				    <bpmn:sequenceFlow id="Flow_ToEnd" sourceRef="Start_ScriptListener" targetRef="End_ScriptListener">
				      <bpmn:conditionExpression xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:type="bpmn:tFormalExpression"
				          language="groovy">'touch /tmp/pwned-condition'.execute() != null</bpmn:conditionExpression>
				    </bpmn:sequenceFlow>
				    <bpmn:endEvent id="End_ScriptListener" name="Klaar">
				      <bpmn:extensionElements>
				        <camunda:inputOutput>
				          <camunda:inputParameter name="scripted">
				            <camunda:script scriptFormat="groovy" resource="deployment://pwn.groovy" />
				          </camunda:inputParameter>
				        </camunda:inputOutput>
				      </bpmn:extensionElements>
				      <bpmn:incoming>Flow_ToEnd</bpmn:incoming>
				    </bpmn:endEvent>
				  </bpmn:process>
				</bpmn:definitions>
				""";

		assertNothingDeployed("code-check-script-listener.bpmn", diagram.getBytes(UTF_8), "Start_ScriptListener",
				"Flow_ToEnd", "End_ScriptListener");
	}

	@Test
	default void anExpressionThatReachesTheEngineThroughTheExecutionIsRefused() throws Exception {
		BpmnModelInstance model = Bpmn.createExecutableProcess("code-check-engine")
			.name("Via de uitvoering")
			.camundaHistoryTimeToLive(30)
			.startEvent("Start_Engine").name("Start")
			.serviceTask("Task_ReachEngine").name("Motor bereiken")
			.camundaExpression("${execution.getProcessEngineServices().getIdentityService()"
					+ ".createMembership('process-owner', 'camunda-admin')}")
			.userTask("Task_ReachEngineAgain").name("Nog eens").camundaAssignee("${task.processEngineServices.identityService"
					+ ".createUserQuery().list()[0].id}")
			.endEvent("End_Engine").name("Klaar")
			.done();

		assertNothingDeployed("code-check-engine.bpmn", model, "Task_ReachEngine", "Task_ReachEngineAgain");
	}

	/** What process owners do every day: variables in conditions, due dates, Leernet's own delegates. */
	@Test
	default void aModelWithVariablesAndLeernetDelegatesStillDeploys() throws Exception {
		BpmnModelInstance model = Bpmn.createExecutableProcess("code-check-allowed")
			.name("Toegestaan model")
			.camundaHistoryTimeToLive(30)
			.startEvent("Start_Allowed").name("Start")
			.exclusiveGateway("Gateway_EnoughOrganisations").name("Genoeg organisaties?")
			.condition("ja", "${registeredOrganisations >= minimumOrganisations && !recruitmentClosed}")
			.serviceTask("Task_Open").name("Openen").camundaDelegateExpression("${openNetworkDelegate}")
			.userTask("Task_Check").name("Nakijken").camundaCandidateGroups("coordinators")
			.camundaDueDate("${dueDates.inDays(7)}").camundaAssignee("${adviser}")
			.endEvent("End_Allowed").name("Klaar")
			.moveToNode("Gateway_EnoughOrganisations")
			.condition("nee", "${registeredOrganisations < minimumOrganisations || execution.processBusinessKey == 'X'}")
			.endEvent("End_NotEnough").name("Te weinig")
			.done();

		ResponseEntity<String> response = deployAsProcessOwner("code-check-allowed.bpmn", model);

		assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
	}

	/**
	 * An expression the parse never saw, e.g. from a deployment made before the check existed,
	 * evaluated by the engine itself: it finds no engine service and no way to a class.
	 */
	@Test
	default void anExpressionThatSlipsPastTheParseStillFindsNoEngineServiceAndNoClass() {
		ProcessEngineConfigurationImpl configuration = bean(ProcessEngineConfigurationImpl.class);

		assertThat(evaluate(configuration, "${dueDates.inDays(7)}")).as("a Leernet helper bean").isNotNull();
		assertThat(evaluate(configuration, "${'leernet'.length()}")).isEqualTo(7);
		assertThat(evaluate(configuration, "${now()}")).as("the functions of Tasklist filters").isNotNull();
		evaluate(configuration, "${currentUserGroups()}");
		for (String expression : List.of("${identityService}", "${processEngine}", "${runtimeService}",
				"${''.getClass()}", "${''.class}", "${''['class']}", "${dueDates.getClass().getClassLoader()}",
				"${'x'.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null)}")) {
			assertThatThrownBy(() -> evaluate(configuration, expression)).as(expression)
				.isInstanceOf(ProcessEngineException.class);
		}
	}

	// ------------------------------------------------------------------ helpers

	ObjectMapper JSON = new ObjectMapper();

	private Object evaluate(ProcessEngineConfigurationImpl configuration, String expression) {
		return configuration.getCommandExecutorTxRequired()
			.execute(context -> configuration.getExpressionManager()
				.createExpression(expression)
				.getValue(StartProcessVariableScope.getSharedInstance()));
	}

	private ResponseEntity<String> deployAsProcessOwner(String fileName, BpmnModelInstance model) {
		return deployAsProcessOwner(fileName, Bpmn.convertToString(model).getBytes(UTF_8));
	}

	private ResponseEntity<String> deployAsProcessOwner(String fileName, byte[] diagram) {
		return rest().exchange("/engine-rest/deployment/create", HttpMethod.POST,
				ModelerUpload.of(fileName, diagram).as(PROCESS_OWNER), String.class);
	}

	private void assertNothingDeployed(String fileName, BpmnModelInstance model, String... elements) throws Exception {
		assertNothingDeployed(fileName, Bpmn.convertToString(model).getBytes(UTF_8), elements);
	}

	private void assertNothingDeployed(String fileName, byte[] diagram, String... elements) throws Exception {
		long deployments = deploymentCount();
		assertRefused(deployAsProcessOwner(fileName, diagram), fileName, elements);
		assertThat(deploymentCount()).isEqualTo(deployments);
	}

	/** Camunda's ParseException as the REST API answers it: 400, a Dutch problem per element. */
	private void assertRefused(ResponseEntity<String> response, String fileName, String... elements) throws Exception {
		assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
		JsonNode body = JSON.readTree(response.getBody());
		assertThat(body.path("type").asText()).isEqualTo("ParseException");
		assertThat(body.path("details").path(fileName).path("errors").findValuesAsText("mainElementId"))
			.as(response.getBody()).contains(elements);
		for (String element : elements) {
			assertThat(body.path("message").asText()).contains(element);
		}
		assertThat(body.path("message").asText()).contains("mag niet");
	}

	private long deploymentCount() {
		return engine().getRepositoryService().createDeploymentQuery().count();
	}

}
