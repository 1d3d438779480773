package org.leernet.notification;

import static org.leernet.process.ProcessVariables.*;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.leernet.identity.Groups;
import org.leernet.identity.ParticipantAccounts;
import org.leernet.identity.PasswordLinks;
import org.leernet.measurement.MeasurementPhase;
import org.leernet.network.Network;
import org.leernet.network.NetworkService;
import org.leernet.process.DutchDates;
import org.leernet.process.InvalidInputException;
import org.leernet.process.TextLimits;
import org.leernet.recruitment.ContactPersonRow;
import org.leernet.recruitment.Organisation;
import org.leernet.recruitment.OrganisationStatus;
import org.leernet.recruitment.RecruitmentService;
import org.leernet.session.Session;
import org.leernet.session.SessionService;
import org.leernet.tasklink.TaskLinks;
import org.leernet.tasklink.TaskLinks.ParticipantTask;
import org.springframework.stereotype.Service;

/**
 * The front door of every mail Leernet sends: one method per kind of mail, taking ids, choosing
 * the recipients and putting the mails in the outbox ({@link MailOutbox}), which queues each
 * mail once under its key ({@link MailKeys}). The BPMN's mail steps, pages and reports call
 * these methods; none of them builds a {@link Mail} itself.
 */
@Service
public class NotificationService {

	private final NetworkService networks;

	private final RecruitmentService organisations;

	private final SessionService sessions;

	private final MailRecipients recipients;

	private final MailOutbox outbox;

	private final SessionMails sessionMails;

	private final PasswordLinks passwordLinks;

	private final MailLinks links;

	private final TaskService taskService;

	private final RepositoryService repositoryService;

	private final TaskLinks taskLinks;

	NotificationService(NetworkService networks, RecruitmentService organisations, SessionService sessions,
			MailRecipients recipients, MailOutbox outbox, SessionMails sessionMails, PasswordLinks passwordLinks,
			MailLinks links, TaskService taskService, RepositoryService repositoryService, TaskLinks taskLinks) {
		this.networks = networks;
		this.organisations = organisations;
		this.sessions = sessions;
		this.recipients = recipients;
		this.outbox = outbox;
		this.sessionMails = sessionMails;
		this.passwordLinks = passwordLinks;
		this.links = links;
		this.taskService = taskService;
		this.repositoryService = repositoryService;
		this.taskLinks = taskLinks;
	}

	/**
	 * After a registration: a confirmation, or a waiting-list notice, to the organisation's
	 * contact persons. A confirmed contact person gets a link to choose a password for Tasklist.
	 */
	public void registrationMail(String networkCode, String organisationCode) {
		Network network = networks.get(networkCode);
		Organisation organisation = ofNetwork(network, organisationCode);
		MailKind kind = registrationKind(organisation.status());
		for (Recipient recipient : recipients.contactsOf(organisation)) {
			Map<String, Object> model = MailContent.model(network, organisation);
			model.put("setPasswordUrl", kind == MailKind.REGISTRATION_CONFIRMATION && recipient.userId() != null
					? passwordLinks.issue(recipient.userId()).map(links::setPasswordUrl).orElse(null) : null);
			outbox.queue(Mail.ofNetwork(MailKeys.of(MailKeys.registration(kind, organisation.id()), recipient), kind,
					recipient, network.name(), model, network.id(), organisation.id()));
		}
	}

	/** The network is cancelled: the contacts of every registered organisation (waiting list included). */
	public void networkCancelled(String networkCode, String reason) {
		Network network = networks.get(networkCode);
		for (Organisation organisation : organisations.ofNetwork(network.id())) {
			Map<String, Object> model = MailContent.model(network, organisation);
			model.put("cancellationReason", reason);
			queueEach(recipients.contactsOf(organisation), MailKeys.networkCancelled(network.id()),
					MailKind.NETWORK_CANCELLED, network.name(), model, network, organisation.id(), null);
		}
	}

	/** The session was planned or moved: the invitation or its update, with its calendar invitation. */
	public void sessionInvitation(String networkCode, long sessionId) {
		sessionMails.invite(ofNetwork(networks.get(networkCode), sessionId).id());
	}

	/** A few days before the session: a reminder to everyone who should come. */
	public void sessionReminder(String networkCode, long sessionId) {
		sessionMails.remind(ofNetwork(networks.get(networkCode), sessionId).id());
	}

