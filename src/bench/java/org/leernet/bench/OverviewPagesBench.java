package org.leernet.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;

/**
 * The overview pages at scale: 500 networks of 10 organisations with their full history
 * ({@link OverviewPopulation}), in a database of their own, so that the other scenarios' networks
 * are not on the page. The coordinator logs in to Tasklist as a browser does and asks, one
 * request after the other, the networks page ({@code /leernet/netwerken}) and the page of a random
 * network ({@code /leernet/netwerken/{code}}): warm-up, then the measured requests; p50, p95 and
 * max per page against the goal of 200 ms at p95, and a PASS/FAIL line per page and run. Then
 * the same as an adviser, who sees the networks of their 100 organisations among all 500.
 */
final class OverviewPagesBench {

	static final String SCENARIO = "6 overview pages";

	static final double GOAL_MS = 200;

	static final String DATABASE = "leernet_overview";

	static final String NETWORKS = "/leernet/netwerken";

	static final String NETWORK = "/leernet/netwerken/{code}";

	private final BenchDatabase database;

	private final int smtpPort;

	private final Path output;

	private final Random random = new Random(18);

	OverviewPagesBench(BenchDatabase database, int smtpPort, Path output) {
		this.database = database;
		this.smtpPort = smtpPort;
		this.output = output;
	}

	void run(BenchSettings settings, Results results) throws Exception {
		String url = database.createEmptyDatabase(DATABASE);
		BenchDatabase own = url == null ? database : BenchDatabase.external(url, database.user(), database.password());
		if (url == null) {
			results.note("overview: no database of its own could be made; the pages also show the other scenarios' networks");
		}
		try (BenchApp app = BenchApp.start(own, smtpPort, settings.appProperties())) {
			OverviewPopulation population = new OverviewPopulation(app, own);
			OverviewPopulation.Counts counts = population.seed(settings.overviewNetworks(), settings.populateThreads());
			own.analyze();
			results.note(String.format(Locale.ROOT,
					"overview: %d networks x %d organisations seeded in %.0f s: %,d sessions, %,d attendances, %,d evaluations, "
							+ "%,d measurements, %,d basic reports, %,d mails; %,d trajectories and %,d evaluations open, "
							+ "%,d open tasks of which %,d overdue",
					counts.networks(), OverviewPopulation.ORGANISATIONS, counts.seconds(), counts.sessions(), counts.attendance(),
					counts.evaluations(), counts.measurements(), counts.reports(), counts.mails(), counts.trajectories(),
					counts.openEvaluations(), counts.openTasks(), counts.overdueTasks()));
			List<String> codes = population.codes();
			Browser coordinator = Browser.login(port(app), BenchApp.COORDINATOR, BenchApp.ADMIN_PASSWORD);
			measure(coordinator, "coordinator", NETWORKS, () -> NETWORKS, settings, results, own);
			measure(coordinator, "coordinator", NETWORK, () -> "/leernet/netwerken/" + pick(codes), settings, results, own);
			// an adviser: the networks of their 100 organisations (about 10), among all 500
			String adviser = population.advisers().get(0);
			List<String> advised = app.jdbc.sql("""
					select distinct n.code from network n join organisation o on o.network_id = n.id where o.adviser = ?
					order by n.code""").param(adviser).query(String.class).list();
			results.note("overview: adviser " + adviser + " has organisations in " + advised.size() + " networks");
			Browser advising = Browser.login(port(app), adviser, BenchApp.ADMIN_PASSWORD);
			measure(advising, "adviser", NETWORKS, () -> NETWORKS, settings, results, own);
			measure(advising, "adviser", NETWORK, () -> "/leernet/netwerken/" + pick(advised), settings, results, own);
		}
		finally {
			if (url != null && !Boolean.getBoolean("bench.keep")) {
				database.dropDatabase(DATABASE);
			}
		}
	}

	private <T> T pick(List<T> values) {
		return values.get(random.nextInt(values.size()));
	}

	private void measure(Browser browser, String role, String page, Supplier<String> paths, BenchSettings settings,
			Results results, BenchDatabase own) throws Exception {
		Sample warmUp = requests(browser, paths, settings.overviewWarmup());
		String label = String.format(Locale.ROOT, "%s, %s, %d networks", role, page, settings.overviewNetworks());
		// the last answer, for a look at what was measured
		Files.createDirectories(output);
		Files.write(output.resolve("overview-" + role + "-" + (page.equals(NETWORKS) ? "networks" : "network") + ".html"),
				warmUp.last());
		results.note(String.format(Locale.ROOT, "overview, %s: warm-up %d requests, %s; answer %,d bytes", label,
				settings.overviewWarmup(), warmUp.statuses(), warmUp.lastBytes()));
		for (int repeat = 0; repeat < settings.repeats(); repeat++) {
			Sample sample = requests(browser, paths, settings.overviewRequests());
			double p95 = Stats.percentile(sample.millis(), 95);
			results.add(SCENARIO, label + ", p50", "ms", Stats.percentile(sample.millis(), 50));
			results.add(SCENARIO, label + ", p95", "ms", p95, "< 200 ms");
			results.add(SCENARIO, label + ", max", "ms", sample.millis()[sample.millis().length - 1]);
			results.add(SCENARIO, label + ", answers other than 200", "answers", sample.failures());
			results.note(String.format(Locale.ROOT, "overview, %s, run %d: %d requests, p95 %.1f ms: %s%s", label, repeat + 1,
					sample.millis().length, p95, p95 < GOAL_MS && sample.failures() == 0 ? "PASS" : "FAIL",
					sample.failures() == 0 ? "" : " (" + sample.failures() + " answers other than 200: " + sample.statuses() + ")"));
		}
		Results.Row p95 = results.row(SCENARIO, label + ", p95");
		boolean answered = results.row(SCENARIO, label + ", answers other than 200").max() == 0;
		results.note(String.format(Locale.ROOT, "overview: %s %s: p95 %s ms (median of %d runs), goal < %.0f ms%s",
				p95.median() < GOAL_MS && answered ? "PASS" : "FAIL", label, Results.format(p95.median()), p95.values().size(), GOAL_MS,
				answered ? "" : ", and not every answer was 200"));
		if (Boolean.getBoolean("bench.profile") && own.resetStatements()) {
			int profiled = Math.max(1, Math.min(20, settings.overviewRequests()));
			requests(browser, paths, profiled);
			String top = own.topStatements(40);
			Files.createDirectories(output);
			Path file = output.resolve("pg-statements-overview-" + role + "-" + (page.equals(NETWORKS) ? "networks" : "network")
					+ ".txt");
			Files.writeString(file, "# " + profiled + " requests of " + label + "\n" + top);
			results.note(String.format(Locale.ROOT, "overview, %s: %.1f SQL statements per request (pg_stat_statements, in %s)",
					label, statementCalls(own) / (double) profiled, file));
		}
	}

