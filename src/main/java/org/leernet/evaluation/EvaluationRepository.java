package org.leernet.evaluation;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.leernet.process.ResponseChannel;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class EvaluationRepository {

	private final JdbcClient jdbc;

	EvaluationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(long sessionId, long organisationId, int score, String wentWell, String toImprove, String submittedBy,
			ResponseChannel channel) {
		jdbc.sql("""
				insert into evaluation (session_id, organisation_id, score, went_well, to_improve, submitted_by, submitted_at,
				channel) values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(sessionId, organisationId, score, wentWell, toImprove, submittedBy, OffsetDateTime.now(),
					channel.name())
			.update();
	}

	void insertRequest(String processInstanceId, long sessionId, long organisationId) {
		jdbc.sql("""
				insert into evaluation_request (process_instance_id, session_id, organisation_id, requested_at)
				values (?, ?, ?, ?)""")
			.params(processInstanceId, sessionId, organisationId, OffsetDateTime.now())
			.update();
	}

	Optional<EvaluationService.Requested> findRequest(String processInstanceId) {
		return jdbc.sql("select session_id, organisation_id from evaluation_request where process_instance_id = ?")
			.param(processInstanceId)
			.query((rs, row) -> new EvaluationService.Requested(rs.getLong("session_id"), rs.getLong("organisation_id")))
			.optional();
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

	// Read by the exports

	List<EvaluationService.Submitted> submittedOfNetwork(long networkId) {
		return jdbc.sql("""
				select e.session_id, e.organisation_id, e.score, e.went_well, e.to_improve, e.submitted_at
				from evaluation e join learning_session s on s.id = e.session_id
				where s.network_id = ? order by e.submitted_at, e.id""")
			.param(networkId)
			.query((rs, row) -> new EvaluationService.Submitted(rs.getLong("session_id"), rs.getLong("organisation_id"),
					rs.getInt("score"), rs.getString("went_well"), rs.getString("to_improve"),
					rs.getObject("submitted_at", OffsetDateTime.class)))
			.list();
	}

	// Read by the overview's pages (issue 18)

	java.util.List<EvaluationService.Score> scoresOfNetwork(long networkId) {
		return jdbc.sql("""
				select e.session_id, e.organisation_id, e.score, e.channel from evaluation e join learning_session s on s.id = e.session_id
				where s.network_id = ?""")
			.param(networkId)
			.query((rs, row) -> new EvaluationService.Score(rs.getLong(1), rs.getLong(2), rs.getInt(3),
					rs.getString(4) == null ? null : ResponseChannel.valueOf(rs.getString(4))))
			.list();
	}

	java.util.List<EvaluationService.Asked> askedOfNetwork(long networkId) {
		return jdbc.sql("""
				select r.session_id, r.organisation_id, 0 from evaluation_request r join learning_session s on s.id = r.session_id
				where s.network_id = ?
				union
				select u.session_id, u.organisation_id, 1 from unanswered_evaluation u
				join learning_session s on s.id = u.session_id where s.network_id = ?""")
			.params(networkId, networkId)
			.query((rs, row) -> new EvaluationService.Asked(rs.getLong(1), rs.getLong(2), rs.getInt(3) == 1))
			.list();
	}

}
