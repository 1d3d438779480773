package org.leernet.system;

import java.time.Duration;
import java.util.List;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs a task form submit or a task complete again when it lost to another transaction on the
 * same process (a reminder's job, say) and the engine threw an {@link OptimisticLockingException}.
 * The engine has then rolled the whole transaction back, so trying again is safe, but only when
 * this command is the outermost one: no engine command around it and no Spring transaction, so
 * that every try is a transaction of its own. Anything else goes through untouched.
 */
class LostSubmitRetry extends CommandInterceptor {

	private static final Logger log = LoggerFactory.getLogger(LostSubmitRetry.class);

	private static final List<Class<?>> RETRIED = List.of(SubmitTaskFormCmd.class, CompleteTaskCmd.class);

	private final int tries;

	private final Duration backOff;

	LostSubmitRetry(int tries, Duration backOff) {
		this.tries = tries;
		this.backOff = backOff;
	}

	@Override
	public <T> T execute(Command<T> command) {
		if (!retried(command) || Context.getCommandContext() != null
				|| TransactionSynchronizationManager.isActualTransactionActive()) {
			return next.execute(command);
		}
		for (int attempt = 1;; attempt++) {
			try {
				return next.execute(command);
			}
			catch (OptimisticLockingException lost) {
				if (attempt >= tries) {
					throw lost;
				}
				log.info("{} lost to a concurrent transaction (try {} of {}); trying again",
						command.getClass().getSimpleName(), attempt, tries);
				pause(backOff.multipliedBy(attempt));
			}
		}
	}

	private static boolean retried(Command<?> command) {
		return RETRIED.stream().anyMatch(type -> type.isInstance(command));
	}

	private static void pause(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while waiting to try a task submit again", e);
		}
	}

}
