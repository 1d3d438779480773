package org.leernet.notification;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * The configured port of the embedded SMTP server is in use (often: another Leernet running on
 * this machine). Start-up then ends with one clear message naming the setting, instead of a
 * stack trace.
 */
class EmbeddedMailPortTaken extends RuntimeException {

	final int port;

	EmbeddedMailPortTaken(int port, Throwable cause) {
		super("Port " + port + " of the embedded SMTP server is in use", cause);
		this.port = port;
	}

	/** Registered in META-INF/spring.factories. */
	static class Analyzer extends AbstractFailureAnalyzer<EmbeddedMailPortTaken> {

		@Override
		protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedMailPortTaken cause) {
			return new FailureAnalysis("Port " + cause.port + " of the embedded SMTP server (leernet.mail.embedded-port) "
					+ "is already in use, probably by another Leernet on this machine.",
					"Set leernet.mail.embedded-port to 0 (a free port, the default) or to a free port, "
							+ "or set spring.mail.host to use a real SMTP server.",
					cause);
		}

	}

}
