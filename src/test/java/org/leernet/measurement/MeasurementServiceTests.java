package org.leernet.measurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leernet.process.InvalidInputException;
import org.leernet.recruitment.Organisation;
import org.leernet.recruitment.OrganisationStatus;
import org.leernet.recruitment.RecruitmentService;
import org.leernet.measurement.MeasurementService.Distribution;

/** The rules of measurements and the basic report, without Spring or an engine. */
class MeasurementServiceTests {

	private final MeasurementRepository measurements = mock(MeasurementRepository.class);

	private final BasicReportRepository reports = mock(BasicReportRepository.class);

	private final RecruitmentService organisations = mock(RecruitmentService.class);

	private final MeasurementService service = new MeasurementService(measurements, reports, organisations);

	@BeforeEach
	void setUp() {
		when(organisations.get("acme"))
			.thenReturn(new Organisation(11, 7, "acme", "Acme", "zorg", OrganisationStatus.REGISTERED, "adviseur"));
	}

	@Test
	void theBaselineNeedsATrackingDecisionAndParticipantsWhenItRuns() {
		assertThatThrownBy(() -> service.distributed("acme", MeasurementPhase.BASELINE, new Distribution(true, true, null, null)))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat((Object) ex.getDetail()).isEqualTo("trackingStudy"))
			.hasMessage("De beslissing over het trackingsonderzoek is verplicht.");
		assertThatThrownBy(() -> service.distributed("acme", MeasurementPhase.BASELINE, new Distribution(true, true, "yes", 0)))
			.hasMessage("Geef aan hoeveel mensen deelnemen aan het trackingsonderzoek.");

		service.distributed("acme", MeasurementPhase.BASELINE, new Distribution(true, true, "no", 5));

		verify(measurements).distributed(11, MeasurementPhase.BASELINE, true, true, false, null);
	}

	@Test
	void theEndMeasurementHasNoTrackingStudyButNeedsBothTicks() {
		assertThatThrownBy(() -> service.distributed("acme", MeasurementPhase.END, new Distribution(true, false, null, null)))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat((Object) ex.getDetail()).isEqualTo("endMobilitySurvey"))
			.hasMessage("Vink aan dat dit gebeurd is om verder te gaan.");

		service.distributed("acme", MeasurementPhase.END, new Distribution(true, true, null, null));

		verify(measurements).distributed(11, MeasurementPhase.END, true, true, null, null);
	}

	@Test
	void aMeasurementWithoutResponsesIsNotDone() {
		assertThatThrownBy(() -> service.confirmed("acme", MeasurementPhase.BASELINE, true, 0, "coordinator"))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat((Object) ex.getDetail()).isEqualTo("baselineResponses"))
			.hasMessageStartingWith("Een meting zonder antwoorden is niet afgerond.");
		assertThatThrownBy(() -> service.confirmed("acme", MeasurementPhase.END, false, 12, "coordinator"))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat((Object) ex.getDetail()).isEqualTo("endResponsesComplete"));
		verify(measurements, never()).confirmed(anyLong(), any(), anyInt(), any());

		service.confirmed("acme", MeasurementPhase.END, true, 12, "coordinator");

		verify(measurements).confirmed(11, MeasurementPhase.END, 12, "coordinator");
	}

	@Test
	void aReportSentBackNeedsRemarks() {
		assertThatThrownBy(() -> service.reportReviewed("acme", false, null, "coordinator"))
			.hasMessage("Geef de adviseur opmerkingen mee als u het rapport terugstuurt.");
		verify(reports, never()).reviewed(anyLong(), anyBoolean(), any(), any());

		assertThat(service.reportReviewed("acme", false, "Meer cijfers", "coordinator")).isFalse();
		assertThat(service.reportReviewed("acme", true, null, "coordinator")).isTrue();
	}

	@Test
	void aReportNeedsItsSummaryAndItsDeliveryDate() {
		assertThatThrownBy(() -> service.reportWritten("acme", " ", null, "adviseur"))
			.hasMessage("De samenvatting van het rapport is verplicht.");
		assertThatThrownBy(() -> service.reportDelivered("acme", null, null))
			.hasMessage("Geef de datum waarop het rapport bezorgd is.");

		service.reportDelivered("acme", LocalDate.of(2027, 6, 1), "Per post");

		verify(reports).delivered(11, LocalDate.of(2027, 6, 1), "Per post");
	}

}
