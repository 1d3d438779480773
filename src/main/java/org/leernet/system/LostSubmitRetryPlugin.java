package org.leernet.system;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * A task submit never fails because a job ran on the same process at the same moment: see
 * {@link LostSubmitRetry}. Its interceptor comes before the engine's transaction interceptor, so
 * each try has its own transaction.
 */
@Component
public class LostSubmitRetryPlugin extends AbstractProcessEnginePlugin {

	/** Four tries, 50, 100 and 150 ms apart: enough for a reminder job to commit. */
	static final int TRIES = 4;

	static final Duration BACK_OFF = Duration.ofMillis(50);

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		List<CommandInterceptor> interceptors = configuration.getCustomPreCommandInterceptorsTxRequired() == null
				? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreCommandInterceptorsTxRequired());
		interceptors.add(0, new LostSubmitRetry(TRIES, BACK_OFF));
		configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
	}

}
