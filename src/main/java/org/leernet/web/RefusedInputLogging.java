package org.leernet.web;

import org.leernet.process.InvalidInputException;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.springframework.stereotype.Component;

/**
 * A form value that Leernet refuses ({@link InvalidInputException}) is the person's to correct,
 * not an error of the server: Camunda would log it as an ERROR with a stack trace of some 130
 * lines ({@code ENGINE-16004 Exception while closing command context}). That one log event is
 * dropped; {@link InvalidInputResponses} logs the refusal as one WARN line. Everything else the
 * engine logs stays as it is.
 */
@Component
class RefusedInputLogging {

	static final String COMMAND_CONTEXT_LOGGER = "org.camunda.bpm.engine.context";

	RefusedInputLogging() {
		if (LoggerFactory.getILoggerFactory() instanceof LoggerContext logback
				&& logback.getTurboFilterList().stream().noneMatch(DropRefusedInput.class::isInstance)) {
			DropRefusedInput filter = new DropRefusedInput();
			filter.start();
			logback.addTurboFilter(filter);
		}
	}

	static final class DropRefusedInput extends TurboFilter {

		@Override
		public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
			if (t == null && params != null && params.length > 0 && params[params.length - 1] instanceof Throwable last) {
				t = last;
			}
			if (logger != null && logger.getName().equals(COMMAND_CONTEXT_LOGGER) && refused(t)) {
				return FilterReply.DENY;
			}
			return FilterReply.NEUTRAL;
		}

		private static boolean refused(Throwable t) {
			for (Throwable cause = t; cause != null; cause = cause.getCause()) {
				if (cause instanceof InvalidInputException) {
					return true;
				}
			}
			return false;
		}

	}

}
