package org.leernet.demo;

import org.leernet.process.FormValues;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.leernet.network.NetworkService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A demo network past recruitment, driven through the same tasks a coordinator and advisers
 * complete in Tasklist, so that every demo user has work waiting: the coordinator the kickoff
 * and an adviser assignment, adviser1 an intake to plan (adviser2 held two), participant-a and participant-b the
 * evaluation of their organisation's intake.
 */
@Component
@Order(DemoNetwork.ORDER)
@ConditionalOnProperty(prefix = "leernet.demo", name = "enabled", havingValue = "true")
class DemoNetwork implements ApplicationRunner {

	static final int ORDER = DemoData.ORDER + 10;

	static final String CODE = "DEMO-2027-1";

	private static final Logger log = LoggerFactory.getLogger(DemoNetwork.class);

	/** Name, sector, contact persons (name, email); the first two are participant-a's and participant-b's. */
	static final List<List<String>> ORGANISATIONS = List.of(
			List.of("Zorggroep Aurora", "zorg-welzijn", "Anna Aurora", "participant-a@leernet.local", "Els Peeters",
					"els.peeters@aurora.example"),
			List.of("Bouwbedrijf Berkenhof", "bouw", "Bart Berkenhof", "participant-b@leernet.local", "Jan Claes",
					"jan.claes@berkenhof.example"),
			List.of("Stad Cederdal", "overheid", "Chris Wouters", "chris.wouters@cederdal.example", "Lies Maes",
					"lies.maes@cederdal.example"),
			List.of("Dienst Delta", "diensten", "Dirk Janssens", "dirk.janssens@delta.example", "Sara Jacobs",
					"sara.jacobs@delta.example"));

	private final RuntimeService runtimeService;

	private final TaskService taskService;

	private final ManagementService managementService;

	private final NetworkService networks;

	DemoNetwork(RuntimeService runtimeService, TaskService taskService, ManagementService managementService,
			NetworkService networks) {
		this.runtimeService = runtimeService;
		this.taskService = taskService;
		this.managementService = managementService;
		this.networks = networks;
	}

	/** A step could not run (a mail job waits for the SMTP server): the demo stops where it is. */
	static class DemoIncomplete extends RuntimeException {

		DemoIncomplete(String taskKey) {
			super("no open " + taskKey);
		}

	}

	@Override
	public void run(ApplicationArguments args) {
		if (networks.exists(CODE)) {
			return;
		}
		try {
			build();
		}
		catch (DemoIncomplete ex) {
			log.warn("Demo network {} stopped early ({}); its waiting mail jobs are retried by the job executor", CODE,
					ex.getMessage());
		}
	}

	private void build() {
		ProcessInstance network = runtimeService.startProcessInstanceByKey("learning-network",
				Map.of("networkCode", CODE, "networkName", "Lerend Netwerk Het Nieuwe Werken - Gevorderden (demo)",
						"registrationDeadline", LocalDate.now().plusMonths(1).toString()));
		for (int i = 0; i < ORGANISATIONS.size(); i++) {
			List<String> org = ORGANISATIONS.get(i);
			String contacts = "[{\"contactName\":\"%s\",\"contactEmail\":\"%s\"},{\"contactName\":\"%s\",\"contactEmail\":\"%s\"}]"
				.formatted(org.get(2), org.get(3), org.get(4), org.get(5));
			complete(network, "Task_RegisterOrganisation", "organisationName", org.get(0), "sector", org.get(1),
					"caseDescription", "De afdeling klantendienst test de principes van Het Nieuwe Organiseren.",
					"contacts", SpinValues.jsonValue(contacts).create(), "recruitmentClosed", i == ORGANISATIONS.size() - 1);
		}
		complete(network, "Task_PlanKickoff", "kickoffStart", inDays(21, 9), "kickoffSecondStart", inDays(21, 13),
				"sessionLocation", "Brussel, Koningsstraat 1");

		List<ProcessInstance> trajectories = runtimeService.createProcessInstanceQuery()
			.processDefinitionKey("organisation-trajectory")
			.processInstanceBusinessKey(CODE)
			.orderByProcessInstanceId()
			.asc()
			.list();
		for (ProcessInstance trajectory : trajectories) {
			String code = (String) runtimeService.getVariable(trajectory.getId(), "organisationCode");
			if (code.equals("dienst-delta")) {
				continue; // the coordinator assigns this one
			}
			complete(trajectory, "Task_AssignAdviser", "adviser", code.equals("stad-cederdal") ? "adviser1" : "adviser2");
			if (code.equals("zorggroep-aurora") || code.equals("bouwbedrijf-berkenhof")) {
				complete(trajectory, "Task_ScheduleIntake", "sessionStart", inDays(7, 10), "sessionLocation", "Op locatie");
				complete(trajectory, "Task_ConductIntake", "intakeWorkOrganisation", "Functioneel georganiseerd, 120 medewerkers.",
						"intakeMaturity", "advanced", "intakeNeeds", "Meer regelruimte in de teams.",
						// the demo records it at once, a week ahead of its date, as the form allows when ticked
						"heldBeforeStart", true);
			}
		}
		log.info("Demo network {} ready: 4 organisations, kickoff planned, intakes of Aurora and Berkenhof held", CODE);
	}

	private void complete(ProcessInstance instance, String taskKey, Object... keysAndValues) {
		Task task = taskService.createTaskQuery()
			.processInstanceId(instance.getId())
			.taskDefinitionKey(taskKey)
			.singleResult();
		if (task == null) {
			throw new DemoIncomplete(taskKey);
		}
		Map<String, Object> variables = new HashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			variables.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		taskService.complete(task.getId(), variables);
		runAsyncJobs();
	}

	/**
	 * The mails after each step are asynchronous; the job executor starts only when the
	 * application is ready, after this runner, so the demo runs them itself, in order.
	 */
	private void runAsyncJobs() {
		for (List<Job> jobs = messageJobs(); !jobs.isEmpty(); jobs = messageJobs()) {
			for (Job job : jobs) {
				try {
					managementService.executeJob(job.getId());
				}
				catch (RuntimeException ex) {
					// e.g. the SMTP server is down: the job executor retries it later
					log.warn("Demo network: job {} failed and will be retried: {}", job.getId(), ex.getMessage());
				}
			}
		}
	}

	private List<Job> messageJobs() {
		return managementService.createJobQuery().messages().executable().withRetriesLeft().list();
	}

	/** A day and hour in the future, as a form's datetime field sends it. */
	private static String inDays(int days, int hour) {
		return OffsetDateTime.now(FormValues.BRUSSELS)
			.plusDays(days)
			.withHour(hour)
			.truncatedTo(ChronoUnit.HOURS)
			.toString();
	}

}
