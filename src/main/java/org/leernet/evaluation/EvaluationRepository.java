package org.leernet.evaluation;

import java.time.OffsetDateTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class EvaluationRepository {

	private final JdbcClient jdbc;

	EvaluationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(long sessionId, long organisationId, int score, String wentWell, String toImprove, String submittedBy) {
		jdbc.sql("""
				insert into evaluation (session_id, organisation_id, score, went_well, to_improve, submitted_by, submitted_at)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(sessionId, organisationId, score, wentWell, toImprove, submittedBy, OffsetDateTime.now())
			.update();
	}

	public int countOfSession(long sessionId) {
		return jdbc.sql("select count(*) from evaluation where session_id = ?").param(sessionId).query(Integer.class).single();
	}

}
