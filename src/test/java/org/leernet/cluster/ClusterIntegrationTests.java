package org.leernet.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.zonky.test.db.AutoConfigureEmbeddedDatabase;
import io.zonky.test.db.AutoConfigureEmbeddedDatabase.DatabaseProvider;
import io.zonky.test.db.AutoConfigureEmbeddedDatabase.DatabaseType;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.leernet.Await;
import org.leernet.OneEngineAtATime;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/**
 * Leernet as a cluster: nodes in JVMs of their own, with the production profile and their own
 * job executors, on one real PostgreSQL; mails to a real SMTP server (GreenMail). This test's
 * own application context only prepares data and looks at the database; its job executor is off.
 */
@SpringBootTest(properties = { "leernet.demo.enabled=false", "camunda.bpm.admin-user.id=" + ClusterNode.ADMIN_USER,
		"camunda.bpm.admin-user.password=" + ClusterNode.ADMIN_PASSWORD })
@AutoConfigureEmbeddedDatabase(type = DatabaseType.POSTGRES, provider = DatabaseProvider.ZONKY)
@OneEngineAtATime
// its own waits (two node start-ups, the first mails, the hang, all sent) add up to more than the
// default of junit-platform.properties on a slow machine
@Timeout(value = 15, unit = TimeUnit.MINUTES)
class ClusterIntegrationTests {

	private static final Duration START_UP = Duration.ofMinutes(3);

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	ManagementService managementService;

	@Autowired
	TaskService taskService;

	@Test
	void twoNodesSendEveryOneOfAThousandDueRemindersExactlyOnce() {
		Reminders reminders = prepareReminders("CLUSTER", 100, 10);

		try (ClusterNode first = ClusterNode.start("cluster-1", nodeSettings(databaseUrl(), smtpPort()));
				ClusterNode second = ClusterNode.start("cluster-2", nodeSettings(databaseUrl(), smtpPort()))) {
			first.awaitReady(START_UP);
			second.awaitReady(START_UP);
			reminders.comeDueNow();
			awaitAllSent(reminders, Duration.ofMinutes(4));
		}

		Received received = received();
		report("cluster", reminders, received);
		assertThat(received.duplicates()).as("mails that arrived more than once").isEmpty();
		assertThat(received.keys()).as("every reminder arrived").containsExactlyInAnyOrderElementsOf(reminders.expected);
		assertThat(runtimeService.createIncidentQuery().count()).as("incidents").isZero();
		assertThat(jdbc.sql("select count(distinct claimed_by) from mail_log where network_id = ?")
			.param(reminders.networkId)
			.query(Integer.class)
			.single()).as("both nodes sent mails").isEqualTo(2);
	}

	@Test
	void whenANodeDiesMidSendTheOtherSendsItsMailsOnceAndNoneIsLost() {
		Reminders reminders = prepareReminders("CRASH", 40, 10);

		try (SmtpGate gate = new SmtpGate(smtpPort());
				ClusterNode doomed = ClusterNode.start("crash-1", hangingSettings(nodeSettings(databaseUrl(), gate.port())));
				ClusterNode survivor = ClusterNode.start("crash-2", nodeSettings(databaseUrl(), smtpPort()))) {
			doomed.awaitReady(START_UP);
			survivor.awaitReady(START_UP);

			// The doomed node's mails never reach the server: its threads hang mid-send, their claims
			// open, while the survivor sends the rest. The gate closes before the mails come due, as
			// a few hundred mails are sent in seconds and a gate closed later may find nothing to stop.
			gate.closeGate();
			reminders.comeDueNow();
			List<String> stuck = new ArrayList<>();
			await("the doomed node hanging mid-send", Duration.ofSeconds(90), () -> {
				// open claims that are still open a second later, and that the server never got
				List<String> before = pendingMails(reminders.networkId);
				ClusterNode.sleep(Duration.ofSeconds(1));
				List<String> after = pendingMails(reminders.networkId);
				after.retainAll(before);
				stuck.clear();
				stuck.addAll(after);
				return !after.isEmpty() && after.stream().noneMatch(received().keys()::contains);
			});
			doomed.kill();

			awaitAllSent(reminders, Duration.ofMinutes(4));
			assertThat(survivor.isAlive()).isTrue();
			report("crash (" + stuck.size() + " mails mid-send at the kill)", reminders, received());
		}

		Received received = received();
		assertThat(received.duplicates()).as("mails that arrived more than once").isEmpty();
		assertThat(received.keys()).as("every reminder arrived").containsExactlyInAnyOrderElementsOf(reminders.expected);
		assertThat(runtimeService.createIncidentQuery().count()).as("incidents").isZero();
	}

