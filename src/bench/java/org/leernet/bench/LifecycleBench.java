package org.leernet.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Networks driven from start to closing side by side (a few driver threads, like a few busy
 * coordinators, advisers and participants), with the job executor sending their mails.
 * Commits are counted by PostgreSQL: {@code pg_stat_database.xact_commit} (every transaction,
 * reads too) and transaction ids used (transactions that wrote).
 */
final class LifecycleBench {

	static final String SCENARIO = "2 lifecycle";

	private final BenchApp app;

	private final BenchDatabase database;

	private final CountingSmtpServer smtp;

	private final List<String> advisers = new ArrayList<>();

	private final CpuMeter cpu;

	LifecycleBench(BenchApp app, BenchDatabase database, CountingSmtpServer smtp) {
		this.app = app;
		this.database = database;
		this.smtp = smtp;
		this.cpu = database.cpuMeter();
		for (int i = 1; i <= 10; i++) {
			String adviser = "bench-adviser-" + i;
			app.user(adviser, "advisers");
			advisers.add(adviser);
		}
	}

	void run(BenchSettings settings, Results results, double ceiling) {
		if (settings.warmupNetworks() > 0) {
			drive("WARM-" + BenchApp.RUN, settings.warmupNetworks(), settings.organisations(), settings.drivers());
		}
		for (int repeat = 1; repeat <= settings.repeats(); repeat++) {
			app.flushStatistics();
			BenchDatabase.Counters before = database.counters();
			int mailsBefore = smtp.count();
			CpuMeter.Reading cpuBefore = cpu.read();
			BenchNetwork.WAITING_NANOS.reset();
			BenchNetwork.COMPLETING_NANOS.reset();
			BenchNetwork.REMINDING_NANOS.reset();
			long start = System.nanoTime();
			int tasks = drive("LC" + repeat + "-" + BenchApp.RUN, settings.networks(), settings.organisations(), settings.drivers());
			double seconds = (System.nanoTime() - start) / 1e9;
			CpuMeter.Reading cpuUsed = cpu.read().minus(cpuBefore);
			app.flushStatistics();
			BenchDatabase.Counters after = database.counters();
			double commits = (after.commits() - before.commits()) / seconds;
			double writes = (after.writeTransactions() - before.writeTransactions()) / seconds;
			String size = settings.networks() + " x " + settings.organisations() + " organisations";
			results.add(SCENARIO, "networks/s (" + size + ")", "networks/s", settings.networks() / seconds);
			results.add(SCENARIO, "tasks completed/s", "tasks/s", tasks / seconds);
			results.add(SCENARIO, "mails sent/s", "mails/s", (smtp.count() - mailsBefore) / seconds);
			results.add(SCENARIO, "engine commits/s, all (pg xact_commit)", "commits/s", commits);
			results.add(SCENARIO, "engine commits/s, writing (transaction ids)", "commits/s", writes);
			results.add(SCENARIO, "writing commits/s as share of the ceiling", "%", 100 * writes / ceiling, ">= 30 %");
			results.add(SCENARIO, "CPU per network: Leernet JVM (with drivers)", "s", cpuUsed.jvm() / settings.networks());
			results.add(SCENARIO, "CPU per network: PostgreSQL", "s", cpuUsed.postgres() / settings.networks());
			results.note(String.format("lifecycle run %d: %d networks, %d tasks, %.1f s, %d commits (%d writing); "
					+ "driver threads spent %.0f s waiting for tasks, %.0f s completing them, %.0f s on reminders", repeat,
					settings.networks(), tasks, seconds, after.commits() - before.commits(),
					after.writeTransactions() - before.writeTransactions(), BenchNetwork.WAITING_NANOS.sum() / 1e9,
					BenchNetwork.COMPLETING_NANOS.sum() / 1e9, BenchNetwork.REMINDING_NANOS.sum() / 1e9));
		}
	}

	/** Drives the networks with this many threads; returns the tasks completed. */
	private int drive(String prefix, int networks, int organisations, int drivers) {
		AtomicInteger tasks = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(drivers);
		try {
			List<Future<?>> running = new ArrayList<>();
			for (int n = 1; n <= networks; n++) {
				String code = prefix + "-" + n;
				running.add(pool.submit(() -> new BenchNetwork(app, code, organisations, advisers, tasks).drive()));
			}
			for (Future<?> network : running) {
				network.get();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("A network got stuck: " + ex.getCause().getMessage(), ex.getCause());
		}
		finally {
			pool.shutdownNow();
		}
		return tasks.get();
	}

}
