package org.leernet;

import static org.leernet.process.ProcessVariables.*;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.leernet.identity.ParticipantAccounts;
import org.leernet.process.ReminderDates;
import org.leernet.process.DueDates;
import org.leernet.process.FormValues;

/**
 * Stand-ins for the Spring beans the BPMN calls, for process tests on the in-memory engine:
 * they set exactly the variables the real delegates set, and keep the organisations' states in
 * memory instead of our tables. The real beans are exercised by the Spring integration tests.
 */
public class LeernetFakes {

	/** Organisation code to status (REGISTERED, WAITING_LIST, WITHDRAWN, COMPLETED, CANCELLED). */
	public final Map<String, String> organisations = new LinkedHashMap<>();

	public boolean endPhase;

	public boolean closed;

	public int evaluations;

	/** Evaluations that lapsed unanswered. */
	public int unanswered;

	/** Mail delegate bean name to how often it ran. */
	public final Map<String, Integer> mailsSent = new LinkedHashMap<>();

	/** Runs of the generic mail step by its input parameters, e.g. "EVALUATION_REMINDER to ORGANISATION_CONTACTS". */
	public final Map<String, Integer> genericMails = new LinkedHashMap<>();

	private long sessionIds;

	private final RuntimeService runtimeService;

	public LeernetFakes(RuntimeService runtimeService) {
		this.runtimeService = runtimeService;
		register();
	}

	/** Public, so that expressions such as {@code ${networkPhase.isInEndPhase(networkCode)}} can call it. */
	public class FakeNetworkPhase {

		public boolean isInEndPhase(String networkCode) {
			return endPhase;
		}

	}

