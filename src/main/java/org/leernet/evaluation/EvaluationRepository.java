package org.leernet.evaluation;

import java.time.OffsetDateTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class EvaluationRepository {

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

	/** Once per session and organisation: a re-executed lapse records nothing twice. */
	void insertUnanswered(long sessionId, long organisationId) {
		int known = jdbc.sql("select count(*) from unanswered_evaluation where session_id = ? and organisation_id = ?")
			.params(sessionId, organisationId)
			.query(Integer.class)
			.single();
		if (known == 0) {
			jdbc.sql("insert into unanswered_evaluation (session_id, organisation_id, lapsed_at) values (?, ?, ?)")
				.params(sessionId, organisationId, OffsetDateTime.now())
				.update();
		}
	}

	public int countOfSession(long sessionId) {
		return jdbc.sql("select count(*) from evaluation where session_id = ?").param(sessionId).query(Integer.class).single();
	}

	public int countUnansweredOfSession(long sessionId) {
		return jdbc.sql("select count(*) from unanswered_evaluation where session_id = ?")
			.param(sessionId)
			.query(Integer.class)
			.single();
	}

}