	/**
	 * An organisation a process names, only when it is of the network of the process's business
	 * key: whatever a variable says, no mail goes to another network's people.
	 */
	private Organisation ofNetwork(Network network, String organisationCode) {
		Organisation organisation = organisations.get(organisationCode);
		if (organisation.networkId() != network.id()) {
			throw new IllegalStateException("Organisation " + organisationCode + " is not of network " + network.code());
		}
		return organisation;
	}

	private Session ofNetwork(Network network, long sessionId) {
		Session session = sessions.get(sessionId);
		if (session.networkId() != network.id()) {
			throw new IllegalStateException("Session " + sessionId + " is not of network " + network.code());
		}
		return session;
	}

	/** The organisation withdrew: its planned sessions are cancelled, each with a calendar cancellation. */
	public void cancelPlannedSessions(String organisationCode) {
		for (Session session : sessions.cancelPlanned(organisations.get(organisationCode).id())) {
			sessionMails.cancel(session);
		}
	}

	/**
	 * While a measurement is open: reminder number {@code remindersSent + 1} (the first when
	 * null) to the organisation's contacts; returns its number.
	 */
	public int surveyReminder(String networkCode, String organisationCode, MeasurementPhase phase, Integer remindersSent) {
		Network network = networks.get(networkCode);
		Organisation organisation = ofNetwork(network, organisationCode);
		int number = remindersSent == null ? 1 : remindersSent + 1;
		Map<String, Object> model = MailContent.model(network, organisation);
		model.put("phaseName", phaseName(phase));
		model.put("reminderNumber", number);
		queueEach(recipients.contactsOf(organisation), MailKeys.surveyReminder(organisation.id(), phase, number),
				MailKind.SURVEY_REMINDER, phaseName(phase), model, network, organisation.id(), null);
		return number;
	}

	/** The process variable that counts the reminders of a measurement ("nulmetingRemindersSent"). */
	public static String remindersSentVariable(MeasurementPhase phase) {
		return phaseName(phase) + "RemindersSent";
	}

	/** The reminders did not help: the coordinators follow the measurement up themselves. */
	public void surveyEscalation(String networkCode, String organisationCode, MeasurementPhase phase,
			Integer reminderCount) {
		Network network = networks.get(networkCode);
		Organisation organisation = ofNetwork(network, organisationCode);
		Map<String, Object> model = MailContent.model(network, organisation);
		model.put("phaseName", phaseName(phase));
		model.put("reminderCount", reminderCount);
		queueEach(recipients.coordinators(), MailKeys.surveyEscalation(organisation.id(), phase),
				MailKind.SURVEY_ESCALATION, phaseName(phase) + " van " + organisation.name(), model, network,
				organisation.id(), null);
	}

	/**
	 * Days after a session the organisation's evaluation is not in: a reminder to its contacts,
	 * each with a link to the evaluation task of process instance {@code processInstanceId}.
	 */
	public void evaluationReminder(String networkCode, String organisationCode, long sessionId, String sessionTitle,
			String processInstanceId) {
		Network network = networks.get(networkCode);
		Organisation organisation = ofNetwork(network, organisationCode);
		Map<String, Object> model = MailContent.model(network, organisation);
		model.put("sessionTitle", sessionTitle);
		queueEach(recipients.contactsOf(organisation), MailKeys.evaluationReminder(sessionId, organisation.id()),
				MailKind.EVALUATION_REMINDER, sessionTitle, model, network, organisation.id(), sessionId,
				taskLinks.openTasks(processInstanceId, organisation.code()));
	}

	/** A participant task as its create listener knows it; session and due date may be null. */
	public record NewTask(String taskId, String name, Date dueDate, String networkCode, String organisationCode,
			Long sessionId, String sessionTitle) {
	}