	/**
	 * The statements run since the last reset, without the ones of this reading itself and of the
	 * job executor's polling in the background (jobs, metrics).
	 */
	private static long statementCalls(BenchDatabase own) throws Exception {
		try (var connection = own.connect(); var statement = connection.createStatement();
				var rows = statement.executeQuery("select coalesce(sum(calls), 0) from pg_stat_statements where dbid = "
						+ "(select oid from pg_database where datname = current_database()) and query not like '%pg_stat_statements%' "
						+ "and query not ilike 'set %' and query not ilike '%act_ru_job%' and query not ilike '%act_ru_meter_log%'")) {
			rows.next();
			return rows.getLong(1);
		}
	}

	record Sample(double[] millis, int failures, Map<Integer, Integer> statuses, int lastBytes, byte[] last) {
	}

	private static Sample requests(Browser browser, Supplier<String> paths, int count) throws Exception {
		List<Double> millis = new ArrayList<>();
		Map<Integer, Integer> statuses = new LinkedHashMap<>();
		int failures = 0;
		int bytes = 0;
		byte[] last = new byte[0];
		for (int i = 0; i < count; i++) {
			String path = paths.get();
			long start = System.nanoTime();
			HttpResponse<byte[]> response = browser.get(path);
			millis.add((System.nanoTime() - start) / 1e6);
			statuses.merge(response.statusCode(), 1, Integer::sum);
			bytes = response.body().length;
			last = response.body();
			if (response.statusCode() != 200) {
				failures++;
			}
		}
		return new Sample(Stats.sorted(millis), failures, statuses, bytes, last);
	}

	private static int port(BenchApp app) {
		return ((ServletWebServerApplicationContext) app.context).getWebServer().getPort();
	}

	/**
	 * A browser logged in to Tasklist: the session and CSRF token of a first visit, then the
	 * login form (as {@code WebappLogin} in the tests); its cookies by hand, since the
	 * production profile marks the session cookie secure and this is plain HTTP on localhost.
	 */
	static final class Browser {

		private static final String TASKLIST = "/camunda/app/tasklist/default/";

		private final HttpClient client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(10))
			.build();

		private final String base;

		private final Map<String, String> cookies = new LinkedHashMap<>();

		private Browser(int port) {
			this.base = "http://localhost:" + port;
		}

		static Browser login(int port, String user, String password) throws IOException, InterruptedException {
			Browser browser = new Browser(port);
			HttpResponse<byte[]> first = browser.get(TASKLIST);
			String token = first.headers().firstValue("X-XSRF-TOKEN").orElse(browser.cookies.getOrDefault("XSRF-TOKEN", ""));
			String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
					+ URLEncoder.encode(password, StandardCharsets.UTF_8);
			HttpResponse<byte[]> login = browser.send(HttpRequest.newBuilder(URI.create(browser.base
					+ "/camunda/api/admin/auth/user/default/login/tasklist"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.header("X-XSRF-TOKEN", token)
				.POST(HttpRequest.BodyPublishers.ofString(form)));
			if (login.statusCode() / 100 != 2) {
				throw new IllegalStateException("login of " + user + " to Tasklist: " + login.statusCode());
			}
			HttpResponse<byte[]> who = browser.send(HttpRequest.newBuilder(URI.create(browser.base
					+ "/camunda/api/admin/auth/user/default")).header("Accept", "application/json").GET());
			if (who.statusCode() != 200 || !new String(who.body(), StandardCharsets.UTF_8).contains(user)) {
				throw new IllegalStateException("not logged in as " + user + " after the login: " + who.statusCode());
			}
			return browser;
		}

		HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
			return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html").GET());
		}

		private HttpResponse<byte[]> send(HttpRequest.Builder request) throws IOException, InterruptedException {
			if (!cookies.isEmpty()) {
				request.header("Cookie", String.join("; ", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue()).toList()));
			}
			request.timeout(Duration.ofMinutes(2));
			HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
			for (String setCookie : response.headers().allValues("Set-Cookie")) {
				String pair = setCookie.split(";", 2)[0];
				int equals = pair.indexOf('=');
				if (equals > 0) {
					cookies.put(pair.substring(0, equals).trim(), pair.substring(equals + 1).trim());
				}
			}
			return response;
		}

	}

}
