package org.leernet.deployment;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.stereotype.Component;

/**
 * Lets the engine evaluate every expression with {@link RestrictedExpressionManager} and run no
 * script at all ({@link NoScriptEngines}): what a deployed model may do is decided here as well
 * as at its parse, so that a model that was never parsed by Leernet's checks cannot reach the JVM
 * either. The Spring Boot starter has set its SpringExpressionManager, which exposes every bean,
 * before the plugins run; this replaces it.
 */
@Component
class RestrictedExpressionsPlugin extends AbstractProcessEnginePlugin {

	private final BeanFactory beans;

	RestrictedExpressionsPlugin(BeanFactory beans) {
		this.beans = beans;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		configuration.setExpressionManager(new RestrictedExpressionManager(beans));
		configuration.setScriptEngineResolver(new NoScriptEngines());
	}

}
