package org.leernet.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;

import javax.sql.DataSource;

/**
 * The physical limit: a plain JDBC loop of one small insert and a commit, through Leernet's own
 * connection pool on the same database, with 1 and more threads (PostgreSQL commits concurrent
 * transactions with one WAL flush, so more threads commit more per second).
 */
final class CeilingBench {

	static final String SCENARIO = "1 ceiling (JDBC insert + commit)";

	private final DataSource dataSource;

	CeilingBench(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	/** Runs every thread count once per repeat; returns the best median commits/s: the ceiling. */
	double run(BenchSettings settings, Results results) throws SQLException {
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			statement.execute("create table if not exists bench_commit (id bigserial primary key, "
					+ "payload varchar(100) not null, created_at timestamp with time zone not null default now())");
		}
		loop(1, 0.5);
		for (int repeat = 0; repeat < settings.repeats(); repeat++) {
			for (int threads : settings.ceilingThreads()) {
				results.add(SCENARIO, threads + (threads == 1 ? " thread" : " threads"), "commits/s",
						loop(threads, settings.ceilingSeconds()));
			}
		}
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			statement.execute("drop table bench_commit");
		}
		return results.rows()
			.stream()
			.filter(row -> row.scenario().equals(SCENARIO))
			.mapToDouble(Results.Row::median)
			.max()
			.orElse(Double.NaN);
	}

	private double loop(int threads, double seconds) {
		AtomicBoolean stop = new AtomicBoolean();
		LongAdder commits = new LongAdder();
		List<Thread> workers = new ArrayList<>();
		List<RuntimeException> failures = new ArrayList<>();
		for (int i = 0; i < threads; i++) {
			workers.add(new Thread(() -> {
				try {
					while (!stop.get()) {
						try (Connection connection = dataSource.getConnection()) {
							connection.setAutoCommit(false);
							try (PreparedStatement insert = connection.prepareStatement("insert into bench_commit (payload) values (?)")) {
								insert.setString(1, "ceiling");
								insert.executeUpdate();
							}
							connection.commit();
							commits.increment();
						}
					}
				}
				catch (SQLException ex) {
					synchronized (failures) {
						failures.add(new IllegalStateException(ex));
					}
				}
			}, "ceiling-" + i));
		}
		long start = System.nanoTime();
		workers.forEach(Thread::start);
		Sleep.millis((long) (seconds * 1000));
		stop.set(true);
		for (Thread worker : workers) {
			try {
				worker.join();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		double elapsed = (System.nanoTime() - start) / 1e9;
		if (!failures.isEmpty()) {
			throw failures.get(0);
		}
		return commits.sum() / elapsed;
	}

}