	/**
	 * A participant task appeared: a mail to each contact person of its organisation with their
	 * own link to it, so that they can do it at once, without an account ("Sessie evalueren:
	 * Collectieve sessie 1 van 12 maart 2027").
	 */
	public void taskAppeared(NewTask task) {
		Network network = networks.get(required(task.networkCode(), NETWORK_CODE));
		Organisation organisation = ofNetwork(network, task.organisationCode());
		Session session = task.sessionId() == null ? null : sessions.find(task.sessionId()).orElse(null);
		Map<String, Object> model = taskModel(network, organisation, task.name(), task.dueDate(),
				task.sessionTitle() != null ? task.sessionTitle() : session == null ? null : session.title(), session);
		String about = task.name() + ": " + (model.get("sessionTitle") == null ? network.name()
				: model.get("sessionTitle") + (session == null ? "" : " van " + model.get("sessionDate")));
		queueEach(recipients.contactsOf(organisation), "task-appeared:" + task.taskId(), MailKind.TASK_ACTION, about,
				model, network, organisation.id(), session == null ? null : session.id(),
				List.of(new ParticipantTask(task.taskId(), organisation.code())));
	}

	/**
	 * A contact person's link expired while its task is still open and they asked for a new
	 * one: a fresh link at the address on file. Once per old link, however often it is asked.
	 */
	public void freshTaskLink(TaskLinks.Refresh refresh) {
		Task task = taskService.createTaskQuery().taskId(refresh.task().taskId()).singleResult();
		if (task == null) {
			return;
		}
		Organisation organisation = organisations.get(refresh.task().organisationCode());
		Network network = networks.get(organisation.networkId());
		Object sessionId = taskService.getVariable(task.getId(), SESSION_ID);
		Session session = sessionId instanceof Number id ? sessions.find(id.longValue()).orElse(null) : null;
		Object sessionTitle = taskService.getVariable(task.getId(), SESSION_TITLE);
		Map<String, Object> model = taskModel(network, organisation, task.getName(), task.getDueDate(),
				sessionTitle != null ? sessionTitle.toString() : session == null ? null : session.title(), session);
		model.put("freshLink", true);
		List<Recipient> contact = recipients.contactsOf(organisation)
			.stream()
			.filter(recipient -> Long.valueOf(refresh.contactId()).equals(recipient.contactId()))
			.toList();
		queueEach(contact, "task-link-again:" + refresh.linkId(), MailKind.TASK_LINK, task.getName(), model, network,
				organisation.id(), session == null ? null : session.id(), List.of(refresh.task()));
	}

	private static Map<String, Object> taskModel(Network network, Organisation organisation, String taskName,
			Date dueDate, String sessionTitle, Session session) {
		Map<String, Object> model = MailContent.model(network, organisation);
		model.put("taskName", taskName);
		model.put("dueDate", dueDate == null ? null : DutchDates.date(dueDate));
		model.put("sessionTitle", sessionTitle);
		model.put("sessionDate", session == null ? null : DutchDates.date(session.plannedStart()));
		return model;
	}

	/**
	 * Each open task past its due date: one reminder to its assignee or, while nobody claimed it,
	 * to the coordinators when they are its candidates.
	 */
	public void overdueTaskReminders() {
		for (Task task : taskService.createTaskQuery().active().dueBefore(ClockUtil.getCurrentTime()).list()) {
			List<Recipient> people = responsible(task);
			if (people.isEmpty()) {
				continue;
			}
			Map<String, Object> model = new HashMap<>();
			model.put("networkName", taskService.getVariable(task.getId(), "networkName"));
			model.put("networkCode", taskService.getVariable(task.getId(), "networkCode"));
			model.put("organisationName", taskService.getVariable(task.getId(), "organisationName"));
			model.put("taskName", task.getName());
			model.put("dueDate", DutchDates.date(task.getDueDate()));
			model.put("processName", repositoryService.getProcessDefinition(task.getProcessDefinitionId()).getName());
			for (Recipient recipient : people) {
				outbox.queue(Mail.unfiled(MailKeys.of(MailKeys.taskOverdue(task.getId()), recipient), MailKind.TASK_OVERDUE,
						recipient, task.getName(), model));
			}
		}
	}

