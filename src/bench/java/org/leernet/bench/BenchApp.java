package org.leernet.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.leernet.LeernetApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Leernet in the benchmark's JVM, as in production: profile {@code postgres} (and so {@code prod})
 * with its job executor settings, authorization on, mails to the counting SMTP server.
 */
final class BenchApp implements AutoCloseable {

	static final String ADMIN_USER = "bench-beheer";

	static final String ADMIN_PASSWORD = "Bench-wachtwoord-2027";

	static final String COORDINATOR = "bench-coordinator";

	/** Part of every network code, so that runs on one external database do not collide. */
	static final String RUN = Long.toString(System.currentTimeMillis() / 1000 % 1_000_000, 36).toUpperCase();

	final ConfigurableApplicationContext context;

	final RuntimeService runtimeService;

	final HistoryService historyService;

	final TaskService taskService;

	final ManagementService managementService;

	final IdentityService identityService;

	final FilterService filterService;

	final JdbcClient jdbc;

	final HikariDataSource dataSource;

	final TransactionTemplate transactions;

	private BenchApp(ConfigurableApplicationContext context) {
		this.context = context;
		this.runtimeService = context.getBean(RuntimeService.class);
		this.historyService = context.getBean(HistoryService.class);
		this.taskService = context.getBean(TaskService.class);
		this.managementService = context.getBean(ManagementService.class);
		this.identityService = context.getBean(IdentityService.class);
		this.filterService = context.getBean(FilterService.class);
		this.jdbc = context.getBean(JdbcClient.class);
		this.dataSource = (HikariDataSource) context.getBean(DataSource.class);
		this.transactions = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
	}

	static BenchApp start(BenchDatabase database, int smtpPort, Map<String, String> extra) {
		Map<String, String> settings = new LinkedHashMap<>(settings(database, smtpPort));
		settings.put("server.port", "0");
		settings.put("spring.jmx.enabled", "false");
		// the test classpath's config/application.yaml switches the job executor off: on, as in production
		settings.put("camunda.bpm.job-execution.enabled", "true");
		settings.put("logging.level.org.camunda.bpm.engine.jobexecutor", "WARN");
		settings.putAll(extra);
		List<String> args = new ArrayList<>();
		settings.forEach((key, value) -> args.add("--" + key + "=" + value));
		BenchApp app = new BenchApp(new SpringApplicationBuilder(LeernetApplication.class).run(args.toArray(String[]::new)));
		app.user(COORDINATOR, "coordinators");
		return app;
	}

	/** What a production node needs: database, administrator, mail server. */
	static Map<String, String> settings(BenchDatabase database, int smtpPort) {
		Map<String, String> settings = new LinkedHashMap<>();
		settings.put("spring.profiles.active", "postgres");
		settings.put("DB_URL", database.url());
		settings.put("DB_USER", database.user());
		settings.put("DB_PASSWORD", database.password());
		settings.put("LEERNET_ADMIN_USER", ADMIN_USER);
		settings.put("LEERNET_ADMIN_PASSWORD", ADMIN_PASSWORD);
		settings.put("spring.mail.host", "127.0.0.1");
		settings.put("spring.mail.port", String.valueOf(smtpPort));
		return settings;
	}

	/** A user in these groups (created once), as a coordinator or adviser would be in Admin. */
	void user(String id, String... groups) {
		if (identityService.createUserQuery().userId(id).count() == 0) {
			User user = identityService.newUser(id);
			user.setFirstName(id);
			user.setLastName("Bench");
			user.setEmail(id + "@bench.example");
			user.setPassword(ADMIN_PASSWORD);
			identityService.saveUser(user);
			for (String group : groups) {
				identityService.createMembership(id, group);
			}
		}
	}

	/** The filter Tasklist shows by this name. */
	String filterId(String name) {
		return filterService.createFilterQuery().filterName(name).singleResult().getId();
	}

	/** Closes idle connections: their backends flush their statistics as they exit. */
	void flushStatistics() {
		dataSource.getHikariPoolMXBean().softEvictConnections();
		Sleep.millis(300);
	}

	@Override
	public void close() {
		context.close();
	}

}
