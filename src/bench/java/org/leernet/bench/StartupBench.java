package org.leernet.bench;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.leernet.LeernetApplication;

/**
 * Start-up as in production: Leernet in a JVM of its own with the Dockerfile's JVM option and
 * the {@code postgres} profile, timed from launch until the REST API answers an authenticated
 * call and the readiness probe is up; then the heap still in use after a full GC. Once on an
 * empty database (schema created, models deployed) and once on that same database again.
 */
final class StartupBench {

	static final String SCENARIO = "5 start-up";

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

	private final BenchDatabase database;

	private final int smtpPort;

	private final Path logDirectory;

	StartupBench(BenchDatabase database, int smtpPort, Path logDirectory) {
		this.database = database;
		this.smtpPort = smtpPort;
		this.logDirectory = logDirectory;
	}

	void run(BenchSettings settings, Results results) {
		for (int repeat = 1; repeat <= settings.startupRepeats(); repeat++) {
			String name = "bench_startup_" + repeat;
			String url = database.createEmptyDatabase(name);
			if (url == null) {
				results.note("start-up: cannot create a database on this server; measured restarts on the benchmark's database only");
				measure(database, "restart", repeat, results);
				continue;
			}
			BenchDatabase empty = BenchDatabase.external(url, database.user(), database.password());
			measure(empty, "empty database", repeat, results);
			if (settings.startupRestarts()) {
				measure(empty, "existing database", repeat, results);
			}
			database.dropDatabase(name);
		}
	}

	private void measure(BenchDatabase target, String what, int repeat, Results results) {
		int port = freePort();
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-XX:MaxRAMPercentage=75", "-cp", productionClasspath(), LeernetApplication.class.getName(),
				"--server.port=" + port));
		Path log = logDirectory.resolve("startup-" + repeat + "-" + what.replace(' ', '-') + ".log");
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
		Map<String, String> environment = builder.environment();
		BenchApp.settings(target, smtpPort).forEach((key, value) -> environment.put(environmentName(key), value));
		long launched = System.nanoTime();
		Process process;
		try {
			Files.createDirectories(logDirectory);
			process = builder.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		try {
			boolean healthy = Sleep.until(Duration.ofMinutes(3),
					() -> !process.isAlive() || (ok(port, "/actuator/health/readiness", false)
							&& ok(port, "/engine-rest/process-definition/count", true)));
			if (!healthy || !process.isAlive()) {
				throw new IllegalStateException("Leernet did not start (" + what + "); see " + log);
			}
			results.add(SCENARIO, "launch to healthy REST API, " + what, "s", (System.nanoTime() - launched) / 1e9);
			results.add(SCENARIO, "heap used after start and a full GC, " + what, "MiB", heapUsedMiB(process.pid()));
		}
		finally {
			process.destroy();
			try {
				if (!process.waitFor(60, TimeUnit.SECONDS)) {
					process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	/** Spring's relaxed binding: spring.mail.host is SPRING_MAIL_HOST in the environment. */
	private static String environmentName(String key) {
		return key.toUpperCase().replace('.', '_').replace('-', '_');
	}

	/** The test classpath without the test classes (their config/application.yaml is for tests). */
	private static String productionClasspath() {
		return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
			.filter(entry -> !entry.endsWith("test-classes") && !entry.endsWith("test-classes" + File.separator))
			.collect(Collectors.joining(File.pathSeparator));
	}

	private static boolean ok(int port, String path, boolean authenticated) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.timeout(Duration.ofSeconds(2));
		if (authenticated) {
			request.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString((BenchApp.ADMIN_USER + ":" + BenchApp.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)));
		}
		try {
			return HTTP.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private static double heapUsedMiB(long pid) {
		String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
		run(jcmd, String.valueOf(pid), "GC.run");
		Matcher used = Pattern.compile("heap\\s+total \\d+K, used (\\d+)K").matcher(run(jcmd, String.valueOf(pid), "GC.heap_info"));
		return used.find() ? Long.parseLong(used.group(1)) / 1024.0 : Double.NaN;
	}

	private static String run(String... command) {
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			process.waitFor(30, TimeUnit.SECONDS);
			return output;
		}
		catch (IOException ex) {
			return "";
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return "";
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
