package org.leernet.measurement;

import java.time.OffsetDateTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class MeasurementRepository {

	private final JdbcClient jdbc;

	MeasurementRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void distributed(long organisationId, MeasurementPhase phase, boolean qualitySurvey, boolean mobilitySurvey,
			Boolean trackingStudy, Integer trackingParticipants) {
		jdbc.sql("""
				insert into measurement (organisation_id, phase, quality_survey, mobility_survey, tracking_study,
				  tracking_participants, distributed_at)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(organisationId, phase.name(), qualitySurvey, mobilitySurvey, trackingStudy, trackingParticipants,
					OffsetDateTime.now())
			.update();
	}

	void confirmed(long organisationId, MeasurementPhase phase, int responses, String confirmedBy) {
		jdbc.sql("update measurement set responses = ?, confirmed_by = ?, confirmed_at = ? where organisation_id = ? and phase = ?")
			.params(responses, confirmedBy, OffsetDateTime.now(), organisationId, phase.name())
			.update();
	}

	boolean isConfirmed(long organisationId, MeasurementPhase phase) {
		return jdbc.sql("select count(*) from measurement where organisation_id = ? and phase = ? and confirmed_at is not null")
			.params(organisationId, phase.name())
			.query(Integer.class)
			.single() > 0;
	}

	// Read by the overview's pages (issue 18)

	java.util.List<MeasurementService.Measured> ofNetwork(long networkId) {
		return jdbc.sql("""
				select m.organisation_id, m.phase, m.distributed_at, m.confirmed_at, m.tracking_study, m.responses
				from measurement m join organisation o on o.id = m.organisation_id where o.network_id = ?""")
			.param(networkId)
			.query((rs, row) -> new MeasurementService.Measured(rs.getLong(1), MeasurementPhase.valueOf(rs.getString(2)),
					rs.getObject(3, OffsetDateTime.class), rs.getObject(4, OffsetDateTime.class),
					rs.getObject(5, Boolean.class), rs.getObject(6, Integer.class)))
			.list();
	}

}
