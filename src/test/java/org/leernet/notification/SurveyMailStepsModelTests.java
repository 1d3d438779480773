package org.leernet.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputParameter;
import org.junit.jupiter.api.Test;

/** Each survey reminder and escalation of the trajectory says in its BPMN which measurement it is about. */
class SurveyMailStepsModelTests {

	@Test
	void everySurveyMailStepNamesItsMeasurementPhase() {
		BpmnModelInstance model = Bpmn.readModelFromFile(new File("processes/organisation-trajectory.bpmn"));
		Map<String, String> phases = new LinkedHashMap<>();
		for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
			String delegate = task.getCamundaDelegateExpression();
			if ("${sendSurveyReminderDelegate}".equals(delegate) || "${sendSurveyEscalationDelegate}".equals(delegate)) {
				phases.put(task.getId(), model.getModelElementsByType(CamundaInputParameter.class)
					.stream()
					.filter(parameter -> parameter.getParentElement().getParentElement().getParentElement() == task)
					.filter(parameter -> org.leernet.process.ProcessVariables.MEASUREMENT_PHASE.equals(parameter.getCamundaName()))
					.map(CamundaInputParameter::getTextContent)
					.findFirst()
					.orElse(null));
			}
		}
		assertThat(phases).containsOnly(Map.entry("Task_SendBaselineSurveyReminder", "BASELINE"),
				Map.entry("Task_SendBaselineEscalation", "BASELINE"), Map.entry("Task_SendEndSurveyReminder", "END"),
				Map.entry("Task_SendEndEscalation", "END"));
		phases.values().forEach(MailStepInputs::phase);
	}

}