	private void register() {
		Mocks.register("dueDates", new DueDates());
		Mocks.register("networkPhase", new FakeNetworkPhase());
		Mocks.register("registerNetworkDelegate", (JavaDelegate) execution -> {
			String code = execution.getVariable(NETWORK_CODE) != null ? (String) execution.getVariable(NETWORK_CODE)
					: execution.getProcessBusinessKey();
			execution.setProcessBusinessKey(code);
			execution.setVariable(NETWORK_CODE, code);
			execution.setVariable(REGISTERED_ORGANISATIONS, 0);
			execution.setVariable(RECRUITMENT_CLOSED, false);
			execution.setVariable(SESSION_REMINDER_DAYS, 2);
			execution.setVariable(SURVEY_REMINDER_INTERVAL_DAYS, 7);
			execution.setVariable(SURVEY_REMINDER_COUNT, 3);
			execution.setVariable(EVALUATION_REMINDER_DAYS, 3);
		});
		Mocks.register("registerOrganisationListener", (TaskListener) task -> {
			String code = ParticipantAccounts.slug((String) task.getVariable("organisationName"));
			int maximum = ((Number) task.getVariable(MAXIMUM_ORGANISATIONS)).intValue();
			organisations.put(code, registered().size() < maximum ? "REGISTERED" : "WAITING_LIST");
			task.getExecution().setVariable(REGISTERED_ORGANISATIONS, registered().size());
			task.getExecution().removeVariable("organisationName");
		});
		Mocks.register("extendRegistrationDelegate", (JavaDelegate) execution -> {
			execution.setVariable(REGISTRATION_DEADLINE, execution.getVariable(NEW_REGISTRATION_DEADLINE));
			execution.setVariable(RECRUITMENT_CLOSED, false);
		});
		Mocks.register("cancelNetworkDelegate",
				(JavaDelegate) execution -> organisations.replaceAll((code, status) -> "CANCELLED"));
		Mocks.register("openNetworkDelegate", (JavaDelegate) execution -> {
			execution.setVariable(ORGANISATION_CODES, new ArrayList<>(registered()));
			Map<String, String> names = new LinkedHashMap<>();
			registered().forEach(code -> names.put(code, "Organisatie " + code));
			execution.setVariable(ORGANISATION_NAMES, names);
		});
		Mocks.register("planSessionListener", (TaskListener) task -> {
			DelegateExecution execution = task.getExecution();
			execution.setVariable(SESSION_ID, ++sessionIds);
			execution.setVariable(SESSION_TITLE, task.getName());
			if ("Task_PlanKickoff".equals(task.getTaskDefinitionKey())) {
				execution.setVariable(SESSION_START, task.getVariable(KICKOFF_START));
				int months = ((Number) task.getVariable(DURATION_MONTHS)).intValue();
				execution.setVariable(DURATION_END,
						Date.from(ClockUtil.getCurrentTime().toInstant().atOffset(ZoneOffset.UTC).plusMonths(months).toInstant()));
			}
		});
		Mocks.register("recordSessionListener", (TaskListener) task -> {
			DelegateExecution execution = task.getExecution();
			if ("rescheduled".equals(task.getVariable(SESSION_OUTCOME))) {
				execution.setVariable(SESSION_START, task.getVariable(NEW_SESSION_START));
				if ("Task_ConductKickoff".equals(task.getTaskDefinitionKey())) {
					execution.setVariable(KICKOFF_START, task.getVariable(NEW_SESSION_START));
				}
				return;
			}
			if (Set.of("Task_ConductKickoff", "Task_ConductCollectiveSession", "Task_ConductClosingSession")
				.contains(task.getTaskDefinitionKey())) {
				List<String> present = FormValues.of(task).strings(ATTENDANCE);
				execution.setVariable(ATTENDING_ORGANISATION_CODES,
						new ArrayList<>(present.isEmpty() ? taking() : present));
			}
			execution.setVariable(SESSION_OUTCOME, "held");
		});
		Mocks.register("saveEvaluationListener", (TaskListener) task -> evaluations++);
		Mocks.register("requestEvaluationsDelegate", (JavaDelegate) execution -> {
			@SuppressWarnings("unchecked")
			Collection<String> codes = (Collection<String>) execution.getVariable("evaluatingOrganisations");
			for (String code : codes) {
				runtimeService.createMessageCorrelation("EvaluationRequested")
					.processInstanceBusinessKey(execution.getProcessBusinessKey())
					.setVariable(NETWORK_CODE, execution.getVariable(NETWORK_CODE))
					.setVariable(SESSION_ID, execution.getVariable(SESSION_ID))
					.setVariable(SESSION_TITLE, execution.getVariable("evaluationTitle"))
					.setVariable(ORGANISATION_CODE, code)
					.setVariable(EVALUATION_REMINDER_DAYS, execution.getVariable(EVALUATION_REMINDER_DAYS))
					.setVariable(EVALUATION_LAPSE_DAYS, 14)
					.correlateStartMessage();
			}
		});
		Mocks.register("escalateToCoordinatorsDelegate", (JavaDelegate) execution -> {
			TaskService tasks = execution.getProcessEngineServices().getTaskService();
			for (Task task : tasks.createTaskQuery()
				.processInstanceId(execution.getProcessInstanceId())
				.taskDefinitionKey((String) execution.getVariable("escalatedTask"))
				.list()) {
				tasks.addCandidateGroup(task.getId(), "coordinators");
				tasks.setVariableLocal(task.getId(), "escalated", "yes");
			}
		});
		Mocks.register("recordUnansweredEvaluationDelegate", (JavaDelegate) execution -> unanswered++);
		TaskListener nothingToStore = task -> {
		};
		Mocks.register("assignAdviserListener", nothingToStore);
		Mocks.register("prepareCasePresentationListener", nothingToStore);
		for (String listener : List.of("recordIntakeListener", "distributeSurveysListener", "confirmMeasurementListener",
				"writeBasicReportListener", "approveBasicReportListener", "deliverBasicReportListener")) {
			Mocks.register(listener, nothingToStore);
		}
		Mocks.register("startEndPhaseDelegate", (JavaDelegate) execution -> {
			endPhase = true;
			runtimeService.createMessageCorrelation("EndPhaseStarted")
				.processInstanceVariableEquals(NETWORK_CODE, execution.getVariable(NETWORK_CODE))
				.correlateAll();
		});
		Mocks.register("closeNetworkDelegate", (JavaDelegate) execution -> closed = true);
		Mocks.register("recordWithdrawalDelegate", (JavaDelegate) execution -> {
			String code = (String) execution.getVariable(ORGANISATION_CODE);
			organisations.put(code, "WITHDRAWN");
			runtimeService.createMessageCorrelation("EvaluationCancelled")
				.processInstanceVariableEquals(ORGANISATION_CODE, code)
				.correlateAll();
		});
		Mocks.register("reminderDates", new ReminderDates());
		for (String mail : List.of("sendRegistrationMailDelegate", "sendNetworkCancelledMailsDelegate",
				"sendSessionInvitationDelegate", "sendSessionReminderDelegate", "sendSessionCancellationsDelegate",
				"sendSurveyReminderDelegate", "sendSurveyEscalationDelegate", "sendEvaluationReminderDelegate",
				"sendOverdueTaskRemindersDelegate")) {
			Mocks.register(mail, (JavaDelegate) execution -> mailsSent.merge(mail, 1, Integer::sum));
		}
		Mocks.register("sendMailDelegate", (JavaDelegate) execution -> genericMails.merge(
				execution.getVariableLocal("mailKind") + " to " + execution.getVariableLocal("mailTo"), 1, Integer::sum));
		Mocks.register("completeTrajectoryDelegate",
				(JavaDelegate) execution -> organisations.put((String) execution.getVariable(ORGANISATION_CODE), "COMPLETED"));
	}

	public List<String> registered() {
		return organisations.entrySet().stream().filter(e -> e.getValue().equals("REGISTERED")).map(Map.Entry::getKey).toList();
	}

	private List<String> taking() {
		return organisations.entrySet()
			.stream()
			.filter(e -> e.getValue().equals("REGISTERED") || e.getValue().equals("COMPLETED"))
			.map(Map.Entry::getKey)
			.toList();
	}

	/** A future date-time as Tasklist's datetime field sends it. */
	public static String inDays(int days) {
		return OffsetDateTime.now().plusDays(days).withNano(0).toString();
	}

}
