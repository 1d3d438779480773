package org.leernet.notification;

import static org.leernet.process.ProcessVariables.*;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.leernet.network.Network;
import org.leernet.network.NetworkService;
import org.leernet.recruitment.Organisation;
import org.leernet.recruitment.RecruitmentService;
import org.leernet.session.Session;
import org.leernet.session.SessionService;
import org.springframework.stereotype.Component;

/**
 * The mail step of the element template "Mail sturen" ({@code processes/element-templates/}):
 * the BPMN says which mail ({@code mailKind}) goes to whom ({@code mailTo}), as input
 * parameters. Like every mail step it queues its mails ({@link MailOutbox}); "Mail bezorgen"
 * sends them. Each mail's key is the step's job plus the recipient: a retry of that job queues
 * each mail once, while a step that runs again, such as a repeating reminder, is a new job and
 * sends anew. Without a job (a step that is not asynchronous) the activity instance stands in
 * for it.
 */
@Component
public class SendMailDelegate implements JavaDelegate {

	static final String MAIL_KIND = "mailKind";

	static final String MAIL_TO = "mailTo";

	/** The mails a step can fill from the process variables alone. */
	static final Set<MailKind> KINDS = EnumSet.of(MailKind.SESSION_REMINDER, MailKind.EVALUATION_REMINDER);

	/** Who gets the mail. */
	enum To {

		ORGANISATION_CONTACTS, ORGANISATION_ADVISER, COORDINATORS, SESSION_ATTENDEES, NETWORK_CONTACTS

	}

	private final NetworkService networks;

	private final RecruitmentService organisations;

	private final SessionService sessions;

	private final MailRecipients recipients;

	private final MailOutbox mails;

	SendMailDelegate(NetworkService networks, RecruitmentService organisations, SessionService sessions,
			MailRecipients recipients, MailOutbox mails) {
		this.networks = networks;
		this.organisations = organisations;
		this.sessions = sessions;
		this.recipients = recipients;
		this.mails = mails;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String run = run(execution);
		MailKind kind = kind(execution);
		To to = to(execution);
		Network network = networks.get(required(execution, (String) execution.getVariable(NETWORK_CODE), NETWORK_CODE));
		Organisation organisation = execution.getVariable(ORGANISATION_CODE) instanceof String code
				? organisations.get(code) : null;
		Session session = execution.getVariable(SESSION_ID) instanceof Number id ? sessions.get(id.longValue()) : null;

		Map<String, Object> model = session == null ? MailContent.model(network, organisation)
				: MailContent.model(network, organisation, session);
		String about = switch (kind) {
			case SESSION_REMINDER -> required(execution, session, SESSION_ID).title() + " – " + network.name();
			case EVALUATION_REMINDER -> {
				// the caller's title ("Collectieve sessie 2") rather than the session's kind
				Object title = execution.getVariable(SESSION_TITLE);
				String sessionTitle = title != null ? title.toString() : required(execution, session, SESSION_TITLE).title();
				model.put("sessionTitle", sessionTitle);
				yield sessionTitle;
			}
			default -> throw new IllegalStateException("Not a kind of this step: " + kind);
		};
		Long organisationId = organisation != null ? Long.valueOf(organisation.id())
				: session == null ? null : session.organisationId();
		for (Recipient recipient : recipients(execution, to, network, organisation, session)) {
			mails.queue(new Mail(kind.name() + ":" + run + ":" + recipient.email(), kind, recipient, about, model,
					network.id(), organisationId, session == null ? null : session.id(), null, null));
		}
	}

	private List<Recipient> recipients(DelegateExecution execution, To to, Network network, Organisation organisation,
			Session session) {
		return switch (to) {
			case ORGANISATION_CONTACTS -> recipients.contactsOf(required(execution, organisation, ORGANISATION_CODE));
			case ORGANISATION_ADVISER -> recipients.user(required(execution, organisation, ORGANISATION_CODE).adviser());
			case COORDINATORS -> recipients.coordinators();
			case SESSION_ATTENDEES -> recipients.of(required(execution, session, SESSION_ID));
			case NETWORK_CONTACTS -> recipients.contactsTakingPart(network.id());
		};
	}

	/** The job that runs this step: the same on every retry, another one each time the step runs again. */
	private static String run(DelegateExecution execution) {
		String job = Claimant.currentJobId();
		return job != null ? "job-" + job : "activity-" + execution.getActivityInstanceId();
	}

	private static MailKind kind(DelegateExecution execution) {
		String value = String.valueOf(execution.getVariableLocal(MAIL_KIND));
		return KINDS.stream()
			.filter(kind -> kind.name().equals(value))
			.findFirst()
			.orElseThrow(() -> failure(execution, "onbekende soort mail '" + value + "'", "unknown mail kind",
					KINDS.toString()));
	}

	private static To to(DelegateExecution execution) {
		String value = String.valueOf(execution.getVariableLocal(MAIL_TO));
		return Arrays.stream(To.values())
			.filter(to -> to.name().equals(value))
			.findFirst()
			.orElseThrow(() -> failure(execution, "onbekende ontvangers '" + value + "'", "unknown recipients",
					Arrays.toString(To.values())));
	}

	private static <T> T required(DelegateExecution execution, T value, String variable) {
		if (value == null) {
			throw failure(execution, "procesvariabele " + variable + " ontbreekt", "process variable missing", null);
		}
		return value;
	}

	/** Names the step, so that the incident in Cockpit says which element of the BPMN to fix. */
	private static ProcessEngineException failure(DelegateExecution execution, String dutch, String english,
			String choices) {
		return new ProcessEngineException("Mail sturen in '" + execution.getCurrentActivityName() + "' ("
				+ execution.getCurrentActivityId() + "): " + dutch + " (" + english + ")"
				+ (choices == null ? "" : "; mogelijk: " + choices));
	}

}
