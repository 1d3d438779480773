package org.leernet.migration;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigratingActivityInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationException;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigratingTransitionInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigrationInstructionValidationReport;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstanceQuery;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves running process instances (networks, their organisation trajectories, evaluations) from
 * older versions to the newest version of their process, with Camunda's migration: activities
 * with the same id map onto each other, tasks and timers stay, new boundary timers appear. All
 * or nothing: one instance that cannot be mapped stops the whole migration. A dry run does the
 * same migration in a transaction that is rolled back, so it finds exactly what would fail.
 */
@Service
public class VersionMigration {

	/** What a migration did or would do, per process and older version. */
	public record Report(boolean dryRun, boolean migrated, List<Plan> plans) {

		public boolean hasProblems() {
			return plans.stream().anyMatch(plan -> !plan.problems().isEmpty());
		}

	}

	public record Plan(String processKey, int fromVersion, int toVersion, List<String> processInstanceIds,
			List<String> problems) {
	}

	private final RepositoryService repositoryService;

	private final RuntimeService runtimeService;

	private final TransactionTemplate transaction;

	private final ConstantInputs constantInputs;

	VersionMigration(RepositoryService repositoryService, RuntimeService runtimeService,
			PlatformTransactionManager transactions, ConstantInputs constantInputs) {
		this.repositoryService = repositoryService;
		this.runtimeService = runtimeService;
		this.constantInputs = constantInputs;
		this.transaction = new TransactionTemplate(transactions);
	}

	/** Lists what would move and what cannot be mapped; changes nothing. */
	public Report dryRun(String networkCode) {
		return run(networkCode, true);
	}

	/** Migrates, or, when anything cannot be mapped, migrates nothing and says why. */
	public Report migrate(String networkCode) {
		return run(networkCode, false);
	}

	private Report run(String networkCode, boolean dryRun) {
		List<Plan> plans = transaction.execute(status -> {
			List<Plan> result = migrateAll(networkCode);
			if (dryRun || result.stream().anyMatch(plan -> !plan.problems().isEmpty())) {
				status.setRollbackOnly();
			}
			return result;
		});
		boolean problems = plans.stream().anyMatch(plan -> !plan.problems().isEmpty());
		return new Report(dryRun, !dryRun && !problems && !plans.isEmpty(), plans);
	}

	private List<Plan> migrateAll(String networkCode) {
		List<Plan> plans = new ArrayList<>();
		for (ProcessDefinition newest : repositoryService.createProcessDefinitionQuery().latestVersion().list()) {
			List<ProcessDefinition> older = repositoryService.createProcessDefinitionQuery()
				.processDefinitionKey(newest.getKey())
				.orderByProcessDefinitionVersion()
				.asc()
				.list()
				.stream()
				.filter(definition -> definition.getVersion() < newest.getVersion())
				.toList();
			for (ProcessDefinition source : older) {
				List<String> instances = instancesOf(source, networkCode);
				if (!instances.isEmpty()) {
					plans.add(migrate(source, newest, instances));
				}
			}
		}
		return plans;
	}

	private List<String> instancesOf(ProcessDefinition definition, String networkCode) {
		ProcessInstanceQuery query = runtimeService.createProcessInstanceQuery().processDefinitionId(definition.getId());
		if (networkCode != null) {
			query.processInstanceBusinessKey(networkCode);
		}
		return query.list().stream().map(ProcessInstance::getId).toList();
	}

	private Plan migrate(ProcessDefinition source, ProcessDefinition target, List<String> instances) {
		List<String> problems = new ArrayList<>();
		try {
			MigrationPlan plan = runtimeService.createMigrationPlan(source.getId(), target.getId())
				.mapEqualActivities()
				.updateEventTriggers()
				.build();
			runtimeService.newMigration(plan).processInstanceIds(instances).execute();
			constantInputs.fillIn(target.getId(), instances);
		}
		catch (MigrationPlanValidationException ex) {
			for (MigrationInstructionValidationReport report : ex.getValidationReport().getInstructionReports()) {
				report.getFailures()
					.forEach(failure -> problems.add(report.getMigrationInstruction().getSourceActivityId() + ": " + failure));
			}
		}
		catch (MigratingProcessInstanceValidationException ex) {
			problems.addAll(describe(ex.getValidationReport()));
		}
		return new Plan(source.getKey(), source.getVersion(), target.getVersion(), instances, problems);
	}

	private static List<String> describe(MigratingProcessInstanceValidationReport report) {
		List<String> problems = new ArrayList<>();
		String instance = "instance " + report.getProcessInstanceId();
		report.getFailures().forEach(failure -> problems.add(instance + ": " + failure));
		for (MigratingActivityInstanceValidationReport activity : report.getActivityInstanceReports()) {
			activity.getFailures()
				.forEach(failure -> problems.add(instance + ", " + activity.getSourceScopeId() + ": " + failure));
		}
		for (MigratingTransitionInstanceValidationReport transition : report.getTransitionInstanceReports()) {
			transition.getFailures()
				.forEach(failure -> problems.add(instance + ", " + transition.getSourceScopeId() + ": " + failure));
		}
		return problems;
	}

}
