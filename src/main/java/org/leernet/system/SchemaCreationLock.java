package org.leernet.system;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Nodes of a cluster that start together on an empty PostgreSQL database would both create
 * Camunda's tables, and one would fail. This plugin holds a PostgreSQL advisory lock while the
 * engine is built (schema created or updated), so nodes build one after the other. Deployments
 * need no lock of ours: they take Camunda's deployment lock (see deployment.ModelDeployment).
 */
@Component
class SchemaCreationLock extends AbstractProcessEnginePlugin implements DisposableBean {

	/** Any number, the same on every node: "LEERNET" in ASCII. */
	static final long LOCK_KEY = 0x4C45_4552_4E45_54L;

	private static final Logger log = LoggerFactory.getLogger(SchemaCreationLock.class);

	private final DataSource dataSource;

	private Connection held;

	SchemaCreationLock(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		try {
			Connection connection = dataSource.getConnection();
			if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
				connection.close();
				return;
			}
			connection.setAutoCommit(true);
			long waitedSince = System.nanoTime();
			advisory(connection, "select pg_advisory_lock(?)");
			held = connection;
			log.info("Schema lock taken after {} ms", (System.nanoTime() - waitedSince) / 1_000_000);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot take the schema lock on the database: " + ex.getMessage(), ex);
		}
	}

	@Override
	public void postProcessEngineBuild(ProcessEngine processEngine) {
		release();
	}

	/** The engine failed to build: the lock must not outlive it. */
	@Override
	public void destroy() {
		release();
	}

	private synchronized void release() {
		if (held == null) {
			return;
		}
		try (Connection connection = held) {
			held = null;
			advisory(connection, "select pg_advisory_unlock(?)");
		}
		catch (SQLException ex) {
			// other nodes then wait for this one's session to end: say so
			log.error("Could not release the schema lock; other nodes wait until this node stops: {}", ex.getMessage());
		}
	}

	private static void advisory(Connection connection, String sql) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.setLong(1, LOCK_KEY);
			statement.execute();
		}
	}

}
