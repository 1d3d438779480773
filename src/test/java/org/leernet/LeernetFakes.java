package org.leernet;

import static org.leernet.process.ProcessVariables.*;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.leernet.identity.ParticipantAccounts;
import org.leernet.process.ReminderDates;
import org.leernet.process.DueDates;
import org.leernet.process.FormValues;
import org.leernet.process.InvalidInputException;
import org.leernet.process.TaskHandling;
import org.leernet.network.ProgrammeSettings;

/**
 * Stand-ins for the Spring beans the BPMN calls, for process tests on the in-memory engine:
 * they set exactly the variables the real delegates set, and keep the organisations' states in
 * memory instead of our tables. They refuse what the real beans refuse (missing or past dates,
 * empty attendance, missing ticks, bad programme settings), with the same exception, so a
 * process test cannot pass on input the product would reject. The real beans are exercised by
 * the Spring integration tests.
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

	/** Network code to its kickoff's start, as the sessions table knows it. */
	private final Map<String, OffsetDateTime> kickoffs = new HashMap<>();

	private static final String AFTER_PLANNED_END = "afterPlannedEnd";

	private static final String HELD_BEFORE_START = "heldBeforeStart";

	private static final Pattern NETWORK_CODE_PATTERN = Pattern.compile("[A-Z0-9]+(-[A-Z0-9]+)*");

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

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
			FormValues form = FormValues.of(execution);
			String code = form.text(NETWORK_CODE) != null ? form.text(NETWORK_CODE) : execution.getProcessBusinessKey();
			if (code == null || !NETWORK_CODE_PATTERN.matcher(code).matches()) {
				throw new InvalidInputException(NETWORK_CODE, "De netwerkcode '" + code + "' is ongeldig.");
			}
			form.requiredText(NETWORK_NAME, "De naam van het netwerk");
			// the real rule class, as RegisterNetworkDelegate applies it
			ProgrammeSettings settings = new ProgrammeSettings(
					form.integer(MINIMUM_ORGANISATIONS, "Minimum", ProgrammeSettings.DEFAULT_MINIMUM_ORGANISATIONS),
					form.integer(MAXIMUM_ORGANISATIONS, "Maximum", ProgrammeSettings.DEFAULT_MAXIMUM_ORGANISATIONS),
					form.integer(COLLECTIVE_SESSIONS, "Collectief", ProgrammeSettings.DEFAULT_COLLECTIVE_SESSIONS),
					form.integer(INDIVIDUAL_SESSIONS, "Individueel", ProgrammeSettings.DEFAULT_INDIVIDUAL_SESSIONS),
					form.integer(DURATION_MONTHS, "Looptijd", ProgrammeSettings.DEFAULT_DURATION_MONTHS),
					form.date(REGISTRATION_DEADLINE, "Uiterste inschrijvingsdatum"));
			List<String> problems = settings.problems(today());
			if (!problems.isEmpty()) {
				throw new InvalidInputException("programmeSettings", String.join(" ", problems));
			}
			execution.setProcessBusinessKey(code);
			execution.setVariable(NETWORK_CODE, code);
			execution.setVariable(MINIMUM_ORGANISATIONS, settings.minimumOrganisations());
			execution.setVariable(MAXIMUM_ORGANISATIONS, settings.maximumOrganisations());
			execution.setVariable(COLLECTIVE_SESSIONS, settings.collectiveSessions());
			execution.setVariable(INDIVIDUAL_SESSIONS, settings.individualSessions());
			execution.setVariable(DURATION_MONTHS, settings.durationMonths());
			execution.setVariable(REGISTRATION_DEADLINE, settings.registrationDeadline().toString());
			execution.setVariable(REGISTERED_ORGANISATIONS, 0);
			execution.setVariable(RECRUITMENT_CLOSED, false);
			execution.setVariable(SESSION_REMINDER_DAYS, 2);
			execution.setVariable(SURVEY_REMINDER_INTERVAL_DAYS, 7);
			execution.setVariable(SURVEY_REMINDER_COUNT, 3);
			execution.setVariable(EVALUATION_REMINDER_DAYS, 3);
		});
		Mocks.register("registerOrganisationListener", (TaskListener) task -> {
			FormValues form = FormValues.of(task);
			String name = form.requiredText("organisationName", "De naam van de organisatie");
			form.requiredText("sector", "De sector");
			form.requiredText("caseDescription", "De case");
			List<Map<String, String>> contacts = form.records("contacts");
			// as RecruitmentService: 2 to 3 contact persons, each with a name and an address
			if (contacts.size() < 2 || contacts.size() > 3) {
				throw new InvalidInputException("contacts", "Geef 2 à 3 contactpersonen op (nu " + contacts.size() + ").");
			}
			for (Map<String, String> contact : contacts) {
				String email = contact.get("contactEmail");
				if (isBlank(contact.get("contactName")) || email == null || !EMAIL.matcher(email.trim()).matches()) {
					throw new InvalidInputException("contacts", "Elke contactpersoon heeft een naam en een geldig e-mailadres.");
				}
			}
			String code = ParticipantAccounts.slug(name);
			if (organisations.containsKey(code)) {
				throw new InvalidInputException("organisationName", "'" + name + "' is al ingeschreven.");
			}
			int maximum = ((Number) task.getVariable(MAXIMUM_ORGANISATIONS)).intValue();
			organisations.put(code, registered().size() < maximum ? "REGISTERED" : "WAITING_LIST");
			task.getExecution().setVariable(REGISTERED_ORGANISATIONS, registered().size());
			for (String field : List.of("organisationName", "sector", "caseDescription", "contacts")) {
				task.getExecution().removeVariable(field);
			}
		});
		Mocks.register("extendRegistrationDelegate", (JavaDelegate) execution -> {
			LocalDate deadline = FormValues.of(execution).date(NEW_REGISTRATION_DEADLINE, "Nieuwe uiterste inschrijvingsdatum");
			if (deadline == null || !deadline.isAfter(today())) {
				throw new InvalidInputException(NEW_REGISTRATION_DEADLINE, "De nieuwe uiterste inschrijvingsdatum moet na vandaag liggen.");
			}
			execution.setVariable(REGISTRATION_DEADLINE, deadline.toString());
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
			FormValues form = FormValues.of(task);
			DelegateExecution execution = task.getExecution();
			String key = task.getTaskDefinitionKey();
			boolean kickoff = "Task_PlanKickoff".equals(key);
			String startField = kickoff ? KICKOFF_START : SESSION_START;
			OffsetDateTime start = form.requiredDateTime(startField, "De datum en het beginuur");
			form.requiredText(SESSION_LOCATION, "De locatie");
			if ("Task_PlanCollectiveSession".equals(key) && form.strings(SESSION_THEMES).isEmpty()) {
				throw new InvalidInputException(SESSION_THEMES, "Kies minstens één thema voor de sessie.");
			}
			notInThePast(start, startField);
			String network = (String) task.getVariable(NETWORK_CODE);
			if (kickoff) {
				OffsetDateTime second = form.requiredDateTime(KICKOFF_SECOND_START, "De tweede halve dag van de kick-off");
				secondAfterFirst(start, second, KICKOFF_SECOND_START);
				kickoffs.put(network, start);
			}
			else if (!"Task_ScheduleIntake".equals(key) && !"Task_PlanIndividualSession".equals(key)) {
				// as SessionService: after the kickoff, and within the programme unless ticked
				afterKickoffWithinProgramme(network, start, startField, form, task);
			}
			execution.setVariable(SESSION_ID, ++sessionIds);
			execution.setVariable(SESSION_TITLE, task.getName());
			execution.setVariable(SESSION_START, task.getVariable(startField));
			if (kickoff) {
				// the network's duration counts from the kickoff, as PlanSessionListener computes it
				int months = ((Number) task.getVariable(DURATION_MONTHS)).intValue();
				execution.setVariable(DURATION_END, Date.from(start.plusMonths(months).toInstant()));
			}
		});
		Mocks.register("recordSessionListener", (TaskListener) task -> {
			FormValues form = FormValues.of(task);
			DelegateExecution execution = task.getExecution();
			String key = task.getTaskDefinitionKey();
			// every conduct form asks whether the session was held or is moved (its default: held)
			if (form.text(SESSION_OUTCOME) == null) {
				throw new InvalidInputException(SESSION_OUTCOME, "Kies of de sessie gehouden werd of verplaatst wordt.");
			}
			if ("rescheduled".equals(form.text(SESSION_OUTCOME))) {
				OffsetDateTime newStart = form.dateTime(NEW_SESSION_START, "De nieuwe datum");
				if (newStart == null) {
					throw new InvalidInputException(NEW_SESSION_START, "Kies een nieuwe datum om de sessie te verplaatsen.");
				}
				notInThePast(newStart, NEW_SESSION_START);
				if ("Task_ConductKickoff".equals(key)) {
					OffsetDateTime second = form.dateTime(NEW_SECOND_START, "De nieuwe tweede halve dag");
					if (second == null) {
						throw new InvalidInputException(NEW_SECOND_START, "Kies ook een nieuwe datum voor de tweede halve dag.");
					}
					secondAfterFirst(newStart, second, NEW_SECOND_START);
					kickoffs.put((String) task.getVariable(NETWORK_CODE), newStart);
				}
				execution.setVariable(SESSION_START, task.getVariable(NEW_SESSION_START));
				if ("Task_ConductKickoff".equals(key)) {
					execution.setVariable(KICKOFF_START, task.getVariable(NEW_SESSION_START));
				}
				return;
			}
			Object planned = execution.getVariable(SESSION_START);
			if (planned != null && ClockUtil.getCurrentTime().toInstant().isBefore(FormValues.parseDateTime(planned.toString()).toInstant())
					&& !form.bool(HELD_BEFORE_START)) {
				throw new InvalidInputException(HELD_BEFORE_START, "De sessie begint pas op " + planned
						+ ". Vink aan dat ze toch al plaatsvond, of kies dat ze verplaatst wordt.");
			}
			if ("Task_ConductIntake".equals(key)) {
				form.requiredText("intakeWorkOrganisation", "De arbeidsorganisatie");
				form.requiredText("intakeMaturity", "De maturiteit");
				form.requiredText("intakeNeeds", "De noden en wensen");
			}
			if ("Task_ConductClosingSession".equals(key)) {
				form.requiredText(NETWORK_EVALUATION, "De evaluatie van het netwerk");
				if (!Set.of("none", "aftercare", "new-network").contains(form.requiredText(FOLLOW_UP, "De opvolging"))) {
					throw new InvalidInputException(FOLLOW_UP, "Onbekende opvolging.");
				}
			}
			if (Set.of("Task_ConductKickoff", "Task_ConductCollectiveSession", "Task_ConductClosingSession").contains(key)) {
				execution.setVariable(ATTENDING_ORGANISATION_CODES, attendance(form));
			}
			execution.setVariable(SESSION_OUTCOME, "held");
		});
		Mocks.register("saveEvaluationListener", (TaskListener) task -> {
			// as EvaluationService: a score from 1 to 5
			Integer score = FormValues.of(task).integer("evaluationScore", "De score");
			if (score == null || score < 1 || score > 5) {
				throw new InvalidInputException("evaluationScore", "Geef een score van 1 tot 5.");
			}
			evaluations++;
		});
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
		Mocks.register("assignAdviserListener",
				(TaskListener) task -> FormValues.of(task).requiredText(ADVISER, "De adviseur"));
		Mocks.register("prepareCasePresentationListener", (TaskListener) task -> {
			FormValues form = FormValues.of(task);
			if (!TaskHandling.notApplicable(task, form)) {
				form.requiredText("projectSummary", "De samenvatting van het project");
				form.requiredText("caseTeam", "De afdeling of het team van de case");
			}
		});
		TaskListener measurement = task -> {
			FormValues form = FormValues.of(task);
			if (TaskHandling.notApplicable(task, form)) {
				return;
			}
			switch (task.getTaskDefinitionKey()) {
				case "Task_DistributeBaselineSurveys" -> {
					String tracking = form.requiredText("trackingStudy", "De beslissing over het trackingsonderzoek");
					Integer participants = form.integer("trackingParticipants", "Aantal deelnemers");
					if ("yes".equals(tracking) && (participants == null || participants < 1)) {
						throw new InvalidInputException("trackingParticipants", "Geef aan hoeveel mensen deelnemen.");
					}
					requiredTick(form, "baselineQualitySurvey");
					requiredTick(form, "baselineMobilitySurvey");
				}
				case "Task_DistributeEndSurveys" -> {
					requiredTick(form, "endQualitySurvey");
					requiredTick(form, "endMobilitySurvey");
				}
				case "Task_ConfirmBaselineMeasurement", "Task_ConfirmEndMeasurement" -> {
					String prefix = task.getTaskDefinitionKey().contains("Baseline") ? "baseline" : "end";
					requiredTick(form, prefix + "ResponsesComplete");
					Integer responses = form.integer(prefix + "Responses", "Het aantal antwoorden");
					if (responses == null || responses < 1) {
						throw new InvalidInputException(prefix + "Responses", "Een meting zonder antwoorden is niet afgerond.");
					}
				}
				default -> throw new IllegalStateException("Not a measurement task: " + task.getTaskDefinitionKey());
			}
		};
		Mocks.register("distributeSurveysListener", measurement);
		Mocks.register("confirmMeasurementListener", measurement);
		TaskListener basicReport = task -> {
			FormValues form = FormValues.of(task);
			switch (task.getTaskDefinitionKey()) {
				case "Task_WriteBasicReport" -> form.requiredText("reportSummary", "De samenvatting van het rapport");
				case "Task_ApproveBasicReport" -> {
					boolean approved = form.bool("reportApproved");
					if (!approved && form.text("reportRemarks") == null) {
						throw new InvalidInputException("reportRemarks", "Geef de adviseur opmerkingen mee.");
					}
					task.getExecution().setVariable("reportApproved", approved);
				}
				case "Task_DeliverBasicReport" -> {
					if (form.date("reportDeliveredOn", "De datum van bezorging") == null) {
						throw new InvalidInputException("reportDeliveredOn", "Geef de datum waarop het rapport bezorgd is.");
					}
				}
				default -> throw new IllegalStateException("Not a basic report task: " + task.getTaskDefinitionKey());
			}
		};
		for (String listener : List.of("writeBasicReportListener", "approveBasicReportListener", "deliverBasicReportListener")) {
			Mocks.register(listener, basicReport);
		}
		// the intake's fields are checked with the session it records (recordSessionListener above)
		Mocks.register("recordIntakeListener", (TaskListener) task -> {
		});
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

	/** As RecordSessionListener: attendance is required and names organisations that take part. */
	private ArrayList<String> attendance(FormValues form) {
		List<String> present = form.strings(ATTENDANCE);
		if (present.isEmpty()) {
			throw new InvalidInputException(ATTENDANCE, "Duid aan welke organisaties aanwezig waren.");
		}
		ArrayList<String> codes = new ArrayList<>();
		for (String code : present) {
			if (!organisations.containsKey(code)) {
				throw new InvalidInputException(ATTENDANCE, "Organisatie '" + code + "' neemt niet deel aan dit netwerk.");
			}
			if (taking().contains(code)) {
				codes.add(code);
			}
		}
		if (codes.isEmpty()) {
			throw new InvalidInputException(ATTENDANCE, "Geen van de aangeduide organisaties neemt nog deel.");
		}
		return codes;
	}

	private static void notInThePast(OffsetDateTime start, String field) {
		if (start.toInstant().isBefore(ClockUtil.getCurrentTime().toInstant())) {
			throw new InvalidInputException(field, "De datum " + start + " ligt in het verleden.");
		}
	}

	private static void secondAfterFirst(OffsetDateTime start, OffsetDateTime second, String field) {
		if (!second.isAfter(start)) {
			throw new InvalidInputException(field, "De tweede halve dag van de kick-off moet na de eerste liggen.");
		}
	}

	private void afterKickoffWithinProgramme(String network, OffsetDateTime start, String field, FormValues form,
			DelegateTask task) {
		OffsetDateTime kickoff = kickoffs.get(network);
		if (kickoff == null) {
			return;
		}
		if (start.isBefore(kickoff)) {
			throw new InvalidInputException(field, "De sessie (" + start + ") ligt vóór de kick-off (" + kickoff + ").");
		}
		OffsetDateTime end = kickoff.plusMonths(((Number) task.getVariable(DURATION_MONTHS)).intValue());
		if (start.isAfter(end) && !form.bool(AFTER_PLANNED_END)) {
			throw new InvalidInputException(field, "De sessie valt na het geplande einde van het programma (" + end + ").");
		}
	}

	private static boolean requiredTick(FormValues form, String key) {
		if (!form.bool(key)) {
			throw new InvalidInputException(key, "Vink aan dat dit gebeurd is om verder te gaan.");
		}
		return true;
	}

	private static LocalDate today() {
		return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), FormValues.BRUSSELS);
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

	public List<String> registered() {
		return organisations.entrySet().stream().filter(e -> e.getValue().equals("REGISTERED")).map(Map.Entry::getKey).toList();
	}

	/** The organisations that take part: registered, or through their trajectory. */
	public List<String> taking() {
		return organisations.entrySet()
			.stream()
			.filter(e -> e.getValue().equals("REGISTERED") || e.getValue().equals("COMPLETED"))
			.map(Map.Entry::getKey)
			.toList();
	}

	/**
	 * A future date-time as Tasklist's datetime field sends it; from the engine's clock, which
	 * tests move forward to fire timers (the fakes refuse dates in its past, as the beans do).
	 */
	public static String inDays(int days) {
		return ClockUtil.getCurrentTime().toInstant().atOffset(ZoneOffset.UTC).plusDays(days).withNano(0).toString();
	}

}