	@Test
	void aNetworkStartedBeforeAStopContinuesAfterARestartWithItsTimers() {
		String networkId;
		Job deadline;
		try (ClusterNode node = ClusterNode.start("restart-1", nodeSettings(databaseUrl(), smtpPort()))) {
			node.awaitReady(START_UP);
			networkId = runtimeService.startProcessInstanceByKey("learning-network", "RESTART-1",
					Map.of("networkCode", "RESTART-1", "networkName", "Herstart", "minimumOrganisations", 4,
							"maximumOrganisations", 15, "collectiveSessions", 4, "individualSessions", 5,
							"registrationDeadline", LocalDate.now().plusMonths(2).toString()))
				.getId();
			await("the registration deadline timer", Duration.ofMinutes(1), () -> deadlineTimer(networkId) != null);
			deadline = deadlineTimer(networkId);
			node.stop();
		}
		assertThat(deadlineTimer(networkId)).as("the timer survives the stop")
			.satisfies(timer -> assertThat(timer.getDuedate()).isEqualTo(deadline.getDuedate()));

		try (ClusterNode node = ClusterNode.start("restart-2", nodeSettings(databaseUrl(), smtpPort()))) {
			node.awaitReady(START_UP);
			managementService.setJobDuedate(deadline.getId(), new Date());
			await("the deadline passed: too few organisations", Duration.ofMinutes(1),
					() -> taskService.createTaskQuery()
						.processInstanceId(networkId)
						.taskDefinitionKey("Task_DecideOnQuorum")
						.count() == 1);
		}
	}

	@Test
	void twoNodesStartingTogetherOnAnEmptyDatabaseCreateOneSchemaAndDeployOnce() throws SQLException {
		jdbc.sql("create database leernet_race").update();
		String url = databaseUrl().replaceFirst("/[^/?]+(\\?|$)", "/leernet_race$1");

		try (ClusterNode first = ClusterNode.start("race-1", nodeSettings(url, smtpPort()));
				ClusterNode second = ClusterNode.start("race-2", nodeSettings(url, smtpPort()))) {
			first.awaitReady(START_UP);
			second.awaitReady(START_UP);
		}

		try (Connection connection = DriverManager.getConnection(url, databaseUser(), "")) {
			assertThat(count(connection, "select count(*) from act_re_deployment where name_ = 'leernet'"))
				.as("one deployment").isEqualTo(1);
			assertThat(count(connection, "select count(*) from act_re_procdef where key_ = 'learning-network'"))
				.as("one version").isEqualTo(1);
			assertThat(count(connection, "select count(*) from flyway_schema_history where not success"))
				.as("failed migrations").isZero();
			assertThat(count(connection, "select count(*) from act_id_user where id_ = '" + ClusterNode.ADMIN_USER + "'"))
				.isEqualTo(1);
		}
	}

	// ------------------------------------------------------------------ reminders

	/** Evaluations whose reminder timers wait; {@link #comeDueNow} makes them due at once. */
	final class Reminders {

		final long networkId;

		final List<String> expected = new ArrayList<>();

		final List<String> timerIds = new ArrayList<>();

		Reminders(long networkId) {
			this.networkId = networkId;
		}

		void comeDueNow() {
			Date now = new Date();
			timerIds.forEach(id -> managementService.setJobDuedate(id, now));
		}

	}

	/** A network of organisations with one contact each, and an evaluation per session and organisation. */
	Reminders prepareReminders(String code, int organisations, int sessions) {
		Reminders reminders = new Reminders(insert("""
				insert into network (code, name, minimum_organisations, maximum_organisations, collective_sessions,
				  individual_sessions, duration_months, registration_deadline, status, created_at)
				values (?, ?, 4, 15, 4, 5, 12, current_date, 'RUNNING', current_timestamp)""", code, "Netwerk " + code));
		List<Long> sessionIds = new ArrayList<>();
		for (int number = 1; number <= sessions; number++) {
			sessionIds.add(insert("""
					insert into learning_session (network_id, kind, number, planned_start, planned_end, location, status)
					values (?, 'COLLECTIVE', ?, current_timestamp, current_timestamp, 'Gent', 'HELD')""",
					reminders.networkId, number));
		}
		for (int number = 1; number <= organisations; number++) {
			String organisation = (code + "-" + number).toLowerCase();
			long organisationId = insert("""
					insert into organisation (network_id, code, name, sector, case_description, status, registered_at)
					values (?, ?, ?, 'andere', 'Cluster', 'REGISTERED', current_timestamp)""", reminders.networkId,
					organisation, "Organisatie " + number);
			String email = "contact@" + organisation + ".example";
			insert("insert into contact_person (organisation_id, name, email, user_id) values (?, ?, ?, ?)", organisationId,
					"Contact " + number, email, "contact-" + organisation);
			for (int session = 0; session < sessionIds.size(); session++) {
				String title = "Sessie " + (session + 1);
				String instanceId = runtimeService.startProcessInstanceByKey("session-evaluation", code,
						Map.of("networkCode", code, "organisationCode", organisation, "sessionId", sessionIds.get(session),
								"sessionTitle", title, "evaluationReminderDays", 3, "evaluationLapseDays", 14))
					.getId();
				reminders.timerIds.add(managementService.createJobQuery()
					.processInstanceId(instanceId)
					.activityId("BoundaryEvent_EvaluationOverdue")
					.singleResult()
					.getId());
				reminders.expected.add(email + " | Herinnering: evalueer " + title);
			}
		}
		return reminders;
	}

