package org.leernet.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.leernet.measurement.MeasurementPhase;
import org.leernet.recruitment.OrganisationStatus;
import org.leernet.session.SessionKind;

/** The rules behind {@link NotificationService} that need no engine, database or mail server. */
class NotificationRulesTests {

	static final Recipient ELS = new Recipient("Els", "els@org.example", true, null, null, null);

	@Test
	void confirmsARegistrationWithinTheMaximumAndPutsOneBeyondItOnTheWaitingList() {
		assertThat(NotificationService.registrationKind(OrganisationStatus.REGISTERED))
			.isEqualTo(MailKind.REGISTRATION_CONFIRMATION);
		assertThat(NotificationService.registrationKind(OrganisationStatus.WAITING_LIST)).isEqualTo(MailKind.WAITING_LIST);
	}

	@Test
	void namesTheMeasurementInDutchAndCountsItsRemindersUnderTheNameTheProcessesHold() {
		assertThat(NotificationService.phaseName(MeasurementPhase.BASELINE)).isEqualTo("nulmeting");
		assertThat(NotificationService.phaseName(MeasurementPhase.END)).isEqualTo("eindmeting");
		assertThat(NotificationService.remindersSentVariable(MeasurementPhase.BASELINE)).isEqualTo("nulmetingRemindersSent");
		assertThat(NotificationService.remindersSentVariable(MeasurementPhase.END)).isEqualTo("eindmetingRemindersSent");
	}

	@Test
	void readsTheMeasurementPhaseOfAStepFromItsInputParameterOnly() {
		assertThat(MailStepInputs.phase("BASELINE")).isEqualTo(MeasurementPhase.BASELINE);
		assertThat(MailStepInputs.phase("END")).isEqualTo(MeasurementPhase.END);
		assertThatThrownBy(() -> MailStepInputs.phase(null)).isInstanceOf(MailStepException.class)
			.hasMessage("invoerparameter measurementPhase ontbreekt of is onbekend: 'null' "
					+ "(input parameter missing or unknown); mogelijk: [BASELINE, END]");
		assertThatThrownBy(() -> MailStepInputs.phase("Task_SendEndSurveyReminder")).isInstanceOf(MailStepException.class);
	}

	@Test
	void theGenericStepKnowsItsKindsAndRecipientsAndSaysWhichItOffers() {
		assertThat(MailStepInputs.kind("SESSION_REMINDER")).isEqualTo(MailKind.SESSION_REMINDER);
		assertThat(MailStepInputs.to("NETWORK_CONTACTS")).isEqualTo(MailTo.NETWORK_CONTACTS);
		assertThatThrownBy(() -> MailStepInputs.kind("SESSION_INVITATION"))
			.hasMessage("onbekende soort mail 'SESSION_INVITATION' (unknown mail kind); "
					+ "mogelijk: [SESSION_REMINDER, EVALUATION_REMINDER]");
		assertThatThrownBy(() -> MailStepInputs.to("EVERYONE")).hasMessageStartingWith(
				"onbekende ontvangers 'EVERYONE' (unknown recipients); mogelijk: [ORGANISATION_CONTACTS,");
		assertThat(MailStepException.missing("sessionId"))
			.hasMessage("procesvariabele sessionId ontbreekt (process variable missing)");
	}

	@Test
	void sessionMailsGoToOneOrganisationForAnIntakeOrIndividualSessionAndToTheNetworkOtherwise() {
		assertThat(MailRecipients.forOneOrganisation(SessionKind.INTAKE)).isTrue();
		assertThat(MailRecipients.forOneOrganisation(SessionKind.INDIVIDUAL)).isTrue();
		assertThat(MailRecipients.forOneOrganisation(SessionKind.KICKOFF)).isFalse();
		assertThat(MailRecipients.forOneOrganisation(SessionKind.COLLECTIVE)).isFalse();
		assertThat(MailRecipients.forOneOrganisation(SessionKind.CLOSING)).isFalse();
	}

	@Test
	void theNetworkIsTheOrganisationsRegisteredOrDoneNotThoseWaitingWithdrawnOrCancelled() {
		assertThat(MailRecipients.takesPart(OrganisationStatus.REGISTERED)).isTrue();
		assertThat(MailRecipients.takesPart(OrganisationStatus.COMPLETED)).isTrue();
		assertThat(MailRecipients.takesPart(OrganisationStatus.WAITING_LIST)).isFalse();
		assertThat(MailRecipients.takesPart(OrganisationStatus.WITHDRAWN)).isFalse();
		assertThat(MailRecipients.takesPart(OrganisationStatus.CANCELLED)).isFalse();
	}

	/** Mails logged before under these keys must not go out again. */
	@Test
	void keepsTheKeysUnderWhichMailsWereLoggedBefore() {
		assertThat(MailKeys.of(MailKeys.registration(MailKind.WAITING_LIST, 7), ELS)).isEqualTo("WAITING_LIST:7:els@org.example");
		assertThat(MailKeys.of(MailKeys.networkCancelled(3), ELS)).isEqualTo("NETWORK_CANCELLED:3:els@org.example");
		assertThat(MailKeys.invitation(5, 1)).isEqualTo("invitation:5:1");
		assertThat(MailKeys.sessionCancelled(5)).isEqualTo("session-cancelled:5");
		assertThat(MailKeys.sessionReminder(5, 0)).isEqualTo("session-reminder:5:0");
		assertThat(MailKeys.surveyReminder(7, MeasurementPhase.END, 2)).isEqualTo("survey-reminder:7:eindmeting:2");
		assertThat(MailKeys.surveyEscalation(7, MeasurementPhase.BASELINE)).isEqualTo("survey-escalation:7:nulmeting");
		assertThat(MailKeys.evaluationReminder(5, 7)).isEqualTo("evaluation-reminder:5:7");
		assertThat(MailKeys.taskOverdue("42")).isEqualTo("task-overdue:42");
		assertThat(MailKeys.step(MailKind.SESSION_REMINDER, MailKeys.run("99", "act-1"))).isEqualTo("SESSION_REMINDER:job-99");
		assertThat(MailKeys.run(null, "act-1")).as("a step without a job").isEqualTo("activity-act-1");
	}

	@Test
	void aMailIsFiledUnderWhatItIsAbout() {
		Mail overdue = Mail.unfiled("k", MailKind.TASK_OVERDUE, ELS, "Taak", Map.of());
		assertThat(overdue.networkId()).isNull();
		assertThat(overdue.calendar()).isNull();
		Mail registered = Mail.ofNetwork("k", MailKind.REGISTRATION_CONFIRMATION, ELS, "Netwerk", Map.of(), 3, 7L);
		assertThat(registered.networkId()).isEqualTo(3L);
		assertThat(registered.organisationId()).isEqualTo(7L);
		assertThat(registered.sessionId()).isNull();
		Mail invited = Mail.ofSession("k", MailKind.SESSION_INVITATION, ELS, "Kick-off", Map.of(), 3, null, 5L)
			.withCalendar("BEGIN:VCALENDAR", "uitnodiging.ics");
		assertThat(invited.sessionId()).isEqualTo(5L);
		assertThat(invited.organisationId()).isNull();
		assertThat(invited.calendar()).isEqualTo("BEGIN:VCALENDAR");
		assertThat(invited.calendarFileName()).isEqualTo("uitnodiging.ics");
	}

}
