package org.leernet.recruitment;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Organisations and their contact persons. Package-private: other features ask {@link RecruitmentService}. */
@Repository
class OrganisationRepository {

	private static final String COLUMNS = "id, network_id, code, name, sector, status, adviser";

	private static final RowMapper<Organisation> ROW = (rs, row) -> new Organisation(rs.getLong("id"),
			rs.getLong("network_id"), rs.getString("code"), rs.getString("name"), rs.getString("sector"),
			OrganisationStatus.valueOf(rs.getString("status")), rs.getString("adviser"));

	private final JdbcClient jdbc;

	OrganisationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(long networkId, String code, String name, String sector, String caseDescription,
			OrganisationStatus status) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into organisation (network_id, code, name, sector, case_description, status, registered_at)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(networkId, code, name, sector, caseDescription, status.name(), OffsetDateTime.now())
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	/** With its unsubscribe token from the start: mails never have to write it while they are sent. */
	void insertContact(long organisationId, ContactPerson contact, String userId) {
		jdbc.sql("insert into contact_person (organisation_id, name, email, user_id, unsubscribe_token) values (?, ?, ?, ?, ?)")
			.params(organisationId, contact.name(), contact.email(), userId, newToken())
			.update();
	}

	Optional<Organisation> find(String code) {
		return jdbc.sql("select " + COLUMNS + " from organisation where code = ?").param(code).query(ROW).optional();
	}

	Optional<Organisation> findByTrajectory(String processInstanceId) {
		return jdbc.sql("select " + COLUMNS + " from organisation where trajectory_instance_id = ?")
			.param(processInstanceId)
			.query(ROW)
			.optional();
	}

	/** The first trajectory recorded for an organisation stays its trajectory. */
	void recordTrajectory(long id, String processInstanceId) {
		jdbc.sql("update organisation set trajectory_instance_id = ? where id = ? and trajectory_instance_id is null")
			.params(processInstanceId, id)
			.update();
	}

	List<Organisation> ofNetwork(long networkId, OrganisationStatus status) {
		return jdbc.sql("select " + COLUMNS + " from organisation where network_id = ? and status = ? order by id")
			.params(networkId, status.name())
			.query(ROW)
			.list();
	}

	List<Organisation> ofNetwork(long networkId) {
		return jdbc.sql("select " + COLUMNS + " from organisation where network_id = ? order by id")
			.param(networkId)
			.query(ROW)
			.list();
	}

	/** The organisations whose trajectory this adviser follows, in every network. */
	List<Organisation> advisedBy(String adviser) {
		return jdbc.sql("select " + COLUMNS + " from organisation where adviser = ? order by id")
			.param(adviser)
			.query(ROW)
			.list();
	}

	/** The organisations that have this user as a contact person's account. */
	List<Organisation> ofContactUser(String userId) {
		return jdbc.sql("select " + COLUMNS + " from organisation where id in"
				+ " (select organisation_id from contact_person where user_id = ?) order by id")
			.param(userId)
			.query(ROW)
			.list();
	}

	boolean codeTaken(String code) {
		return jdbc.sql("select count(*) from organisation where code = ?").param(code).query(Integer.class).single() > 0;
	}

	boolean nameTaken(long networkId, String name) {
		return jdbc.sql("select count(*) from organisation where network_id = ? and lower(name) = lower(?)")
			.params(networkId, name)
			.query(Integer.class)
			.single() > 0;
	}

	/** Contact persons with their reminder choice; a missing unsubscribe token (older rows) is made now. */
	List<ContactPersonRow> contacts(long organisationId) {
		List<ContactPersonRow> rows = jdbc.sql("""
				select id, name, email, wants_reminders, unsubscribe_token, user_id from contact_person
				where organisation_id = ? order by id""")
			.param(organisationId)
			.query((rs, row) -> new ContactPersonRow(rs.getLong("id"), rs.getString("name"), rs.getString("email"),
					rs.getBoolean("wants_reminders"), rs.getString("unsubscribe_token"), rs.getString("user_id")))
			.list();
		return rows.stream().map(row -> row.unsubscribeToken() != null ? row : withToken(row)).toList();
	}