	void awaitAllSent(Reminders reminders, Duration timeout) {
		await(reminders.expected.size() + " mails sent", timeout,
				() -> jdbc.sql("select count(*) from mail_log where network_id = ? and status = 'SENT' and kind = 'EVALUATION_REMINDER'")
					.param(reminders.networkId)
					.query(Integer.class)
					.single() >= reminders.expected.size()
						&& managementService.createJobQuery().processDefinitionKey("session-evaluation").messages().count() == 0);
		// a late duplicate would arrive now: it fails the wait at once, nothing else ends it early
		Await.stays("no more mails than reminders", Duration.ofSeconds(2),
				() -> received().keys().size() <= reminders.expected.size());
	}

	/** Claimed but not (yet) marked sent, as "recipient | subject" like {@link Received}. */
	List<String> pendingMails(long networkId) {
		return jdbc.sql("""
				select recipient || ' | ' || subject from mail_log
				where network_id = ? and status = 'PENDING' order by idempotency_key""")
			.param(networkId)
			.query(String.class)
			.list()
			.stream()
			.collect(Collectors.toCollection(ArrayList::new));
	}

	// ------------------------------------------------------------------ mails received

	record Received(List<String> all) {

		/** The reminders among them; each evaluation's own mail (its task link, sent when it appeared) is none. */
		List<String> keys() {
			return all.stream().filter(key -> key.contains(" | Herinnering: evalueer ")).toList();
		}

		Map<String, Long> duplicates() {
			return all.stream()
				.collect(Collectors.groupingBy(Function.identity(), Collectors.counting()))
				.entrySet()
				.stream()
				.filter(entry -> entry.getValue() > 1)
				.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		}

	}

	static Received received() {
		List<String> keys = new ArrayList<>();
		for (MimeMessage message : smtp.getReceivedMessages()) {
			try {
				keys.add(message.getAllRecipients()[0] + " | " + message.getSubject());
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}
		return new Received(keys);
	}

	/** The counts the closing note of the cluster issue quotes. */
	static void report(String scenario, Reminders reminders, Received received) {
		System.out.printf("%s: %d mails expected, %d received, %d distinct, %d duplicates%n", scenario,
				reminders.expected.size(), received.all().size(), received.all().stream().distinct().count(),
				received.duplicates().size());
	}

	// ------------------------------------------------------------------ helpers

	Map<String, String> nodeSettings(String databaseUrl, int smtpPort) {
		Map<String, String> settings = new HashMap<>();
		settings.put("spring.datasource.url", databaseUrl);
		settings.put("spring.datasource.username", databaseUser());
		settings.put("spring.datasource.password", "");
		settings.put("spring.mail.host", "127.0.0.1");
		settings.put("spring.mail.port", String.valueOf(smtpPort));
		// a dead node's jobs come free after 10 s instead of 5 minutes; idle nodes look every second
		settings.put("camunda.bpm.job-execution.lock-time-in-millis", "10000");
		settings.put("camunda.bpm.job-execution.max-wait", "1000");
		return settings;
	}

	/** Its sends behind the closed gate wait for an answer until the node is killed. */
	static Map<String, String> hangingSettings(Map<String, String> settings) {
		settings.put("spring.mail.properties.mail.smtp.timeout", "300000");
		// its claims stay open until the test has seen them, however slow the machine
		settings.put("camunda.bpm.job-execution.lock-time-in-millis", "25000");
		return settings;
	}

	int smtpPort() {
		return smtp.getSmtp().getPort();
	}

	String databaseUrl() {
		try (Connection connection = dataSource.getConnection()) {
			return connection.getMetaData().getURL();
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	String databaseUser() {
		try (Connection connection = dataSource.getConnection()) {
			return connection.getMetaData().getUserName();
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	Job deadlineTimer(String networkId) {
		return managementService.createJobQuery()
			.processInstanceId(networkId)
			.activityId("BoundaryEvent_RegistrationDeadline")
			.singleResult();
	}

	long insert(String sql, Object... params) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql(sql).params(params).update(key, "id");
		return key.getKey().longValue();
	}

	static long count(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
			result.next();
			return result.getLong(1);
		}
	}

	static void await(String what, Duration timeout, BooleanSupplier done) {
		Await.until(what, timeout, done);
	}

}
