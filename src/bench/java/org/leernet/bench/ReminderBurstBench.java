package org.leernet.bench;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/**
 * Monday 9:00: many evaluation-reminder timers come due at the same moment and the job executor
 * (production settings) sends their mails to the local SMTP server. As in the cluster test, the
 * evaluations are session-evaluation instances of organisations with one contact each (with the
 * unsubscribe token registration leaves), started in bulk; their timers (3 days out) are then
 * moved to one due time shortly ahead, in one update. Delay is the arrival at the SMTP server minus that due time.
 */
final class ReminderBurstBench {

	static final String SCENARIO = "4 reminder burst";

	private static final int SESSIONS = 10;

	private static final int INSTANCES_PER_TRANSACTION = 100;

	private final BenchApp app;

	private final CountingSmtpServer smtp;

	private final BenchDatabase database;

	private final CpuMeter cpu;

	ReminderBurstBench(BenchApp app, CountingSmtpServer smtp, BenchDatabase database) {
		this.app = app;
		this.smtp = smtp;
		this.database = database;
		this.cpu = database.cpuMeter();
	}

	/**
	 * The largest burst runs {@code bench.burst.largest-repeats} times (3; a 100,000 burst takes
	 * some ten minutes, so 1 for a quicker look); its last run also fires the open evaluations of
	 * the task-list population, if there is one (their timers are consumed then): fewer instances
	 * to start.
	 */
	void run(BenchSettings settings, Results results, TaskPopulation population) {
		int largest = settings.burstSizes().stream().mapToInt(Integer::intValue).max().orElse(0);
		for (int size : settings.burstSizes()) {
			int repeats = size == largest ? settings.largestBurstRepeats() : settings.burstRepeats();
			for (int repeat = 1; repeat <= repeats; repeat++) {
				boolean reuse = population != null && size == largest && repeat == repeats
						&& population.reminders().size() <= size;
				burst(size, repeat, settings.populateThreads(), results, reuse ? population : null);
			}
		}
	}

	private void burst(int size, int repeat, int threads, Results results, TaskPopulation population) {
		String code = "RB-" + BenchApp.RUN + "-" + size + "-" + repeat;
		String domain = code.toLowerCase() + ".example";
		long prepared = System.nanoTime();
		Set<String> expected = new HashSet<>();
		List<String> businessKeys = new ArrayList<>();
		int reused = population == null ? 0 : population.reminders().size();
		if (population != null) {
			expected.addAll(population.reminders());
			businessKeys.add(population.businessKeys());
		}
		if (size > expected.size()) {
			expected.addAll(prepare(code, domain, size - expected.size(), threads));
			businessKeys.add(code);
		}
		database.analyze();
		double preparation = (System.nanoTime() - prepared) / 1e9;

		smtp.clear();
		// due shortly ahead, so that the update has committed when they come due
		long due = System.currentTimeMillis() + 3000 + size / 10;
		long updated = app.jdbc.sql("update act_ru_job j set duedate_ = ? from act_ru_execution e where "
				+ "e.id_ = j.process_instance_id_ and " + ofInstances(businessKeys))
			.params(timerParams(new Timestamp(due), businessKeys))
			.update();
		long committed = System.currentTimeMillis();
		CpuMeter.Reading cpuBefore = cpu.read();
		boolean done = Sleep.until(Duration.ofSeconds(Math.max(300, size / 50)),
				() -> smtp.count() >= expected.size() && jobsLeft(businessKeys) == 0);
		CpuMeter.Reading cpuUsed = cpu.read().minus(cpuBefore);
		Sleep.millis(2000); // late duplicates would arrive now

		List<CountingSmtpServer.Received> mails = smtp.received()
			.stream()
			.filter(mail -> mail.recipient().endsWith("@" + domain) || mail.recipient().endsWith("@" + TaskPopulation.MAIL_DOMAIN))
			.toList();
		Set<String> arrived = new HashSet<>();
		mails.forEach(mail -> arrived.add(mail.key()));
		Map<String, Long> duplicates = CountingSmtpServer.duplicates(mails);
		long missing = expected.stream().filter(key -> !arrived.contains(key)).count();
		long incidents = app.runtimeService.createIncidentQuery().count();
		List<Double> delays = mails.stream().map(mail -> (mail.arrivedAtMillis() - due) / 1000.0).toList();
		double[] sorted = Stats.sorted(delays);
		double last = sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1];

