package org.leernet.demo;

import static org.leernet.process.ProcessVariables.NETWORK_CODE;
import static org.leernet.process.ProcessVariables.ORGANISATION_CODE;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.leernet.network.NetworkService;
import org.leernet.process.FormValues;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * A demo network past recruitment, driven through the same tasks a coordinator and advisers
 * complete in Tasklist, so that every demo user has work waiting: the coordinator the kickoff
 * and an adviser assignment, adviser1 an intake to plan (adviser2 held two), participant-a and participant-b the
 * evaluation of their organisation's intake. The steps, and what each one types, are data:
 * {@value #STEPS}, so the tasks they name stay with the models, not in the code.
 */
@Component
@Order(DemoNetwork.ORDER)
@ConditionalOnProperty(prefix = "leernet.demo", name = "enabled", havingValue = "true")
class DemoNetwork implements ApplicationRunner {

	static final int ORDER = DemoData.ORDER + 10;

	static final String CODE = "DEMO-2027-1";

	static final String STEPS = "demo/demo-network.json";

	private static final Logger log = LoggerFactory.getLogger(DemoNetwork.class);

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
		JsonNode steps = steps();
		Map<String, Object> start = values(steps.get("start"));
		start.put(NETWORK_CODE, CODE);
		ProcessInstance network = runtimeService.startProcessInstanceByKey("learning-network", start);
		completeAll(network, steps.get("network"));

		List<ProcessInstance> trajectories = runtimeService.createProcessInstanceQuery()
			.processDefinitionKey("organisation-trajectory")
			.processInstanceBusinessKey(CODE)
			.orderByProcessInstanceId()
			.asc()
			.list();
		for (ProcessInstance trajectory : trajectories) {
			String code = (String) runtimeService.getVariable(trajectory.getId(), ORGANISATION_CODE);
			// an organisation without steps waits for the coordinator
			completeAll(trajectory, steps.path("trajectories").path(code));
		}
		log.info("Demo network {} ready: 4 organisations, kickoff planned, intakes of Aurora and Berkenhof held", CODE);
	}

	private static JsonNode steps() {
		try (InputStream in = new ClassPathResource(STEPS).getInputStream()) {
			return new ObjectMapper().readTree(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void completeAll(ProcessInstance instance, JsonNode steps) {
		for (JsonNode step : steps) {
			complete(instance, step.get("task").asText(), values(step.get("values")));
		}
	}

	private void complete(ProcessInstance instance, String taskKey, Map<String, Object> variables) {
		Task task = taskService.createTaskQuery()
			.processInstanceId(instance.getId())
			.taskDefinitionKey(taskKey)
			.singleResult();
		if (task == null) {
			throw new DemoIncomplete(taskKey);
		}
		taskService.complete(task.getId(), variables);
		runAsyncJobs();
	}

	/** What a form sends for the step's values: see {@value #STEPS}. */
	private static Map<String, Object> values(JsonNode values) {
		Map<String, Object> variables = new HashMap<>();
		values.fields().forEachRemaining(field -> variables.put(field.getKey(), value(field.getValue())));
		return variables;
	}

	private static Object value(JsonNode value) {
		if (value.isArray()) {
			return SpinValues.jsonValue(value.toString()).create();
		}
		if (value.has("inDays")) {
			return inDays(value.get("inDays").asInt(), value.get("hour").asInt());
		}
		if (value.has("inMonths")) {
			return LocalDate.now().plusMonths(value.get("inMonths").asInt()).toString();
		}
		return value.isBoolean() ? value.asBoolean() : value.asText();
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
