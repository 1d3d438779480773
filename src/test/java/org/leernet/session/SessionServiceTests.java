package org.leernet.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leernet.network.Network;
import org.leernet.network.NetworkService;
import org.leernet.network.NetworkStatus;
import org.leernet.process.InvalidInputException;
import org.leernet.recruitment.Organisation;
import org.leernet.recruitment.OrganisationStatus;
import org.leernet.recruitment.RecruitmentService;
import org.leernet.session.SessionService.Holding;
import org.leernet.session.SessionService.Moving;
import org.leernet.session.SessionService.Planning;

/** The rules of sessions, without Spring or an engine: the repository is a mock. */
class SessionServiceTests {

	private static final OffsetDateTime NOW = OffsetDateTime.of(2027, 1, 10, 9, 0, 0, 0, ZoneOffset.ofHours(1));

	private static final OffsetDateTime KICKOFF = NOW.plusDays(30);

	private final SessionRepository repository = mock(SessionRepository.class);

	private final NetworkService networks = mock(NetworkService.class);

	private final RecruitmentService organisations = mock(RecruitmentService.class);

	private final SessionService sessions = new SessionService(repository, networks, organisations);

	private final Network network = new Network(7, "HNW-2027-1", "Het Nieuwe Werken", 4, 15, 4, 5, 12,
			LocalDate.of(2027, 1, 31), NetworkStatus.RUNNING);

	@BeforeEach
	void setUp() {
		ClockUtil.setCurrentTime(Date.from(NOW.toInstant()));
		when(networks.get("HNW-2027-1")).thenReturn(network);
		when(networks.get(7L)).thenReturn(network);
		when(repository.kickoff(7)).thenReturn(Optional.of(session(1, SessionKind.KICKOFF, KICKOFF)));
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void aSessionBeforeTheKickoffIsRefusedInDutch() {
		assertThatThrownBy(() -> sessions.plan(collective(KICKOFF.minusDays(1))))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat((Object) ex.getDetail()).isEqualTo("sessionStart"))
			.hasMessage("De sessie (8 februari 2027 om 09:00) ligt vóór de kick-off (9 februari 2027 om 09:00).");
		verify(repository, never()).insert(anyLong(), any(), any(), anyInt(), any(), any(),
				any(), any(), any());
	}

	@Test
	void aSessionInThePastIsRefused() {
		assertThatThrownBy(() -> sessions.plan(collective(NOW.minusHours(1))))
			.isInstanceOf(InvalidInputException.class)
			.hasMessage("De datum 10 januari 2027 om 08:00 ligt in het verleden.");
	}

	@Test
	void aSessionAfterThePlannedEndNeedsItsTick() {
		OffsetDateTime late = KICKOFF.plusMonths(12).plusDays(1);
		assertThatThrownBy(() -> sessions.plan(collective(late))).isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("valt na het geplande einde van het programma (9 februari 2028 om 09:00)");
		when(repository.insert(anyLong(), any(), any(), anyInt(), any(), any(), any(), any(),
				any()))
			.thenReturn(5L);
		when(repository.get(5)).thenReturn(session(5, SessionKind.COLLECTIVE, late));
		assertThat(sessions.plan(new Planning(SessionKind.COLLECTIVE, "HNW-2027-1", null, late, null, "Gent",
				List.of("telewerk"), true)).session().id()).isEqualTo(5);
	}

