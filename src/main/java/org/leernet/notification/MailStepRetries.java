package org.leernet.notification;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.DefaultFailedJobParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.ParseUtil;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Every mail step retries like the others ({@value #RETRY_CYCLE}), also when its BPMN does not
 * say so: an element template cannot write {@code camunda:failedJobRetryTimeCycle} (Camunda
 * Modeler issue 1015), so a step a process owner adds with the "Mail sturen" template has none.
 * A cycle in the BPMN still wins.
 */
@Component
class MailStepRetries extends AbstractProcessEnginePlugin {

	static final String RETRY_CYCLE = "R5/PT5M";

	static final String SEND_MAIL = "${sendMailDelegate}";

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null ? new ArrayList<>()
				: new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
		listeners.add(new AbstractBpmnParseListener() {

			@Override
			public void parseServiceTask(Element serviceTask, ScopeImpl scope, ActivityImpl activity) {
				if (SEND_MAIL.equals(serviceTask.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "delegateExpression"))
						&& !statesRetryCycle(serviceTask)) {
					activity.getProperties()
						.set(DefaultFailedJobParseListener.FAILED_JOB_CONFIGURATION, ParseUtil.parseRetryIntervals(RETRY_CYCLE));
				}
			}

		});
		configuration.setCustomPostBPMNParseListeners(listeners);
	}

	private static boolean statesRetryCycle(Element serviceTask) {
		Element extensions = serviceTask.element("extensionElements");
		return extensions != null
				&& extensions.elementNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "failedJobRetryTimeCycle") != null;
	}

}
