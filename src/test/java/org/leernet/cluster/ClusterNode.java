package org.leernet.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.leernet.LeernetApplication;

/**
 * One Leernet node in a JVM of its own, as in production: profile {@code prod}, its own job
 * executor, on a shared database. Its output goes to {@code target/cluster/<name>.log}.
 */
final class ClusterNode implements AutoCloseable {

	static final String ADMIN_USER = "beheer";

	static final String ADMIN_PASSWORD = "Een-lang-testwachtwoord-42";

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	final String name;

	final int port;

	private final Process process;

	private final Path log;

	private ClusterNode(String name, int port, Process process, Path log) {
		this.name = name;
		this.port = port;
		this.process = process;
		this.log = log;
	}

	/**
	 * Starts a node with the production profile and these extra settings (e.g. the database and
	 * the SMTP server); {@link #awaitReady} waits until it serves.
	 */
	static ClusterNode start(String name, Map<String, String> settings) {
		int port = freePort();
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx384m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
				LeernetApplication.class.getName(), "--spring.profiles.active=prod", "--server.port=" + port,
				"--spring.jmx.enabled=false", "--camunda.bpm.job-execution.enabled=true",
				"--logging.level.org.camunda.bpm.engine.jobexecutor=WARN"));
		settings.forEach((key, value) -> command.add("--" + key + "=" + value));
		try {
			Path log = Path.of("target", "cluster", name + ".log");
			Files.createDirectories(log.getParent());
			ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(log.toFile());
			builder.environment().put("LEERNET_ADMIN_USER", ADMIN_USER);
			builder.environment().put("LEERNET_ADMIN_PASSWORD", ADMIN_PASSWORD);
			return new ClusterNode(name, port, builder.start(), log);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot start node " + name, ex);
		}
	}

	/** Waits until the node reports itself ready on Actuator's readiness probe. */
	ClusterNode awaitReady(Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		HttpRequest probe = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/readiness"))
			.timeout(Duration.ofSeconds(2))
			.build();
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new IllegalStateException("Node " + name + " stopped while starting:\n" + tail());
			}
			try {
				if (HTTP.send(probe, HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
					return this;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
			sleep(Duration.ofMillis(250));
		}
		throw new IllegalStateException("Node " + name + " not ready after " + timeout + ":\n" + tail());
	}

	/** A crash: the JVM is killed (SIGKILL) wherever its threads are. */
	void kill() {
		process.destroyForcibly();
		waitForExit();
	}

	/** A normal stop (SIGTERM): Spring shuts down, the job executor finishes its jobs. */
	void stop() {
		process.destroy();
		waitForExit();
	}

	boolean isAlive() {
		return process.isAlive();
	}

	String tail() {
		try {
			List<String> lines = Files.readAllLines(log);
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
		}
		catch (IOException ex) {
			return "(no log: " + ex.getMessage() + ")";
		}
	}

	@Override
	public void close() {
		if (process.isAlive()) {
			kill();
		}
	}

	private void waitForExit() {
		try {
			if (!process.waitFor(60, TimeUnit.SECONDS)) {
				process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static void sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
