package org.leernet.system;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Two indexes Camunda's schema lacks, found with the benchmark (README, "Performance"):
 * <ul>
 * <li>{@value #JOB_DUE_DATE} on the due date of jobs, so that job acquisition (by due date, every
 * job with a due date: application-prod.yaml) reads the few due jobs in order instead of sorting
 * all due jobs, and never visits the many future reminder timers. Measured: 130 ms per
 * acquisition of 5 jobs with 10,000 due, which capped a reminder burst at about 20 mails/s.</li>
 * <li>{@value #AUTHORIZATION_USER} on the user of an authorization: every authorization check
 * selects the rows of the user or of their groups; with only the group column indexed that
 * "or" read the whole table (a row per open task and organisation) on every Tasklist request.</li>
 * </ul>
 * Not Flyway migrations: Flyway runs before the engine creates its tables on an empty database.
 * Made right after the engine built its schema, once; jobs of an older version without a due
 * date get one, or acquisition, which no longer looks for null, would never pick them.
 */
@Component
class EngineIndexes extends AbstractProcessEnginePlugin {

	static final String JOB_DUE_DATE = "LEERNET_IDX_JOB_DUEDATE";

	static final String AUTHORIZATION_USER = "LEERNET_IDX_AUTH_USER_ID";

	private static final Map<String, String> INDEXES = Map.of(JOB_DUE_DATE, "ACT_RU_JOB (DUEDATE_)", AUTHORIZATION_USER,
			"ACT_RU_AUTHORIZATION (USER_ID_)");

	private static final Logger log = LoggerFactory.getLogger(EngineIndexes.class);

	private final DataSource dataSource;

	private boolean ensureDueDate;

	EngineIndexes(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	@Override
	public void postInit(ProcessEngineConfigurationImpl configuration) {
		ensureDueDate = configuration.isEnsureJobDueDateNotNull();
	}

	@Override
	public void postProcessEngineBuild(ProcessEngine processEngine) {
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			connection.setAutoCommit(true);
			for (Map.Entry<String, String> index : INDEXES.entrySet()) {
				create(connection, statement, index.getKey(), index.getValue());
			}
			if (ensureDueDate) {
				int updated = statement.executeUpdate(
						"update ACT_RU_JOB set DUEDATE_ = coalesce(CREATE_TIME_, current_timestamp) where DUEDATE_ is null");
				if (updated > 0) {
					log.info("Gave {} jobs without a due date their creation time as due date", updated);
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot create the engine's extra indexes: " + ex.getMessage(), ex);
		}
	}

	private static void create(Connection connection, Statement statement, String name, String on) throws SQLException {
		String table = on.substring(0, on.indexOf(' '));
		if (exists(connection.getMetaData(), table, name)) {
			return;
		}
		try {
			statement.execute("create index " + name + " on " + on);
			log.info("Created index {} on {}", name, on);
		}
		catch (SQLException ex) {
			if (!exists(connection.getMetaData(), table, name)) {
				throw ex;
			}
			// another node created it at the same moment
		}
	}

	/** PostgreSQL keeps names in lower case, H2 in upper case. */
	static boolean exists(DatabaseMetaData metaData, String table, String index) throws SQLException {
		for (String name : new String[] { table.toLowerCase(), table.toUpperCase() }) {
			try (ResultSet indexes = metaData.getIndexInfo(null, null, name, false, true)) {
				while (indexes.next()) {
					if (index.equalsIgnoreCase(indexes.getString("INDEX_NAME"))) {
						return true;
					}
				}
			}
		}
		return false;
	}

}
