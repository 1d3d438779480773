package org.leernet.measurement;

import java.time.OffsetDateTime;
import java.util.List;

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

	// Read by the exports and the overview's pages

	List<MeasurementService.Measured> ofNetwork(long networkId) {
		return jdbc.sql("""
				select m.organisation_id, m.phase, m.quality_survey, m.mobility_survey, m.tracking_study,
				  m.tracking_participants, m.distributed_at, m.responses, m.confirmed_at, m.confirmed_by
				from measurement m join organisation o on o.id = m.organisation_id
				where o.network_id = ?
				order by m.organisation_id, case m.phase when 'BASELINE' then 0 else 1 end""")
			.param(networkId)
			.query((rs, row) -> new MeasurementService.Measured(rs.getLong("organisation_id"),
					MeasurementPhase.valueOf(rs.getString("phase")), rs.getBoolean("quality_survey"),
					rs.getBoolean("mobility_survey"), rs.getObject("tracking_study", Boolean.class),
					rs.getObject("tracking_participants", Integer.class),
					rs.getObject("distributed_at", OffsetDateTime.class), rs.getObject("responses", Integer.class),
					rs.getObject("confirmed_at", OffsetDateTime.class), rs.getString("confirmed_by")))
			.list();
	}

}
