package org.leernet.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The benchmark: how close Leernet runs to the database's limit. Runs the scenarios in order
 * (start-up first, while nothing else runs; then, in one Leernet, the commit ceiling, the
 * lifecycle, task lists and reminder bursts; then, in a Leernet on a database of their own, the
 * overview pages), prints the table and writes
 * {@code results.md} and {@code results.csv} to the output directory.
 * <p>
 * {@code ./mvnw -Pbench verify} runs it with the full sizes ({@link BenchmarkRun}); the smoke
 * test runs it with tiny ones.
 */
final class Benchmark {

	private final BenchSettings settings;

	private final BenchDatabase database;

	private final Results results = new Results();

	private String profiledSection;

	Benchmark(BenchSettings settings, BenchDatabase database) {
		this.settings = settings;
		this.database = database;
	}

	Results run() throws Exception {
		Map<String, String> machine = machine();
		machine.put("load average at start (1, 5, 15 min)", loadAverage());
		machine.putAll(database.describe());
		long started = System.nanoTime();
		try (CountingSmtpServer smtp = new CountingSmtpServer()) {
			if (settings.runs("startup")) {
				section("start-up");
				new StartupBench(database, smtp.port(), settings.output()).run(settings, results);
			}
			if (settings.runs("ceiling") || settings.runs("lifecycle") || settings.runs("tasks") || settings.runs("burst")) {
				try (BenchApp app = BenchApp.start(database, smtp.port(), settings.appProperties())) {
					double ceiling = Double.NaN;
					if (settings.runs("ceiling") || settings.runs("lifecycle")) {
						section("ceiling");
						ceiling = new CeilingBench(app.dataSource).run(settings, results);
					}
					if (settings.runs("lifecycle")) {
						section("lifecycle");
						new LifecycleBench(app, database, smtp).run(settings, results, ceiling);
					}
					TaskPopulation population = null;
					if (settings.runs("tasks")) {
						section("task lists");
						population = new TaskPopulation(app, settings.tasksPerOrganisation());
						new TaskQueryBench(app, database, population).run(settings, results);
					}
					if (settings.runs("burst")) {
						section("reminder bursts");
						new ReminderBurstBench(app, smtp, database).run(settings, results, population);
					}
				}
			}
			if (settings.runs("overview")) {
				section("overview pages");
				new OverviewPagesBench(database, smtp.port(), settings.output()).run(settings, results);
			}
		}
		dumpStatements();
		machine.put("load average at end (1, 5, 15 min)", loadAverage());
		machine.put("benchmark duration", String.format("%.1f min", (System.nanoTime() - started) / 60e9));
		String markdown = results.markdown("Leernet benchmark, " + OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS), machine,
				settings.describe());
		results.write(settings.output(), markdown);
		System.out.println();
		System.out.println(markdown);
		System.out.println("Written to " + settings.output().toAbsolutePath().resolve("results.md") + " and results.csv");
		return results;
	}

	private void section(String name) {
		dumpStatements();
		System.out.println("[bench] " + name + " (load average " + loadAverage() + ")");
		profiledSection = Boolean.getBoolean("bench.profile") && database.resetStatements() ? name : null;
	}

	/** Profiling: the previous section's most expensive statements to pg-statements-<section>.txt. */
	private void dumpStatements() {
		if (profiledSection == null) {
			return;
		}
		try {
			Files.createDirectories(settings.output());
			Files.writeString(settings.output().resolve("pg-statements-" + profiledSection.replace(' ', '-') + ".txt"),
					database.topStatements(40));
		}
		catch (IOException ex) {
			System.out.println("[bench] cannot write the statements: " + ex.getMessage());
		}
		profiledSection = null;
	}

	static Map<String, String> machine() {
		Map<String, String> machine = new LinkedHashMap<>();
		machine.put("CPU", cpuModel() + ", " + Runtime.getRuntime().availableProcessors() + " cores available");
		machine.put("memory", String.format("%.1f GiB", totalMemoryBytes() / (1024.0 * 1024 * 1024)));
		machine.put("OS", osName() + ", kernel " + System.getProperty("os.version"));
		machine.put("Java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version") + ", max heap "
				+ Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB");
		return machine;
	}

	static String loadAverage() {
		try {
			String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
			return fields[0] + ", " + fields[1] + ", " + fields[2];
		}
		catch (IOException ex) {
			return String.format("%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
		}
	}

	private static String cpuModel() {
		return firstValue(Path.of("/proc/cpuinfo"), "model name", System.getProperty("os.arch"));
	}

	private static String osName() {
		return firstValue(Path.of("/etc/os-release"), "PRETTY_NAME", System.getProperty("os.name")).replace("\"", "");
	}

	private static long totalMemoryBytes() {
		String total = firstValue(Path.of("/proc/meminfo"), "MemTotal", "0 kB").replace("kB", "").trim();
		return Long.parseLong(total) * 1024;
	}

	private static String firstValue(Path file, String key, String fallback) {
		try {
			List<String> lines = Files.readAllLines(file);
			return lines.stream()
				.filter(line -> line.startsWith(key))
				.map(line -> line.substring(line.indexOf(line.contains(":") ? ':' : '=') + 1).trim())
				.findFirst()
				.orElse(fallback);
		}
		catch (IOException ex) {
			return fallback;
		}
	}

}
