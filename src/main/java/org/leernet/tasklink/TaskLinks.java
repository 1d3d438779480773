package org.leernet.tasklink;

import static org.leernet.process.ProcessVariables.*;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.leernet.identity.Groups;
import org.leernet.identity.SystemActions;
import org.leernet.process.DutchDates;
import org.leernet.process.InvalidInputException;
import org.leernet.process.ResponseChannel;
import org.leernet.process.TaskFormFields;
import org.leernet.recruitment.ContactPersonRow;
import org.leernet.recruitment.Organisation;
import org.leernet.recruitment.RecruitmentService;
import org.leernet.session.Session;
import org.leernet.session.SessionService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The front door of the task links: a link in a mail with which a contact person does one task
 * of their organisation (a participant task: one for the candidate group of an organisation)
 * without an account or a login. A link is a capability for that one task and that one contact
 * person, and nothing more: it shows the task's own form, completes the task with that form's
 * fields through the same engine call and listeners as Tasklist, and is spent then. It stops
 * working when the task ends, whichever door ended it, and after {@code leernet.task-links.valid-days}.
 */
@Service
public class TaskLinks {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

	/** What a link comes to when it is followed. */
	public enum State {
		/** The task is open: its form is shown. */
		OPEN,
		/** This link completed the task: thank you. */
		ANSWERED_HERE,
		/** Someone completed the task by another door (Tasklist, or a colleague's link): "al ingevuld". */
		ANSWERED,
		/** The task ended without an answer (it lapsed, or the organisation withdrew). */
		CLOSED,
		/** The link is too old, while its task is still open: a fresh one can be mailed. */
		EXPIRED,
		/** No such link. */
		UNKNOWN
	}

	/** What the task page shows: the task, its context in Dutch, its form and the data that form uses. */
	public record TaskView(String taskName, String networkCode, String networkName, String organisationName,
			String sessionTitle, String sessionDate, String dueDate, String contactName, String form,
			Map<String, Object> data) {
	}

	/** A followed link: its state and, while its task is known, that task. */
	public record Opened(State state, TaskView task) {

		public static Opened unknown() {
			return new Opened(State.UNKNOWN, null);
		}
	}

	/** A new link: its token, for the mail only, and the last day it works ("31 januari 2027"). */
	public record Issued(String token, String validUntil) {
	}

	/** A participant task and the organisation whose candidate group it is for. */
	public record ParticipantTask(String taskId, String organisationCode) {
	}

	private final TaskLinkTokens tokens;

	private final ProcessEngine engine;

	private final TaskService taskService;

	private final FormService formService;

	private final HistoryService historyService;

	private final RecruitmentService organisations;

	private final SessionService sessions;

	private final SystemActions system;

	private final int validDays;

	TaskLinks(TaskLinkTokens tokens, ProcessEngine engine, RecruitmentService organisations, SessionService sessions,
			SystemActions system, @Value("${leernet.task-links.valid-days:30}") int validDays) {
		this.tokens = tokens;
		this.engine = engine;
		this.taskService = engine.getTaskService();
		this.formService = engine.getFormService();
		this.historyService = engine.getHistoryService();
		this.organisations = organisations;
		this.sessions = sessions;
		this.system = system;
		this.validDays = validDays;
	}

