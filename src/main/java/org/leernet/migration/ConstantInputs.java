package org.leernet.migration;

import java.util.Collection;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputOutput;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputParameter;
import org.springframework.stereotype.Component;

/**
 * Camunda maps an element's input parameters when a token enters it, not when a waiting token
 * is migrated. A new version that gives a task a constant input (a session kind, a measurement
 * phase) would leave the tasks already waiting there without it. After a migration this sets
 * such constants on the waiting activities that lack them; expressions are left alone, since
 * their value belongs to the moment the token entered.
 */
@Component
class ConstantInputs {

	private final RepositoryService repositoryService;

	private final RuntimeService runtimeService;

	ConstantInputs(RepositoryService repositoryService, RuntimeService runtimeService) {
		this.repositoryService = repositoryService;
		this.runtimeService = runtimeService;
	}

	void fillIn(String processDefinitionId, Collection<String> processInstanceIds) {
		BpmnModelInstance model = repositoryService.getBpmnModelInstance(processDefinitionId);
		for (String instance : processInstanceIds) {
			ActivityInstance tree = runtimeService.getActivityInstance(instance);
			if (tree != null) {
				fillIn(model, tree);
			}
		}
	}

	private void fillIn(BpmnModelInstance model, ActivityInstance activity) {
		if (model.getModelElementById(activity.getActivityId()) instanceof BaseElement element
				&& element.getExtensionElements() != null) {
			for (CamundaInputOutput io : element.getExtensionElements().getChildElementsByType(CamundaInputOutput.class)) {
				for (CamundaInputParameter input : io.getCamundaInputParameters()) {
					if (isConstant(input)) {
						for (String execution : activity.getExecutionIds()) {
							if (!runtimeService.getVariablesLocal(execution).containsKey(input.getCamundaName())) {
								runtimeService.setVariableLocal(execution, input.getCamundaName(), input.getTextContent().trim());
							}
						}
					}
				}
			}
		}
		for (ActivityInstance child : activity.getChildActivityInstances()) {
			fillIn(model, child);
		}
	}

	private static boolean isConstant(CamundaInputParameter input) {
		String text = input.getTextContent();
		return input.getDomElement().getChildElements().isEmpty() && text != null && !text.isBlank()
				&& !text.contains("${") && !text.contains("#{");
	}

}
