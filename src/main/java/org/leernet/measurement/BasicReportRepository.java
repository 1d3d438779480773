package org.leernet.measurement;

import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class BasicReportRepository {

	private final JdbcClient jdbc;

	BasicReportRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void written(long organisationId, String summary, String link, String writtenBy) {
		int updated = jdbc.sql("update basic_report set summary = ?, link = ?, written_by = ?, approved = false where organisation_id = ?")
			.params(summary, link, writtenBy, organisationId)
			.update();
		if (updated == 0) {
			jdbc.sql("insert into basic_report (organisation_id, summary, link, written_by) values (?, ?, ?, ?)")
				.params(organisationId, summary, link, writtenBy)
				.update();
		}
	}

	void reviewed(long organisationId, boolean approved, String remarks, String reviewer) {
		jdbc.sql("update basic_report set approved = ?, remarks = ?, approved_by = ? where organisation_id = ?")
			.params(approved, remarks, reviewer, organisationId)
			.update();
	}

	void delivered(long organisationId, LocalDate on, String notes) {
		jdbc.sql("update basic_report set delivered_on = ?, delivery_notes = ? where organisation_id = ?")
			.params(on, notes, organisationId)
			.update();
	}

	boolean isDelivered(long organisationId) {
		return jdbc.sql("select count(*) from basic_report where organisation_id = ? and delivered_on is not null")
			.param(organisationId)
			.query(Integer.class)
			.single() > 0;
	}

	// Read by the overview's pages (issue 18)

	java.util.List<MeasurementService.Report> ofNetwork(long networkId) {
		return jdbc.sql("""
				select r.organisation_id, r.approved, r.delivered_on
				from basic_report r join organisation o on o.id = r.organisation_id where o.network_id = ?""")
			.param(networkId)
			.query((rs, row) -> new MeasurementService.Report(rs.getLong(1), rs.getBoolean(2),
					rs.getObject(3, LocalDate.class)))
			.list();
	}

}
