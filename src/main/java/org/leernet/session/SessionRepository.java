package org.leernet.session;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class SessionRepository {

	private static final String COLUMNS = "id, network_id, organisation_id, kind, number, planned_start, planned_end, location, status, sequence, themes";

	private static final RowMapper<Session> ROW = (rs, row) -> new Session(rs.getLong("id"), rs.getLong("network_id"),
			rs.getObject("organisation_id", Long.class), SessionKind.valueOf(rs.getString("kind")), rs.getInt("number"),
			rs.getObject("planned_start", OffsetDateTime.class), rs.getObject("planned_end", OffsetDateTime.class),
			rs.getString("location"), SessionStatus.valueOf(rs.getString("status")), rs.getInt("sequence"),
			rs.getString("themes"));

	private final JdbcClient jdbc;

	SessionRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(long networkId, Long organisationId, SessionKind kind, int number, OffsetDateTime start,
			OffsetDateTime end, OffsetDateTime secondStart, String location, String themes) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into learning_session (network_id, organisation_id, kind, number, planned_start, planned_end,
				  second_start, location, themes, status)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(networkId, organisationId, kind.name(), number, start, end, secondStart, location, themes,
					SessionStatus.PLANNED.name())
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	public Session get(long id) {
		return jdbc.sql("select " + COLUMNS + " from learning_session where id = ?").param(id).query(ROW).single();
	}

	Optional<Session> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from learning_session where id = ?").param(id).query(ROW).optional();
	}

	public List<Session> ofNetwork(long networkId) {
		return jdbc.sql("select " + COLUMNS + " from learning_session where network_id = ? order by planned_start, id")
			.param(networkId)
			.query(ROW)
			.list();
	}

	Optional<Session> kickoff(long networkId) {
		return jdbc.sql("select " + COLUMNS + " from learning_session where network_id = ? and kind = 'KICKOFF'")
			.param(networkId)
			.query(ROW)
			.optional();
	}

	int count(long networkId, Long organisationId, SessionKind kind) {
		// two statements: PostgreSQL cannot type a parameter that is only compared with null
		var query = organisationId == null
				? jdbc.sql("select count(*) from learning_session where network_id = ? and kind = ? and organisation_id is null")
					.params(networkId, kind.name())
				: jdbc.sql("select count(*) from learning_session where network_id = ? and kind = ? and organisation_id = ?")
					.params(networkId, kind.name(), organisationId);
		return query.query(Integer.class).single();
	}

	/** A moved session: new times and place, and the next calendar sequence. */
	void reschedule(long id, OffsetDateTime start, OffsetDateTime end, OffsetDateTime secondStart, String location) {
		jdbc.sql("""
				update learning_session set planned_start = ?, planned_end = ?, second_start = coalesce(?, second_start),
				location = coalesce(?, location), sequence = sequence + 1 where id = ?""")
			.params(start, end, secondStart, location, id)
			.update();
	}

	void markHeld(long id, String notes) {
		jdbc.sql("update learning_session set status = ?, notes = ? where id = ?")
			.params(SessionStatus.HELD.name(), notes, id)
			.update();
	}

	/** Planned sessions of an organisation that withdrew: cancelled, with a new calendar sequence. */
	public List<Session> cancelPlanned(long organisationId) {
		List<Session> planned = jdbc.sql("select " + COLUMNS + " from learning_session where organisation_id = ? and status = ?")
			.params(organisationId, SessionStatus.PLANNED.name())
			.query(ROW)
			.list();
		for (Session session : planned) {
			jdbc.sql("update learning_session set status = ?, sequence = sequence + 1 where id = ?")
				.params(SessionStatus.CANCELLED.name(), session.id())
				.update();
		}
		return planned.stream().map(session -> get(session.id())).toList();
	}

	void addAttendance(long sessionId, long organisationId) {
		jdbc.sql("insert into attendance (session_id, organisation_id) values (?, ?)").params(sessionId, organisationId).update();
	}

	public List<Long> attendance(long sessionId) {
		return jdbc.sql("select organisation_id from attendance where session_id = ? order by organisation_id")
			.param(sessionId)
			.query(Long.class)
			.list();
	}

	// Read by the overview's pages (issue 18)

	List<SessionService.Next> nextPlanned(OffsetDateTime from) {
		return jdbc.sql("""
				select network_id, organisation_id, min(planned_start) from learning_session
				where status = ? and planned_start >= ? group by network_id, organisation_id""")
			.params(SessionStatus.PLANNED.name(), from)
			.query((rs, row) -> new SessionService.Next(rs.getLong(1), rs.getObject(2, Long.class),
					rs.getObject(3, OffsetDateTime.class)))
			.list();
	}

	List<SessionService.Presence> attendanceOfNetwork(long networkId) {
		return jdbc.sql("""
				select a.session_id, a.organisation_id from attendance a join learning_session s on s.id = a.session_id
				where s.network_id = ?""")
			.param(networkId)
			.query((rs, row) -> new SessionService.Presence(rs.getLong(1), rs.getLong(2)))
			.list();
	}

}
