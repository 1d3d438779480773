package org.leernet.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.leernet.network.Network;
import org.leernet.network.NetworkService;
import org.leernet.network.NetworkStatus;
import org.leernet.recruitment.RecruitmentService;

/**
 * Planning a kickoff from a form that sends times without a zone (read as Brussels time): the
 * process keeps the times with their offset, for the due and follow-up dates of the BPMN, and
 * the end of the duration in words for the form that names it.
 */
class PlanSessionDatesTests {

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void aKickoffTypedWithoutZoneIsKeptWithItsBrusselsOffsetAndItsDurationEndInWords() {
		ClockUtil.setCurrentTime(Date.from(Instant.parse("2027-01-10T09:00:00Z")));
		Map<String, Object> submitted = Map.of("sessionKind", "KICKOFF", "networkCode", "HNW-2027-1",
				"kickoffStart", "2027-02-15T10:00", "kickoffSecondStart", "2027-02-16T13:30", "sessionLocation", "Gent");
		DelegateTask task = mock(DelegateTask.class);
		DelegateExecution execution = mock(DelegateExecution.class);
		when(task.getVariable(any())).thenAnswer(call -> submitted.get(call.<String>getArgument(0)));
		when(task.getExecution()).thenReturn(execution);
		// the network is the business key of the process instance, never a submitted variable
		when(execution.getProcessInstance()).thenReturn(execution);
		when(execution.getProcessBusinessKey()).thenReturn("HNW-2027-1");
		NetworkService networks = mock(NetworkService.class);
		when(networks.get("HNW-2027-1")).thenReturn(new Network(7, "HNW-2027-1", "Het Nieuwe Werken", 4, 15, 4, 5, 12,
				LocalDate.of(2027, 1, 31), NetworkStatus.RUNNING));
		SessionRepository repository = mock(SessionRepository.class);
		OffsetDateTime start = OffsetDateTime.of(2027, 2, 15, 10, 0, 0, 0, ZoneOffset.ofHours(1));
		when(repository.insert(anyLong(), any(), eq(SessionKind.KICKOFF), anyInt(), eq(start), any(), any(), eq("Gent"),
				any()))
			.thenReturn(3L);
		when(repository.get(3)).thenReturn(new Session(3, 7, null, SessionKind.KICKOFF, 1, start, start.plusHours(4), "Gent",
				SessionStatus.PLANNED, 0, null));
		SessionService sessions = new SessionService(repository, networks, mock(RecruitmentService.class));

		new PlanSessionListener(sessions).notify(task);

		verify(execution).setVariable("kickoffStart", "2027-02-15T10:00+01:00");
		verify(execution).setVariable("kickoffSecondStart", "2027-02-16T13:30+01:00");
		verify(execution).setVariable("sessionWhen", "15 februari 2027 om 10:00");
		verify(execution).setVariable("durationEndInWords", "15 februari 2028");
		assertThat(SessionService.dutch(start)).isEqualTo("15 februari 2027 om 10:00");
	}

}
