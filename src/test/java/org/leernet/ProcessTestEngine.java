package org.leernet;

import java.util.List;
import java.util.UUID;

import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;
import org.camunda.community.process_test_coverage.engine.platform7.ProcessCoverageInMemProcessEngineConfiguration;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.camunda.spin.plugin.impl.SpinProcessEnginePlugin;

/**
 * The in-memory engine for process tests: no Spring, no job executor (timers and async steps
 * run when a test says so), delegates registered with {@code Mocks.register}, flow-node
 * coverage written to {@code target/process-test-coverage/}.
 */
public final class ProcessTestEngine {

	/** As in application.yaml: readable ids with hyphens, such as organisation-aurora. */
	static final String RESOURCE_ID_PATTERN = "[a-zA-Z0-9]+(-[a-zA-Z0-9]+)*|camunda-admin";

	private ProcessTestEngine() {
	}

	/**
	 * The extension for the process test class of one BPMN: the build fails below full flow-node
	 * coverage of it; the processes it calls are covered by their own test classes.
	 */
	public static ProcessEngineCoverageExtension withFullCoverage(String... calledProcesses) {
		return ProcessEngineCoverageExtension.builder(configuration())
			.assertClassCoverageAtLeast(1.0)
			.excludeProcessDefinitionKeys(calledProcesses)
			.build();
	}

	static ProcessEngineConfiguration configuration() {
		var configuration = new ProcessCoverageInMemProcessEngineConfiguration();
		// one engine per test class: BpmnAwareTests.init(...) picks it before each test
		configuration.setProcessEngineName("process-test-" + UUID.randomUUID());
		configuration.setJdbcUrl("jdbc:h2:mem:process-test-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=1000");
		configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP);
		configuration.setJobExecutorActivate(false);
		configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
		configuration.setExpressionManager(new MockExpressionManager());
		configuration.setEnforceHistoryTimeToLive(true);
		configuration.setGeneralResourceWhitelistPattern(RESOURCE_ID_PATTERN);
		configuration.setProcessEnginePlugins(List.of(new SpinProcessEnginePlugin()));
		configuration.setDefaultSerializationFormat("application/json");
		return configuration;
	}

}