	/** The organisation a task is for, when it is a participant task: the code of its organisation's candidate group. */
	public static Optional<String> organisationOf(Collection<? extends IdentityLink> links) {
		String prefix = Groups.organisation("");
		return links.stream()
			.filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null
					&& link.getGroupId().startsWith(prefix))
			.map(link -> link.getGroupId().substring(prefix.length()))
			.findFirst();
	}

	/** The open participant tasks of a process instance for this organisation, oldest first. */
	public List<ParticipantTask> openTasks(String processInstanceId, String organisationCode) {
		return system.run(() -> taskService.createTaskQuery()
			.processInstanceId(processInstanceId)
			.taskCandidateGroup(Groups.organisation(organisationCode))
			.active()
			.orderByTaskCreateTime()
			.asc()
			.list()
			.stream()
			.map(task -> new ParticipantTask(task.getId(), organisationCode))
			.toList());
	}

	/**
	 * A new link to a participant task for one of its organisation's contact persons; empty when
	 * the contact person is not (or no longer) one of that organisation's. It takes the task as
	 * its creator knows it, since a task listener's own new task is not in the database yet. The
	 * token is returned once, for the mail.
	 */
	public Optional<Issued> issue(ParticipantTask task, long contactId) {
		boolean theirs = organisations.find(task.organisationCode())
			.map(organisation -> organisations.contacts(organisation.id())
				.stream()
				.anyMatch(contact -> contact.id() == contactId))
			.orElse(false);
		if (!theirs) {
			return Optional.empty();
		}
		OffsetDateTime now = OffsetDateTime.now();
		OffsetDateTime expiresAt = now.plusDays(validDays);
		return Optional.of(new Issued(tokens.issue(task.taskId(), contactId, now, expiresAt),
				DutchDates.date(expiresAt)));
	}

	/** What following the link shows; changes nothing. */
	public Opened open(String token) {
		Optional<TaskLinkTokens.Link> found = tokens.find(token);
		if (found.isEmpty()) {
			return Opened.unknown();
		}
		TaskLinkTokens.Link link = found.get();
		return system.run(() -> {
			Task task = taskService.createTaskQuery().taskId(link.taskId()).singleResult();
			if (task == null) {
				return new Opened(ended(link), null);
			}
			Optional<Bound> bound = contactOf(link.taskId(), link.contactId());
			if (bound.isEmpty()) {
				return Opened.unknown();
			}
			TaskView view = view(task, bound.get());
			if (link.usedAt() != null) {
				return new Opened(State.ANSWERED, view);
			}
			return new Opened(link.expired(OffsetDateTime.now()) ? State.EXPIRED : State.OPEN, view);
		});
	}

	/**
	 * Completes the link's task with the submitted values, which must be fields of its form, as
	 * the contact person (its assignee from then on), through the link's door. Returns the state
	 * the link is in afterwards: {@link State#ANSWERED_HERE} when this submission completed the
	 * task, otherwise why it did not (and nothing changed). A value the form or its listeners
	 * refuse throws {@link InvalidInputException}, and nothing is stored.
	 */
	@Transactional
	public State submit(String token, Map<String, Object> values) {
		Opened opened = open(token);
		if (opened.state() != State.OPEN) {
			// a second submission of a link that did its task: it is in, nothing changes
			return opened.state() == State.ANSWERED_HERE ? State.ANSWERED : opened.state();
		}
		TaskLinkTokens.Link link = tokens.find(token).orElseThrow();
		Set<String> fields = system.run(() -> TaskFormFields.ofVisibleTask(engine, link.taskId())).orElse(Set.of());
		Map<String, Object> variables = new LinkedHashMap<>();
		values.forEach((name, value) -> {
			if (!fields.contains(name)) {
				throw new InvalidInputException(name, "Het veld '" + name + "' hoort niet bij dit formulier.");
			}
			if (value != null && !(value instanceof String || value instanceof Number || value instanceof Boolean)) {
				throw new InvalidInputException(name, "Het veld '" + name + "' heeft geen geldige waarde.");
			}
			variables.put(name, value);
		});
		if (!tokens.spend(link.id(), OffsetDateTime.now())) {
			return State.ANSWERED;
		}
		String userId = contactOf(link.taskId(), link.contactId()).map(bound -> bound.contact().userId()).orElse(null);
		system.run(() -> ResponseChannel.LINK.run(() -> {
			taskService.setAssignee(link.taskId(), userId);
			formService.submitTaskForm(link.taskId(), variables);
			return null;
		}));
		return State.ANSWERED_HERE;
	}

	/**
	 * For a link that no longer works while its task is still open: the task and contact person
	 * to mail a fresh link to, at the address on file. Empty otherwise.
	 */
	public Optional<Refresh> refresh(String token) {
		Optional<TaskLinkTokens.Link> found = tokens.find(token);
		if (found.isEmpty() || open(token).state() != State.EXPIRED) {
			return Optional.empty();
		}
		TaskLinkTokens.Link link = found.get();
		return system.run(() -> organisationOf(taskService.getIdentityLinksForTask(link.taskId())))
			.map(organisation -> new Refresh(link.id(), new ParticipantTask(link.taskId(), organisation), link.contactId()));
	}

	/** Whom to mail a fresh link for which task, instead of the old link {@code linkId}. */
	public record Refresh(long linkId, ParticipantTask task, long contactId) {
	}

	/** A link's contact person, while they are a contact of the organisation the open task is for. */
	private record Bound(Organisation organisation, ContactPersonRow contact) {
	}

	private Optional<Bound> contactOf(String taskId, long contactId) {
		return system.run(() -> {
			if (taskService.createTaskQuery().taskId(taskId).active().count() == 0) {
				return Optional.<Bound>empty();
			}
			return organisationOf(taskService.getIdentityLinksForTask(taskId)).flatMap(organisations::find)
				.flatMap(organisation -> organisations.contacts(organisation.id())
					.stream()
					.filter(contact -> contact.id() == contactId)
					.findFirst()
					.map(contact -> new Bound(organisation, contact)));
		});
	}

	/** Why a link's task is gone: completed by someone, or ended without an answer. */
	private State ended(TaskLinkTokens.Link link) {
		HistoricTaskInstance historic = historyService.createHistoricTaskInstanceQuery()
			.taskId(link.taskId())
			.singleResult();
		if (historic != null && "completed".equals(historic.getDeleteReason())) {
			return link.usedAt() != null ? State.ANSWERED_HERE : State.ANSWERED;
		}
		return historic == null ? State.UNKNOWN : State.CLOSED;
	}

	private TaskView view(Task task, Bound bound) {
		String form = deployedForm(task.getId());
		Map<String, Object> data = new LinkedHashMap<>();
		if (form != null) {
			Set<String> names = FormReferences.of(readTree(form));
			taskService.getVariables(task.getId(), names).forEach((name, value) -> {
				Object shown = shown(value);
				if (shown != null) {
					data.put(name, shown);
				}
			});
		}
		Object sessionId = taskService.getVariable(task.getId(), SESSION_ID);
		Session session = sessionId instanceof Number id ? sessions.find(id.longValue()).orElse(null) : null;
		Object networkName = taskService.getVariable(task.getId(), NETWORK_NAME);
		Object networkCode = taskService.getVariable(task.getId(), NETWORK_CODE);
		Object sessionTitle = taskService.getVariable(task.getId(), SESSION_TITLE);
		return new TaskView(task.getName(), networkCode == null ? null : networkCode.toString(),
				networkName == null ? null : networkName.toString(), bound.organisation().name(),
				sessionTitle != null ? sessionTitle.toString() : session == null ? null : session.title(),
				session == null ? null : DutchDates.date(session.plannedStart()),
				task.getDueDate() == null ? null : DutchDates.date(task.getDueDate()), bound.contact().name(), form, data);
	}

	/** A variable as form-js takes it: text, number or yes/no; a date as ISO text; anything else is left out. */
	private static Object shown(Object value) {
		if (value instanceof String || value instanceof Number || value instanceof Boolean) {
			return value;
		}
		if (value instanceof Date date) {
			return date.toInstant().atZone(BRUSSELS).toOffsetDateTime().toString();
		}
		return null;
	}

	private String deployedForm(String taskId) {
		try (InputStream form = formService.getDeployedTaskForm(taskId)) {
			return new String(form.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException | RuntimeException ex) {
			return null;
		}
	}

	private static JsonNode readTree(String form) {
		try {
			return JSON.readTree(form);
		}
		catch (IOException ex) {
			throw new IllegalStateException("A deployed form that is no JSON", ex);
		}
	}

}
