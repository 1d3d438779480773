package org.leernet.network;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The network table. Package-private: other features ask {@link NetworkService}. */
@Repository
class NetworkRepository {

	private final JdbcClient jdbc;

	NetworkRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(String code, String name, ProgrammeSettings settings, String createdBy) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into network (code, name, minimum_organisations, maximum_organisations, collective_sessions,
				  individual_sessions, duration_months, registration_deadline, status, created_by, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(code, name, settings.minimumOrganisations(), settings.maximumOrganisations(),
					settings.collectiveSessions(), settings.individualSessions(), settings.durationMonths(),
					settings.registrationDeadline(), NetworkStatus.RECRUITING.name(), createdBy, OffsetDateTime.now())
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	boolean exists(String code) {
		return jdbc.sql("select count(*) from network where code = ?").param(code).query(Integer.class).single() > 0;
	}

	private static final String COLUMNS = """
			select id, code, name, minimum_organisations, maximum_organisations, collective_sessions,
			  individual_sessions, duration_months, registration_deadline, status from network""";

	private static final RowMapper<Network> ROW = (rs, row) -> new Network(rs.getLong("id"), rs.getString("code"),
			rs.getString("name"), rs.getInt("minimum_organisations"), rs.getInt("maximum_organisations"),
			rs.getInt("collective_sessions"), rs.getInt("individual_sessions"), rs.getInt("duration_months"),
			rs.getObject("registration_deadline", LocalDate.class), NetworkStatus.valueOf(rs.getString("status")));

	Optional<Network> find(String code) {
		return jdbc.sql(COLUMNS + " where code = ?").param(code).query(ROW).optional();
	}

	/** Every network, newest first. */
	List<Network> all() {
		return jdbc.sql(COLUMNS + " order by id desc").query(ROW).list();
	}

	Network get(long id) {
		return jdbc.sql(COLUMNS + " where id = ?").param(id).query(ROW).single();
	}

	void updateStatus(long id, NetworkStatus status) {
		jdbc.sql("update network set status = ? where id = ?").params(status.name(), id).update();
	}

	void updateRegistrationDeadline(long id, LocalDate deadline) {
		jdbc.sql("update network set registration_deadline = ? where id = ?").params(deadline, id).update();
	}

	void cancel(long id, String reason) {
		jdbc.sql("update network set status = ?, cancellation_reason = ? where id = ?")
			.params(NetworkStatus.CANCELLED.name(), reason, id)
			.update();
	}

	void close(long id, String evaluation, String followUp, String followUpNotes) {
		jdbc.sql("update network set status = ?, network_evaluation = ?, follow_up = ?, follow_up_notes = ? where id = ?")
			.params(NetworkStatus.CLOSED.name(), evaluation, followUp, followUpNotes, id)
			.update();
	}

}