	/** If another mail set it first, that token is the one that works, so read it back. */
	private ContactPersonRow withToken(ContactPersonRow row) {
		jdbc.sql("update contact_person set unsubscribe_token = ? where id = ? and unsubscribe_token is null")
			.params(newToken(), row.id())
			.update();
		String token = jdbc.sql("select unsubscribe_token from contact_person where id = ?")
			.param(row.id())
			.query(String.class)
			.single();
		return new ContactPersonRow(row.id(), row.name(), row.email(), row.wantsReminders(), token, row.userId());
	}

	private static String newToken() {
		return UUID.randomUUID().toString().replace("-", "") + UUID.randomUUID().toString().replace("-", "");
	}

	/** The contact person with this unsubscribe token stops receiving reminders; false if unknown. */
	boolean stopReminders(String token) {
		return jdbc.sql("update contact_person set wants_reminders = false where unsubscribe_token = ?").param(token).update() > 0;
	}

	boolean isUnsubscribeToken(String token) {
		return jdbc.sql("select count(*) from contact_person where unsubscribe_token = ?").param(token).query(Integer.class)
			.single() > 0;
	}

	/** True if a contact person of any organisation, in any network, has this address (trimmed, lower case). */
	boolean contactAddressTaken(String normalisedAddress) {
		return jdbc.sql("select count(*) from contact_person where lower(trim(email)) = ?")
			.param(normalisedAddress)
			.query(Integer.class)
			.single() > 0;
	}

	List<String> contactUserIds(long organisationId) {
		return jdbc.sql("select user_id from contact_person where organisation_id = ? order by id")
			.param(organisationId)
			.query(String.class)
			.list();
	}

	void updateStatus(long id, OrganisationStatus status) {
		jdbc.sql("update organisation set status = ?, withdrawn_at = ? where id = ?")
			.params(status.name(), status == OrganisationStatus.WITHDRAWN ? OffsetDateTime.now() : null, id)
			.update();
	}

	void cancelAll(long networkId) {
		jdbc.sql("update organisation set status = ? where network_id = ?")
			.params(OrganisationStatus.CANCELLED.name(), networkId)
			.update();
	}

	void assignAdviser(long id, String adviser) {
		jdbc.sql("update organisation set adviser = ? where id = ?").params(adviser, id).update();
	}

	void recordIntake(long id, String workOrganisation, String maturity, String needs) {
		jdbc.sql("update organisation set intake_work_organisation = ?, intake_maturity = ?, intake_needs = ? where id = ?")
			.params(workOrganisation, maturity, needs, id)
			.update();
	}

	void recordCasePresentation(long id, String projectSummary, String caseTeam) {
		jdbc.sql("update organisation set project_summary = ?, case_team = ? where id = ?")
			.params(projectSummary, caseTeam, id)
			.update();
	}

	// Read by the overview's pages (issue 18)

	List<RecruitmentService.Standing> standings() {
		return jdbc.sql("select network_id, status, count(*) from organisation group by network_id, status")
			.query((rs, row) -> new RecruitmentService.Standing(rs.getLong(1), OrganisationStatus.valueOf(rs.getString(2)),
					rs.getInt(3)))
			.list();
	}

	java.util.Map<Long, OffsetDateTime> withdrawals(long networkId) {
		java.util.Map<Long, OffsetDateTime> withdrawn = new java.util.HashMap<>();
		jdbc.sql("select id, withdrawn_at from organisation where network_id = ? and withdrawn_at is not null")
			.param(networkId)
			.query(rs -> {
				withdrawn.put(rs.getLong(1), rs.getObject(2, OffsetDateTime.class));
			});
		return withdrawn;
	}

}
