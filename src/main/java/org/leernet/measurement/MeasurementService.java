package org.leernet.measurement;

import java.time.LocalDate;

import org.leernet.process.InvalidInputException;
import org.leernet.process.ProcessKeys;
import org.leernet.recruitment.RecruitmentService;
import org.springframework.stereotype.Service;

/**
 * The front door of measurements (the surveys of the baseline and the end measurement) and of
 * the basic report that sums them up: written by the adviser, reviewed by a coordinator, delivered.
 */
@Service
public class MeasurementService {

	public static final String TRACKING_STUDY = "trackingStudy";

	public static final String TRACKING_PARTICIPANTS = "trackingParticipants";

	private final MeasurementRepository measurements;

	private final BasicReportRepository reports;

	private final RecruitmentService organisations;

	MeasurementService(MeasurementRepository measurements, BasicReportRepository reports,
			RecruitmentService organisations) {
		this.measurements = measurements;
		this.reports = reports;
		this.organisations = organisations;
	}

	/** The ticks of a distributed phase; the tracking study decision ("yes"/"no") for the baseline only. */
	public record Distribution(boolean qualitySurvey, boolean mobilitySurvey, String trackingStudy,
			Integer trackingParticipants) {
	}

	/** Both surveys went out; with the baseline, whether and with how many people the tracking study runs. */
	/** The organisation of the trajectory this instance is, from our tables, never from a submission. */
	public String organisationOf(ProcessKeys.Instance trajectory) {
		return organisations.ofTrajectory(trajectory).code();
	}

	public void distributed(String organisationCode, MeasurementPhase phase, Distribution distribution) {
		long organisationId = organisations.get(organisationCode).id();
		Boolean tracking = null;
		Integer participants = null;
		if (phase.withTrackingStudy()) {
			if (distribution.trackingStudy() == null) {
				throw new InvalidInputException(TRACKING_STUDY, "De beslissing over het trackingsonderzoek is verplicht.");
			}
			tracking = "yes".equals(distribution.trackingStudy());
			participants = tracking ? distribution.trackingParticipants() : null;
			if (tracking && (participants == null || participants < 1)) {
				throw new InvalidInputException(TRACKING_PARTICIPANTS,
						"Geef aan hoeveel mensen deelnemen aan het trackingsonderzoek.");
			}
		}
		requiredTick(distribution.qualitySurvey(), phase.field("QualitySurvey"));
		requiredTick(distribution.mobilitySurvey(), phase.field("MobilitySurvey"));
		measurements.distributed(organisationId, phase, true, true, tracking, participants);
	}

	/** The responses are in: at least one, or the survey is not done yet. */
	public void confirmed(String organisationCode, MeasurementPhase phase, boolean complete, Integer responses,
			String confirmedBy) {
		long organisationId = organisations.get(organisationCode).id();
		requiredTick(complete, phase.field("ResponsesComplete"));
		if (responses == null || responses < 1) {
			// "0 answers received" is no completed survey: the survey stays open until answers come in
			throw new InvalidInputException(phase.field("Responses"),
					"Een meting zonder antwoorden is niet afgerond. Geef het aantal ontvangen antwoorden (minstens 1).");
		}
		measurements.confirmed(organisationId, phase, responses, confirmedBy);
	}

	public boolean isConfirmed(long organisationId, MeasurementPhase phase) {
		return measurements.isConfirmed(organisationId, phase);
	}

	/** A (new version of the) report, waiting for review. */
	public void reportWritten(String organisationCode, String summary, String link, String writtenBy) {
		long organisationId = organisations.get(organisationCode).id();
		if (summary == null || summary.isBlank()) {
			throw new InvalidInputException("reportSummary", "De samenvatting van het rapport is verplicht.");
		}
		reports.written(organisationId, summary.strip(), link, writtenBy);
	}

	/** Approved, or sent back with remarks; returns whether it was approved. */
	public boolean reportReviewed(String organisationCode, boolean approved, String remarks, String reviewer) {
		long organisationId = organisations.get(organisationCode).id();
		if (!approved && (remarks == null || remarks.isBlank())) {
			throw new InvalidInputException("reportRemarks", "Geef de adviseur opmerkingen mee als u het rapport terugstuurt.");
		}
		reports.reviewed(organisationId, approved, remarks, reviewer);
		return approved;
	}

	public void reportDelivered(String organisationCode, LocalDate on, String notes) {
		long organisationId = organisations.get(organisationCode).id();
		if (on == null) {
			throw new InvalidInputException("reportDeliveredOn", "Geef de datum waarop het rapport bezorgd is.");
		}
		reports.delivered(organisationId, on, notes);
	}

	public boolean isReportDelivered(long organisationId) {
		return reports.isDelivered(organisationId);
	}

	private static void requiredTick(boolean ticked, String field) {
		if (!ticked) {
			throw new InvalidInputException(field, "Vink aan dat dit gebeurd is om verder te gaan.");
		}
	}

	// Read by the overview's pages (issue 18)

	/** A measurement of an organisation: distributed since, confirmed when (null: still open). */
	public record Measured(long organisationId, MeasurementPhase phase, java.time.OffsetDateTime distributedAt,
			java.time.OffsetDateTime confirmedAt, Boolean trackingStudy, Integer responses) {
	}

	/** Every measurement of the network's organisations, in one query. */
	public java.util.List<Measured> measurementsOfNetwork(long networkId) {
		return measurements.ofNetwork(networkId);
	}

	/** An organisation's basic report: written (waiting for approval until approved), delivered on. */
	public record Report(long organisationId, boolean approved, LocalDate deliveredOn) {
	}

	/** The basic reports of the network's organisations, in one query. */
	public java.util.List<Report> reportsOfNetwork(long networkId) {
		return reports.ofNetwork(networkId);
	}

}
