package org.leernet.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Sizes and repeats of a benchmark run: the full defaults, overridable with {@code -Dbench.*}
 * system properties (see README, "Performance"), or the tiny sizes of the smoke test.
 */
record BenchSettings(Set<String> scenarios, int repeats, Path output, double ceilingSeconds, List<Integer> ceilingThreads,
		int networks, int organisations, int drivers, int warmupNetworks, List<Integer> taskSizes, int queriesPerRole,
		int tasksPerOrganisation, List<Integer> burstSizes, int burstRepeats, int largestBurstRepeats, int startupRepeats,
		boolean startupRestarts,
		int populateThreads, int overviewNetworks, int overviewRequests, int overviewWarmup, Map<String, String> appProperties) {

	static final List<String> ALL_SCENARIOS = List.of("startup", "ceiling", "lifecycle", "tasks", "burst", "overview");

	/** The full run: about 20 to 30 minutes on 2 cores. */
	static BenchSettings fromSystemProperties() {
		return new BenchSettings(
				Set.copyOf(List.of(property("bench.scenarios", String.join(",", ALL_SCENARIOS)).split(","))),
				integer("bench.repeats", 3), Path.of(property("bench.output", "target/bench")),
				Double.parseDouble(property("bench.ceiling.seconds", "5")), integers("bench.ceiling.threads", "1,4,8"),
				integer("bench.lifecycle.networks", 8), integer("bench.lifecycle.organisations", 10),
				integer("bench.lifecycle.drivers", 4), integer("bench.lifecycle.warmup", 1),
				integers("bench.tasks.sizes", "10000,100000"), integer("bench.tasks.queries", 200),
				integer("bench.tasks.per-organisation", 10), integers("bench.burst.sizes", "10000,100000"),
				integer("bench.burst.repeats", 3), integer("bench.burst.largest-repeats", 3), integer("bench.startup.repeats", 3), true,
				integer("bench.populate.threads", 2), integer("bench.overview.networks", 500),
				integer("bench.overview.requests", 200), integer("bench.overview.warmup", 30), appPropertiesFromSystem());
	}

	/** Tiny sizes: every scenario runs once, in well under a minute, so that the benchmark does not rot. */
	static BenchSettings smoke(Path output) {
		return new BenchSettings(Set.copyOf(ALL_SCENARIOS), 1, output, 0.5, List.of(1, 2), 1, 4, 1, 0, List.of(60), 5, 10,
				List.of(100), 1, 1, 1, false, 1, 20, 5, 2, Map.of());
	}

	boolean runs(String scenario) {
		return scenarios.contains(scenario);
	}

	/** What the results file prints under "settings". */
	Map<String, String> describe() {
		Map<String, String> described = new LinkedHashMap<>();
		described.put("scenarios", ALL_SCENARIOS.stream().filter(this::runs).collect(Collectors.joining(",")));
		described.put("repeats", String.valueOf(repeats));
		described.put("ceiling", ceilingSeconds + " s per run, threads " + ceilingThreads);
		described.put("lifecycle", networks + " networks x " + organisations + " organisations, " + drivers
				+ " driver threads, " + warmupNetworks + " warm-up network(s)");
		described.put("tasks", "open tasks " + taskSizes + ", " + queriesPerRole + " queries per role and run, "
				+ tasksPerOrganisation + " tasks per organisation");
		described.put("burst", "reminders " + burstSizes + ", " + burstRepeats + " run(s) each, the largest " + largestBurstRepeats);
		described.put("overview", overviewNetworks + " networks x " + OverviewPopulation.ORGANISATIONS + " organisations, "
				+ overviewWarmup + " warm-up and " + overviewRequests + " requests per page and run");
		described.put("startup", startupRepeats + " run(s)" + (startupRestarts ? ", each a first start and a restart" : ""));
		appProperties.forEach((key, value) -> described.put("app: " + key, value));
		return described;
	}

	private static String property(String name, String fallback) {
		String value = System.getProperty(name);
		return value == null || value.isBlank() ? fallback : value.trim();
	}

	private static int integer(String name, int fallback) {
		return Integer.parseInt(property(name, String.valueOf(fallback)));
	}

	private static List<Integer> integers(String name, String fallback) {
		return Arrays.stream(property(name, fallback).split(",")).map(String::trim).map(Integer::valueOf).toList();
	}

	/** {@code -Dbench.app.camunda.bpm.history-level=audit} passes a setting to Leernet, for experiments. */
	private static Map<String, String> appPropertiesFromSystem() {
		Map<String, String> properties = new LinkedHashMap<>();
		System.getProperties().stringPropertyNames().stream().filter(name -> name.startsWith("bench.app.")).sorted()
			.forEach(name -> properties.put(name.substring("bench.app.".length()), System.getProperty(name)));
		return properties;
	}

}
