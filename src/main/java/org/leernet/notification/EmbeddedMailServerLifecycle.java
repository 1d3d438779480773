package org.leernet.notification;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/** Runs the embedded SMTP server while the application runs (demo mode only). */
@Component
@ConditionalOnProperty(name = EmbeddedMailServer.ENABLED, havingValue = "true")
class EmbeddedMailServerLifecycle implements SmartLifecycle {

	private final int port;

	private volatile boolean running;

	EmbeddedMailServerLifecycle(@Value("${spring.mail.port}") int port) {
		this.port = port;
		// started at once: the engine may send mails before the lifecycle phase begins
		EmbeddedMailServer.start(port);
		running = true;
	}

	@Override
	public void start() {
		EmbeddedMailServer.start(port);
		running = true;
	}

	@Override
	public void stop() {
		EmbeddedMailServer.stop();
		running = false;
	}

	@Override
	public boolean isRunning() {
		return running;
	}

}