	/**
	 * The generic mail step ("Mail sturen"): a mail of one of {@link MailStepInputs#KINDS} to
	 * {@code to}, filled from the ids the process holds (organisation and session may be null
	 * when the mail does not need them). Each mail's key is the step's run plus the recipient.
	 */
	public void stepMail(MailKind kind, MailTo to, String run, String networkCode, String organisationCode,
			Long sessionId, String sessionTitle, String processInstanceId) {
		Network network = networks.get(required(networkCode, NETWORK_CODE));
		Organisation organisation = organisationCode == null ? null : ofNetwork(network, organisationCode);
		Session session = sessionId == null ? null : ofNetwork(network, sessionId);
		Map<String, Object> model = session == null ? MailContent.model(network, organisation)
				: MailContent.model(network, organisation, session);
		String about = switch (kind) {
			case SESSION_REMINDER -> required(session, SESSION_ID).title() + " – "
					+ network.name();
			case EVALUATION_REMINDER -> {
				// the caller's title ("Collectieve sessie 2") rather than the session's kind
				String title = sessionTitle != null ? sessionTitle
						: required(session, SESSION_TITLE).title();
				model.put("sessionTitle", title);
				yield title;
			}
			default -> throw new IllegalStateException("Not a kind of the mail step: " + kind);
		};
		Long organisationId = organisation != null ? Long.valueOf(organisation.id())
				: session == null ? null : session.organisationId();
		// the organisation's contacts get a link to what they still have to do in this process
		List<ParticipantTask> open = to == MailTo.ORGANISATION_CONTACTS && processInstanceId != null
				? taskLinks.openTasks(processInstanceId, organisation.code()) : List.of();
		queueEach(stepRecipients(to, network, organisation, session), MailKeys.step(kind, run), kind, about, model,
				network, organisationId, session == null ? null : session.id(), open);
	}

	private List<Recipient> stepRecipients(MailTo to, Network network, Organisation organisation, Session session) {
		return switch (to) {
			case ORGANISATION_CONTACTS -> recipients.contactsOf(required(organisation, ORGANISATION_CODE));
			case ORGANISATION_ADVISER -> recipients.user(required(organisation, ORGANISATION_CODE).adviser());
			case COORDINATORS -> recipients.coordinators();
			case SESSION_ATTENDEES -> recipients.of(required(session, SESSION_ID));
			case NETWORK_CONTACTS -> recipients.contactsTakingPart(network.id());
		};
	}

	/** A confirmation within the maximum, a waiting-list notice past it. */
	static MailKind registrationKind(OrganisationStatus status) {
		return status == OrganisationStatus.WAITING_LIST ? MailKind.WAITING_LIST : MailKind.REGISTRATION_CONFIRMATION;
	}

	/** "nulmeting" or "eindmeting": how the mails name the measurement. */
	static String phaseName(MeasurementPhase phase) {
		return switch (phase) {
			case BASELINE -> "nulmeting";
			case END -> "eindmeting";
		};
	}

	/** One mail to each recipient, with the same model, under the key prefix plus their address. */
	private void queueEach(List<Recipient> to, String keyPrefix, MailKind kind, String about, Map<String, Object> model,
			Network network, Long organisationId, Long sessionId) {
		queueEach(to, keyPrefix, kind, about, model, network, organisationId, sessionId, List.of());
	}

	/**
	 * The same, where each contact person also gets their own link ({@code actionUrl}) to the
	 * first of the open participant tasks given, when there is one.
	 */
	private void queueEach(List<Recipient> to, String keyPrefix, MailKind kind, String about, Map<String, Object> model,
			Network network, Long organisationId, Long sessionId, List<ParticipantTask> open) {
		for (Recipient recipient : to) {
			String key = MailKeys.of(keyPrefix, recipient);
			Map<String, Object> own = model;
			if (!open.isEmpty() && recipient.contactId() != null && !outbox.sent(key)) {
				own = new HashMap<>(model);
				Optional<TaskLinks.Issued> link = taskLinks.issue(open.get(0), recipient.contactId());
				own.put("actionUrl", link.map(issued -> links.taskUrl(issued.token())).orElse(null));
				own.put("actionValidUntil", link.map(TaskLinks.Issued::validUntil).orElse(null));
			}
			outbox.queue(Mail.ofSession(key, kind, recipient, about, own, network.id(), organisationId, sessionId));
		}
	}

	private List<Recipient> responsible(Task task) {
		if (task.getAssignee() != null) {
			return recipients.user(task.getAssignee());
		}
		List<Recipient> people = new ArrayList<>();
		for (IdentityLink link : taskService.getIdentityLinksForTask(task.getId())) {
			if (IdentityLinkType.CANDIDATE.equals(link.getType()) && Groups.COORDINATORS.equals(link.getGroupId())) {
				people.addAll(recipients.coordinators());
			}
		}
		return people;
	}