	@Test
	void aCollectiveSessionNeedsAThemeAndAPlace() {
		assertThatThrownBy(() -> sessions.plan(new Planning(SessionKind.COLLECTIVE, "HNW-2027-1", null, KICKOFF.plusDays(7),
				null, "Gent", List.of(), false)))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat((Object) ex.getDetail()).isEqualTo("sessionThemes"))
			.hasMessage("Kies minstens één thema voor de sessie.");
		assertThatThrownBy(() -> sessions.plan(new Planning(SessionKind.COLLECTIVE, "HNW-2027-1", null, KICKOFF.plusDays(7),
				null, "  ", List.of("telewerk"), false)))
			.hasMessage("De locatie is verplicht.");
	}

	@Test
	void aKickoffsSecondHalfDayComesAfterTheFirstAndTheDurationCountsFromTheKickoff() {
		when(repository.kickoff(7)).thenReturn(Optional.empty());
		assertThatThrownBy(() -> sessions.plan(new Planning(SessionKind.KICKOFF, "HNW-2027-1", null, KICKOFF, null, "Gent",
				List.of(), false)))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat((Object) ex.getDetail()).isEqualTo("kickoffSecondStart"))
			.hasMessage("De tweede halve dag van de kick-off is verplicht.");
		assertThatThrownBy(() -> sessions.plan(new Planning(SessionKind.KICKOFF, "HNW-2027-1", null, KICKOFF,
				KICKOFF.minusDays(1), "Gent", List.of(), false)))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat((Object) ex.getDetail()).isEqualTo("kickoffStart"))
			.hasMessage("De tweede halve dag van de kick-off moet na de eerste (9 februari 2027 om 09:00) liggen.");
		when(repository.insert(anyLong(), any(), any(), anyInt(), any(), any(), any(), any(),
				any()))
			.thenReturn(1L);
		when(repository.get(1)).thenReturn(session(1, SessionKind.KICKOFF, KICKOFF));
		SessionResult.Planned planned = sessions.plan(new Planning(SessionKind.KICKOFF, "HNW-2027-1", null, KICKOFF,
				KICKOFF.plusDays(1), "Gent", List.of(), false));
		assertThat(planned.durationEnd()).as("from the kickoff, not from now").isEqualTo(KICKOFF.plusMonths(12));
		assertThat(planned.variables()).containsEntry("durationEndInWords", "9 februari 2028")
			.containsEntry("sessionId", 1L);
	}

	@Test
	void anEmptyAttendanceIsRefusedNotCountedAsEveryone() {
		when(repository.get(1)).thenReturn(session(1, SessionKind.KICKOFF, NOW.minusHours(4)));
		assertThatThrownBy(() -> sessions.hold(1, new Holding(false, null, List.of(), null, null)))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat((Object) ex.getDetail()).isEqualTo("attendance"))
			.hasMessage("Duid aan welke organisaties aanwezig waren.");
		verify(repository, never()).markHeld(anyLong(), any());
	}

	@Test
	void attendanceCountsTheOrganisationsStillTakingPart() {
		when(repository.get(1)).thenReturn(session(1, SessionKind.COLLECTIVE, NOW.minusHours(4)));
		when(organisations.find("acme")).thenReturn(Optional.of(organisation(11, "acme", OrganisationStatus.REGISTERED)));
		when(organisations.find("gone")).thenReturn(Optional.of(organisation(12, "gone", OrganisationStatus.WITHDRAWN)));
		when(organisations.find("done")).thenReturn(Optional.of(organisation(13, "done", OrganisationStatus.COMPLETED)));

		SessionResult.Held held = sessions.hold(1, new Holding(false, "Goed", List.of("acme", "gone", "done"), null, null));

		assertThat(held.attendingCodes()).containsExactly("acme", "done");
		assertThat(held.variables()).containsEntry("sessionOutcome", "held");
		verify(repository).addAttendance(1, 11);
		verify(repository).addAttendance(1, 13);
		verify(repository, never()).addAttendance(1, 12);
		verify(repository).markHeld(1, "Goed");
	}

	@Test
	void attendanceOfOnlyWithdrawnOrForeignOrganisationsIsRefused() {
		when(repository.get(1)).thenReturn(session(1, SessionKind.COLLECTIVE, NOW.minusHours(4)));
		when(organisations.find("gone")).thenReturn(Optional.of(organisation(12, "gone", OrganisationStatus.WITHDRAWN)));
		when(organisations.find("other")).thenReturn(Optional.of(new Organisation(14, 8, "other", "Ander", "zorg",
				OrganisationStatus.REGISTERED, null)));
		assertThatThrownBy(() -> sessions.hold(1, new Holding(false, null, List.of("gone"), null, null)))
			.hasMessage("Geen van de aangeduide organisaties neemt nog deel.");
		assertThatThrownBy(() -> sessions.hold(1, new Holding(false, null, List.of("other"), null, null)))
			.hasMessage("Organisatie 'other' neemt niet deel aan netwerk HNW-2027-1.");
	}

	@Test
	void anIndividualSessionNeedsNoAttendance() {
		when(repository.get(2)).thenReturn(session(2, SessionKind.INDIVIDUAL, NOW.minusHours(4)));
		assertThat(sessions.hold(2, new Holding(false, null, List.of(), null, null)).variables())
			.doesNotContainKey("attendingOrganisationCodes");
	}

	@Test
	void aSessionHeldBeforeItsStartNeedsItsTick() {
		when(repository.get(2)).thenReturn(session(2, SessionKind.INDIVIDUAL, NOW.plusDays(1)));
		assertThatThrownBy(() -> sessions.hold(2, new Holding(false, null, List.of(), null, null)))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat((Object) ex.getDetail()).isEqualTo("heldBeforeStart"))
			.hasMessageStartingWith("De sessie begint pas op 11 januari 2027 om 09:00.");
		sessions.hold(2, new Holding(true, null, List.of(), null, null));
		verify(repository).markHeld(2, null);
	}

	@Test
	void theClosingSessionNeedsAKnownFollowUp() {
		when(repository.get(3)).thenReturn(session(3, SessionKind.CLOSING, NOW.minusHours(4)));
		assertThatThrownBy(() -> sessions.hold(3, new Holding(false, null, List.of("acme"), "Goed", null)))
			.hasMessage("De opvolging is verplicht.");
		assertThatThrownBy(() -> sessions.hold(3, new Holding(false, null, List.of("acme"), "Goed", "later")))
			.hasMessage("Onbekende opvolging 'later'.");
	}

	@Test
	void aConductFormLeftEmptyIsNeitherHeldNorMoved() {
		assertThatThrownBy(() -> sessions.conclude(1, new SessionService.Conclusion(null, null, null)))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat((Object) ex.getDetail()).isEqualTo("sessionOutcome"))
			.hasMessage("Kies of de sessie gehouden werd of verplaatst wordt.");
	}

	@Test
	void aMovedKickoffMovesWithBothHalfDays() {
		when(repository.get(1)).thenReturn(session(1, SessionKind.KICKOFF, KICKOFF));
		assertThatThrownBy(() -> sessions.reschedule(1, new Moving(null, null, null, false)))
			.hasMessage("Kies een nieuwe datum om de sessie te verplaatsen.");
		assertThatThrownBy(() -> sessions.reschedule(1, new Moving(KICKOFF.plusDays(7), null, null, false)))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat((Object) ex.getDetail()).isEqualTo("newSecondStart"))
			.hasMessage("Kies ook een nieuwe datum voor de tweede halve dag.");

		SessionResult.Rescheduled moved = sessions.reschedule(1,
				new Moving(KICKOFF.plusDays(7), KICKOFF.plusDays(8), " Brussel ", false));

		verify(repository).reschedule(1, KICKOFF.plusDays(7), KICKOFF.plusDays(7).plusHours(4), KICKOFF.plusDays(8),
				"Brussel");
		assertThat(moved.variables()).containsEntry("kickoffStart", KICKOFF.plusDays(7).toString())
			.containsEntry("sessionStart", KICKOFF.plusDays(7).toString());
	}

	@Test
	void aMovedIntakeRecordsNoFindingsAndAHeldOneNeedsThem() {
		sessions.recordIntake(SessionService.RESCHEDULED, "acme", null, null, null);
		verify(organisations, never()).recordIntake(anyLong(), any(), any(), any());
		when(organisations.get("acme")).thenReturn(organisation(11, "acme", OrganisationStatus.REGISTERED));
		assertThatThrownBy(() -> sessions.recordIntake(SessionService.HELD, "acme", "x", " ", "y"))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat((Object) ex.getDetail()).isEqualTo("intakeMaturity"))
			.hasMessage("De maturiteit is verplicht.");
		sessions.recordIntake(SessionService.HELD, "acme", "x", "beginner", "y");
		verify(organisations).recordIntake(11, "x", "beginner", "y");
	}

	private static Planning collective(OffsetDateTime start) {
		return new Planning(SessionKind.COLLECTIVE, "HNW-2027-1", null, start, null, "Gent", List.of("telewerk"), false);
	}

	private static Session session(long id, SessionKind kind, OffsetDateTime start) {
		return new Session(id, 7, null, kind, 1, start, start.plusHours(4), "Gent", SessionStatus.PLANNED, 0, null);
	}

	private static Organisation organisation(long id, String code, OrganisationStatus status) {
		return new Organisation(id, 7, code, "Organisatie " + code, "zorg", status, null);
	}

}
