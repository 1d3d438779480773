package org.leernet.notification;

import java.util.List;

import org.leernet.network.Network;
import org.leernet.network.NetworkService;
import org.leernet.recruitment.Organisation;
import org.leernet.recruitment.RecruitmentService;
import org.leernet.session.Session;
import org.leernet.session.SessionService;
import org.springframework.stereotype.Component;

/**
 * Invitations, updates, cancellations and reminders of one session, to everyone who should come,
 * behind {@link NotificationService}.
 */
@Component
class SessionMails {

	private final SessionService sessions;

	private final NetworkService networks;

	private final RecruitmentService organisations;

	private final MailRecipients recipients;

	private final MailOutbox mails;

	private final MailSettings settings;

	SessionMails(SessionService sessions, NetworkService networks, RecruitmentService organisations,
			MailRecipients recipients, MailOutbox mails, MailSettings settings) {
		this.sessions = sessions;
		this.networks = networks;
		this.organisations = organisations;
		this.recipients = recipients;
		this.mails = mails;
		this.settings = settings;
	}

	/** The invitation, or an update with a higher SEQUENCE when the session was moved. */
	void invite(long sessionId) {
		Session session = sessions.get(sessionId);
		boolean update = session.sequence() > 0;
		send(session, update ? MailKind.SESSION_UPDATE : MailKind.SESSION_INVITATION, CalendarInvite.Method.REQUEST,
				MailKeys.invitation(session.id(), session.sequence()), update);
	}

	void cancel(Session session) {
		send(session, MailKind.SESSION_CANCELLED, CalendarInvite.Method.CANCEL, MailKeys.sessionCancelled(session.id()), false);
	}

	void remind(long sessionId) {
		Session session = sessions.get(sessionId);
		send(session, MailKind.SESSION_REMINDER, null, MailKeys.sessionReminder(session.id(), session.sequence()), false);
	}

	private void send(Session session, MailKind kind, CalendarInvite.Method method, String keyPrefix, boolean update) {
		Network network = networks.get(session.networkId());
		Organisation organisation = session.organisationId() == null ? null
				: organisations.ofNetwork(session.networkId())
					.stream()
					.filter(org -> org.id() == session.organisationId())
					.findFirst()
					.orElse(null);
		List<Recipient> people = recipients.of(session);
		String calendar = method == null ? null
				: CalendarInvite.build(method, session, network.name(), organizerEmail(),
						people.stream().map(Recipient::email).toList());
		for (Recipient recipient : people) {
			var model = MailContent.model(network, organisation, session);
			model.put("update", update);
			Mail mail = Mail.ofSession(MailKeys.of(keyPrefix, recipient), kind, recipient,
					session.title() + " – " + network.name(), model, network.id(), session.organisationId(), session.id());
			mails.queue(method == null ? mail : mail.withCalendar(calendar, CalendarInvite.fileName(method)));
		}
	}

	private String organizerEmail() {
		String from = settings.from();
		int open = from.indexOf('<');
		return open < 0 ? from.trim() : from.substring(open + 1, from.indexOf('>', open)).trim();
	}

}
