package org.leernet.notification;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Demo mode needs no mail server: when no {@code spring.mail.host} is configured, an SMTP
 * server (GreenMail) runs inside the application and keeps every mail for the caught-mail page.
 * Registered in META-INF/spring.factories, so that Spring Mail is pointed at it from the start.
 */
public class EmbeddedMailServer implements EnvironmentPostProcessor {

	static final String ENABLED = "leernet.mail.embedded";

	/** The running server, shared with {@link CaughtMailController}; null when a real SMTP server is used. */
	private static volatile GreenMail server;

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (environment.containsProperty("spring.mail.host")
				|| Arrays.asList(environment.getActiveProfiles()).contains("prod")) {
			return;
		}
		int port = environment.getProperty("leernet.mail.embedded-port", Integer.class, 0);
		Map<String, Object> properties = new HashMap<>();
		properties.put("spring.mail.host", "127.0.0.1");
		properties.put("spring.mail.port", port == 0 ? freePort() : port);
		properties.put(ENABLED, "true");
		environment.getPropertySources().addLast(new MapPropertySource("leernet-embedded-mail", properties));
	}

	/** Starts the embedded server on the configured port (idempotent). */
	static synchronized GreenMail start(int port) {
		if (server == null || server.getSmtp() == null || server.getSmtp().getPort() != port) {
			stop();
			try (ServerSocket probe = new ServerSocket(port, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
				probe.setReuseAddress(true);
			}
			catch (IOException ex) {
				throw new EmbeddedMailPortTaken(port, ex);
			}
			server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
			server.start();
		}
		return server;
	}

	static synchronized void stop() {
		if (server != null) {
			server.stop();
			server = null;
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException("No free port for the embedded mail server", ex);
		}
	}

}
