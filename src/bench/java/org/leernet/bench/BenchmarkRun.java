package org.leernet.bench;

import org.junit.jupiter.api.Test;

/**
 * The full benchmark, run by {@code ./mvnw -Pbench verify} only (its name matches none of
 * Surefire's default patterns). Sizes: {@code -Dbench.*}, see README, "Performance". The JVM
 * may linger some 30 s after the table while the embedded PostgreSQL shuts down.
 */
class BenchmarkRun {

	@Test
	void run() throws Exception {
		BenchSettings settings = BenchSettings.fromSystemProperties();
		try (BenchDatabase database = BenchDatabase.open(settings.output())) {
			new Benchmark(settings, database).run();
		}
	}

}
