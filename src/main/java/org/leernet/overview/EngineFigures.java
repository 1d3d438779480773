package org.leernet.overview;

import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The open tasks and failing mail deliveries of networks, straight from the engine's runtime
 * tables. Why SQL rather than the engine's TaskService: the networks page needs the counts of
 * 500 networks at once, and the task query API can only count one business key per query (or
 * list every task). One grouped query answers for all of them. A task belongs to an
 * organisation when its process instance is that organisation's trajectory or one of its
 * evaluations, as Leernet recorded them (never as a variable says); other tasks are the network's.
 * Read-only: the engine's tables are never written here.
 */
@Component
class EngineFigures {

	/** Open and overdue tasks of one network (by its code) and organisation (null: the network's own). */
	record TaskCount(String networkCode, Long organisationId, int open, int overdue) {
	}

	/** One open task, for a link into Tasklist. */
	record OpenTask(String id, String name, OffsetDateTime due, Long organisationId, boolean overdue) {

		String tasklistLink() {
			return "/camunda/app/tasklist/default/#/?task=" + id;
		}

	}

	/** A mail whose delivery job failed: retries left (0: given up, an incident), and why. */
	record FailedDelivery(String mailKey, int retriesLeft, String error) {
	}

	private static final String TASK_ORGANISATION = """
			from ACT_RU_TASK t join ACT_RU_EXECUTION e on e.ID_ = t.PROC_INST_ID_
			left join organisation o on o.trajectory_instance_id = t.PROC_INST_ID_
			left join evaluation_request r on r.process_instance_id = t.PROC_INST_ID_
			""";

	private final JdbcClient jdbc;

	EngineFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every network's open and overdue tasks, per organisation, in one query. */
	List<TaskCount> taskCounts(OffsetDateTime now) {
		return jdbc.sql("select e.BUSINESS_KEY_, coalesce(o.id, r.organisation_id), count(*),"
				+ " sum(case when t.DUE_DATE_ < ? then 1 else 0 end) " + TASK_ORGANISATION
				+ "where e.BUSINESS_KEY_ is not null group by e.BUSINESS_KEY_, coalesce(o.id, r.organisation_id)")
			.param(timestamp(now))
			.query((rs, row) -> new TaskCount(rs.getString(1), rs.getObject(2, Long.class), rs.getInt(3), rs.getInt(4)))
			.list();
	}

	/** The open tasks of one network, earliest due first. */
	List<OpenTask> openTasks(String networkCode, OffsetDateTime now) {
		return jdbc.sql("select t.ID_, t.NAME_, t.DUE_DATE_, coalesce(o.id, r.organisation_id) " + TASK_ORGANISATION
				+ "where e.BUSINESS_KEY_ = ? order by t.DUE_DATE_, t.CREATE_TIME_")
			.param(networkCode)
			.query((rs, row) -> {
				Timestamp due = rs.getTimestamp(3);
				OffsetDateTime dueAt = due == null ? null : due.toInstant().atOffset(ZoneOffset.UTC);
				return new OpenTask(rs.getString(1), rs.getString(2), dueAt, rs.getObject(4, Long.class),
						dueAt != null && dueAt.isBefore(now));
			})
			.list();
	}

	/** The failed delivery jobs of the network's mails (process "Mail bezorgen"), by mail key. */
	Map<String, FailedDelivery> failedDeliveries(String networkCode) {
		Map<String, FailedDelivery> failed = new HashMap<>();
		jdbc.sql("""
				select v.TEXT_, j.RETRIES_, j.EXCEPTION_MSG_ from ACT_RU_JOB j
				join ACT_RU_EXECUTION e on e.ID_ = j.PROCESS_INSTANCE_ID_
				join ACT_RU_VARIABLE v on v.PROC_INST_ID_ = j.PROCESS_INSTANCE_ID_ and v.NAME_ = 'mailKey'
				where e.BUSINESS_KEY_ = ? and j.EXCEPTION_MSG_ is not null""")
			.param(networkCode)
			.query(rs -> {
				failed.put(rs.getString(1), new FailedDelivery(rs.getString(1), rs.getInt(2), rs.getString(3)));
			});
		return failed;
	}

	private static Timestamp timestamp(OffsetDateTime time) {
		return Timestamp.from(time.toInstant());
	}

}
