package org.leernet.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import io.zonky.test.db.AutoConfigureEmbeddedDatabase;
import io.zonky.test.db.AutoConfigureEmbeddedDatabase.DatabaseProvider;
import io.zonky.test.db.AutoConfigureEmbeddedDatabase.DatabaseType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.leernet.OneEngineAtATime;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

/**
 * Every benchmark scenario once with tiny sizes, so that the benchmark keeps working; no timing
 * is asserted. The PostgreSQL comes from {@code @AutoConfigureEmbeddedDatabase} (which shuts it
 * down cleanly) and is handed to the benchmark as an external database; this test's own context
 * holds nothing else, so the benchmark's Leernet is the only engine.
 */
@SpringJUnitConfig(BenchmarkSmokeTests.DatabaseOnly.class)
@AutoConfigureEmbeddedDatabase(type = DatabaseType.POSTGRES, provider = DatabaseProvider.ZONKY)
@OneEngineAtATime
// every scenario in one test method, with several start-ups of the application
@Timeout(value = 20, unit = TimeUnit.MINUTES)
class BenchmarkSmokeTests {

	@Configuration(proxyBeanMethods = false)
	static class DatabaseOnly {

	}

	@Autowired
	DataSource dataSource;

	@Test
	void everyScenarioRunsAndWritesTheTable() throws Exception {
		String url;
		String user;
		try (Connection connection = dataSource.getConnection()) {
			url = connection.getMetaData().getURL();
			user = connection.getMetaData().getUserName();
		}
		Path output = Path.of("target", "bench-smoke");
		Results results = new Benchmark(BenchSettings.smoke(output), BenchDatabase.external(url, user, "")).run();

		assertThat(results.rows()).extracting(Results.Row::scenario)
			.contains(StartupBench.SCENARIO, CeilingBench.SCENARIO, LifecycleBench.SCENARIO, TaskQueryBench.SCENARIO,
					ReminderBurstBench.SCENARIO, OverviewPagesBench.SCENARIO);
		assertThat(results.rows()).allSatisfy(row -> assertThat(row.values()).as(row.metric()).isNotEmpty());
		assertThat(results.rows().stream().filter(row -> row.scenario().equals(ReminderBurstBench.SCENARIO)
				&& row.metric().contains("duplicates + missing"))).allSatisfy(row -> assertThat(row.max()).isZero());
		assertThat(results.rows().stream().filter(row -> row.scenario().equals(OverviewPagesBench.SCENARIO)
				&& row.metric().contains("answers other than 200"))).isNotEmpty().allSatisfy(row -> assertThat(row.max()).isZero());
		assertThat(Files.readString(output.resolve("results.md"))).contains("| scenario | metric |");
		assertThat(output.resolve("results.csv")).exists();
	}

}
