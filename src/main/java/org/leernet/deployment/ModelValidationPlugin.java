package org.leernet.deployment;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.stereotype.Component;

/**
 * Lets the engine parse every new deployment with {@link ValidatingBpmnParse}, which knows the
 * Spring beans that delegate expressions may name. Registered by the Spring Boot starter as a
 * plugin bean; the in-memory engine of the process tests has no Spring beans and goes without.
 */
@Component
class ModelValidationPlugin extends AbstractProcessEnginePlugin {

	private final BeanFactory beans;

	ModelValidationPlugin(BeanFactory beans) {
		this.beans = beans;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		// Camunda resolves ${name} in Spring against the application context: the same lookup
		configuration.setBpmnParseFactory(parser -> new ValidatingBpmnParse(parser, beans::containsBean));
	}

}