		String label = String.format("%,d reminders", size).replace(',', ' ');
		results.add(SCENARIO, label + ": mails/s (due time to last mail)", "mails/s", mails.size() / last, ">= 500");
		results.add(SCENARIO, label + ": delay past due, p50", "s", Stats.percentile(sorted, 50));
		results.add(SCENARIO, label + ": delay past due, p99", "s", Stats.percentile(sorted, 99));
		results.add(SCENARIO, label + ": duplicates + missing", "mails", duplicates.size() + missing, "0");
		results.add(SCENARIO, label + ": CPU per mail, Leernet JVM", "ms", 1000 * cpuUsed.jvm() / mails.size());
		results.add(SCENARIO, label + ": CPU per mail, PostgreSQL", "ms", 1000 * cpuUsed.postgres() / mails.size());
		results.note(String.format("burst %s run %d: %d timers moved (%s; committed %d ms before due), prepared in %.0f s, "
				+ "%d mails, %d duplicates, %d missing, %d incidents, first after %.1f s, last after %.1f s%s", label, repeat,
				updated, reused == 0 ? "all new" : reused + " of them the task-list population's",
				due - committed, preparation, mails.size(), duplicates.size(), missing, incidents,
				sorted.length == 0 ? Double.NaN : sorted[0], last, done ? "" : " (TIMED OUT)"));
	}

	/** The evaluation-reminder timers of the process instances with these business keys (like patterns). */
	private static String ofInstances(List<String> businessKeys) {
		// (an evaluation has a second timer: its lapse, which stays where it is)
		return "j.type_ = 'timer' and j.process_def_key_ = 'session-evaluation' and j.job_def_id_ in "
				+ "(select d.id_ from act_ru_jobdef d where d.act_id_ = 'BoundaryEvent_EvaluationOverdue') and ("
				+ String.join(" or ", businessKeys.stream().map(key -> "e.business_key_ like ?").toList()) + ")";
	}

	private static Object[] timerParams(Object first, List<String> businessKeys) {
		List<Object> params = new ArrayList<>();
		params.add(first);
		params.addAll(businessKeys);
		return params.toArray();
	}

	private long jobsLeft(List<String> businessKeys) {
		return app.jdbc.sql("select count(*) from act_ru_job j join act_ru_execution e on e.id_ = j.process_instance_id_ where "
				+ ofInstances(businessKeys).replace("j.type_ = 'timer' and ", "(j.type_ = 'timer' or j.type_ = 'message') and "))
			.params(businessKeys.toArray())
			.query(Long.class)
			.single();
	}

	/** A network, its sessions and organisations, and an evaluation per organisation and session. */
	private Set<String> prepare(String code, String domain, int size, int threads) {
		long networkId = insert("""
				insert into network (code, name, minimum_organisations, maximum_organisations, collective_sessions,
				  individual_sessions, duration_months, registration_deadline, status, created_at)
				values (?, ?, 4, 15, 4, 5, 12, current_date, 'RUNNING', current_timestamp)""", code, "Netwerk " + code);
		List<Long> sessions = new ArrayList<>();
		for (int number = 1; number <= SESSIONS; number++) {
			sessions.add(insert("""
					insert into learning_session (network_id, kind, number, planned_start, planned_end, location, status)
					values (?, 'COLLECTIVE', ?, current_timestamp, current_timestamp, 'Gent', 'HELD')""", networkId, number));
		}
		int organisations = (size + SESSIONS - 1) / SESSIONS;
		int organisationsPerTransaction = INSTANCES_PER_TRANSACTION / SESSIONS;
		Set<String> expected = new HashSet<>();
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<Future<?>> batches = new ArrayList<>();
			for (int first = 1; first <= organisations; first += organisationsPerTransaction) {
				int from = first;
				int to = Math.min(organisations, first + organisationsPerTransaction - 1);
				batches.add(pool.submit(() -> app.transactions.executeWithoutResult(status -> {
					for (int number = from; number <= to; number++) {
						String organisation = code.toLowerCase() + "-" + number;
						long organisationId = insert("""
								insert into organisation (network_id, code, name, sector, case_description, status, registered_at)
								values (?, ?, ?, 'andere', 'Burst', 'REGISTERED', current_timestamp)""", networkId, organisation,
								"Organisatie " + number);
						insert("insert into contact_person (organisation_id, name, email, user_id, unsubscribe_token) "
								+ "values (?, ?, ?, ?, ?)", organisationId, "Contact " + number, "c-" + number + "@" + domain,
								"contact-" + organisation, TaskPopulation.unsubscribeToken());
						for (int session = 0; session < SESSIONS; session++) {
							app.runtimeService.startProcessInstanceByKey("session-evaluation", code,
									Map.of("networkCode", code, "networkName", "Netwerk " + code, "organisationCode", organisation,
											"sessionId", sessions.get(session), "sessionTitle", "Sessie " + (session + 1),
											"evaluationReminderDays", 3, "evaluationLapseDays", 14));
						}
					}
				})));
			}
			for (Future<?> batch : batches) {
				batch.get();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException(ex.getCause());
		}
		finally {
			pool.shutdownNow();
		}
		for (int number = 1; number <= organisations; number++) {
			for (int session = 1; session <= SESSIONS; session++) {
				expected.add("c-" + number + "@" + domain + " | Herinnering: evalueer Sessie " + session);
			}
		}
		return expected;
	}

	private long insert(String sql, Object... params) {
		KeyHolder key = new GeneratedKeyHolder();
		app.jdbc.sql(sql).params(params).update(key, "id");
		return key.getKey().longValue();
	}

}