	private static <T> T required(T value, String variable) {
		if (value == null) {
			throw MailStepException.missing(variable);
		}
		return value;
	}

	// Contact persons, edited by a coordinator

	static final String MESSAGE_SUBJECT = "messageSubject";

	static final String MESSAGE_TEXT = "messageText";

	/** A coordinator added this contact person: a mail that says so, with a set-password link for a new account. */
	public void contactAdded(String organisationCode, long contactId) {
		Organisation organisation = organisations.get(organisationCode);
		Network network = networks.get(organisation.networkId());
		ContactPersonRow contact = organisations.contactOf(organisation, contactId);
		Recipient recipient = Recipient.contact(contact);
		Map<String, Object> model = MailContent.model(network, organisation);
		model.put("setPasswordUrl", passwordLinks.issue(contact.userId()).map(links::setPasswordUrl).orElse(null));
		outbox.queue(Mail.ofNetwork(MailKeys.of(MailKind.CONTACT_ADDED.name() + ":" + contactId, recipient),
				MailKind.CONTACT_ADDED, recipient, organisation.name(), model, network.id(), organisation.id()));
	}

	/** What a coordinator's message came to: the mails queued, and the organisations they went to. */
	public record MessageSent(int mails, int organisations) {
	}

	/**
	 * A coordinator's own message (subject and text, as typed; the templates escape them) to
	 * every contact person of the organisations taking part in the network: registered or
	 * completed, not withdrawn, cancelled or on the waiting list. Not a reminder: also to contacts
	 * who opted out of reminders. Through the outbox as every mail: logged, delivered and retried
	 * by "Mail bezorgen". {@code messageId} (from the form) makes a second submission of the same
	 * form send nothing again; each mail is filed under its recipient's organisation.
	 */
	public MessageSent networkMessage(String networkCode, String messageId, String senderUserId, String subject,
			String text) {
		Network network = networks.get(networkCode);
		String cleanSubject = subject == null ? "" : subject.trim().replaceAll("\\s+", " ");
		String cleanText = text == null ? "" : text.strip().replace("\r\n", "\n").replace('\r', '\n');
		if (cleanSubject.isEmpty()) {
			throw new InvalidInputException(MESSAGE_SUBJECT, "Het onderwerp van het bericht is verplicht.");
		}
		TextLimits.checkPage(MESSAGE_SUBJECT, cleanSubject);
		if (cleanText.isEmpty()) {
			throw new InvalidInputException(MESSAGE_TEXT, "De tekst van het bericht is verplicht.");
		}
		TextLimits.checkPage(MESSAGE_TEXT, cleanText);
		String id = messageId != null && messageId.matches("[0-9a-f]{32}") ? messageId
				: UUID.randomUUID().toString().replace("-", "");
		List<Recipient> sender = recipients.user(senderUserId);
		Set<String> addresses = new HashSet<>();
		int mails = 0;
		int reached = 0;
		for (Organisation organisation : organisations.ofNetwork(network.id())) {
			if (!MailRecipients.takesPart(organisation.status())) {
				continue;
			}
			Map<String, Object> model = MailContent.model(network, organisation);
			model.put("messageSubject", cleanSubject);
			model.put(MESSAGE_TEXT, cleanText);
			model.put("messageParagraphs", paragraphs(cleanText));
			model.put("senderName", sender.isEmpty() || sender.get(0).name().isBlank() ? null : sender.get(0).name());
			boolean any = false;
			for (Recipient recipient : recipients.contactsOf(organisation)) {
				if (addresses.add(ParticipantAccounts.normalised(recipient.email()))) {
					String key = MailKeys.of("network-message:" + network.id() + ":" + id, recipient);
					outbox.queue(Mail.ofNetwork(key, MailKind.NETWORK_MESSAGE, recipient, cleanSubject, model, network.id(),
							organisation.id()));
					mails++;
					any = true;
				}
			}
			reached += any ? 1 : 0;
		}
		return new MessageSent(mails, reached);
	}

	/** The text's paragraphs (split at blank lines), each as its lines. */
	static List<List<String>> paragraphs(String text) {
		return Arrays.stream(text.split("\\n\\s*\\n"))
			.map(String::strip)
			.filter(paragraph -> !paragraph.isEmpty())
			.map(paragraph -> Arrays.stream(paragraph.split("\\n")).map(String::stripTrailing).toList())
			.toList();
	}

}
