package org.leernet.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.leernet.identity.AccessRights;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/**
 * Open tasks in bulk, made by the real processes and so with the engine's own identity links and
 * authorizations: networks of 10 organisations, each organisation with its group, a contact
 * person (a user in {@code participants} and the organisation's group) and its tasks: one in its
 * trajectory (every other one the coordinators' "assign an adviser", the others an adviser's
 * "plan the intake", reached by starting the trajectory at that task) and session evaluations
 * for its group. One network per transaction. Our own rows (network, organisations, contacts,
 * sessions) are inserted directly, as registration would have left them.
 */
final class TaskPopulation {

	static final int ORGANISATIONS_PER_NETWORK = 10;

	static final int ORGANISATIONS_PER_ADVISER = 50;

	static final String MAIL_DOMAIN = "tasks.example";

	record Participant(String userId, String organisation) {
	}

	private final BenchApp app;

	private final int tasksPerOrganisation;

	private final List<Participant> participants = new ArrayList<>();

	private final List<String> advisers = new ArrayList<>();

	private int networks;

	private int tasks;

	TaskPopulation(BenchApp app, int tasksPerOrganisation) {
		this.app = app;
		this.tasksPerOrganisation = Math.max(2, tasksPerOrganisation);
	}

	List<Participant> participants() {
		return participants;
	}

	List<String> advisers() {
		return advisers;
	}

	/** Pattern of the business keys of the population's process instances (SQL like). */
	String businessKeys() {
		return "TQ-" + BenchApp.RUN + "-%";
	}

	/** Recipient and subject of each reminder the population's open evaluations would send. */
	List<String> reminders() {
		List<String> reminders = new ArrayList<>();
		for (Participant participant : participants) {
			for (int s = 1; s < tasksPerOrganisation; s++) {
				reminders.add(participant.userId() + "@" + MAIL_DOMAIN + " | Herinnering: evalueer Sessie " + s);
			}
		}
		return reminders;
	}

	/** Adds networks until the population has at least this many open tasks. */
	void growTo(int target, int threads) {
		int perNetwork = ORGANISATIONS_PER_NETWORK * tasksPerOrganisation;
		int missing = Math.max(0, (target - tasks + perNetwork - 1) / perNetwork);
		int first = networks + 1;
		for (int n = first; n < first + missing; n++) {
			int adviser = (n - 1) * ORGANISATIONS_PER_NETWORK / ORGANISATIONS_PER_ADVISER + 1;
			while (advisers.size() < adviser) {
				String id = "tq-adviser-" + BenchApp.RUN.toLowerCase() + "-" + (advisers.size() + 1);
				app.user(id, "advisers");
				advisers.add(id);
			}
		}
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<Future<List<Participant>>> added = new ArrayList<>();
			for (int n = first; n < first + missing; n++) {
				int number = n;
				added.add(pool.submit(() -> app.transactions.execute(status -> network(number))));
			}
			for (Future<List<Participant>> network : added) {
				participants.addAll(network.get());
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException(ex.getCause());
		}
		finally {
			pool.shutdownNow();
		}
		networks += missing;
		tasks += missing * perNetwork;
	}

	private List<Participant> network(int number) {
		String code = "TQ-" + BenchApp.RUN + "-" + number;
		long networkId = insert("""
				insert into network (code, name, minimum_organisations, maximum_organisations, collective_sessions,
				  individual_sessions, duration_months, registration_deadline, status, created_at)
				values (?, ?, 4, 15, 4, 5, 12, current_date, 'RUNNING', current_timestamp)""", code, "Netwerk " + code);
		List<Long> sessions = new ArrayList<>();
		for (int s = 1; s < tasksPerOrganisation; s++) {
			sessions.add(insert("""
					insert into learning_session (network_id, kind, number, planned_start, planned_end, location, status)
					values (?, 'COLLECTIVE', ?, current_timestamp, current_timestamp, 'Gent', 'HELD')""", networkId, s));
		}
		List<Participant> added = new ArrayList<>();
		for (int o = 1; o <= ORGANISATIONS_PER_NETWORK; o++) {
			int index = (number - 1) * ORGANISATIONS_PER_NETWORK + o;
			String organisation = code.toLowerCase() + "-" + o;
			String name = "Organisatie " + organisation;
			long organisationId = insert("""
					insert into organisation (network_id, code, name, sector, case_description, status, registered_at)
					values (?, ?, ?, 'andere', 'Benchmark', 'REGISTERED', current_timestamp)""", networkId, organisation, name);
			String userId = "contact-" + organisation;
			insert("insert into contact_person (organisation_id, name, email, user_id, unsubscribe_token) values (?, ?, ?, ?, ?)",
					organisationId, "Contact " + organisation, userId + "@" + MAIL_DOMAIN, userId, unsubscribeToken());
			accounts(organisation, name, userId);
			added.add(new Participant(userId, organisation));

			Map<String, Object> variables = new HashMap<>(Map.of("networkCode", code, "networkName", "Netwerk " + code,
					"organisationCode", organisation, "organisationName", name, "individualSessions", 5,
					"sessionReminderDays", 2, "surveyReminderIntervalDays", 7, "surveyReminderCount", 3,
					"evaluationReminderDays", 3));
			if (index % 2 == 1) {
				app.runtimeService.startProcessInstanceByKey("organisation-trajectory", code, variables);
			}
			else {
				String adviser = advisers.get((index - 1) / ORGANISATIONS_PER_ADVISER);
				variables.put("adviser", adviser);
				String trajectory = app.runtimeService.createProcessInstanceByKey("organisation-trajectory")
					.businessKey(code)
					.setVariables(variables)
					.startBeforeActivity("Task_ScheduleIntake")
					.execute()
					.getId();
				app.context.getBean(AccessRights.class).grantTrajectory(adviser, trajectory);
			}
			for (int s = 0; s < sessions.size(); s++) {
				app.runtimeService.startProcessInstanceByKey("session-evaluation", code,
						Map.of("networkCode", code, "networkName", "Netwerk " + code, "organisationCode", organisation,
								"sessionId", sessions.get(s), "sessionTitle", "Sessie " + (s + 1), "evaluationReminderDays", 3,
								"evaluationLapseDays", 14));
			}
		}
		return added;
	}

	/** As registration makes them: the organisation's group, its contact person's user and memberships. */
	private void accounts(String organisation, String name, String userId) {
		Group group = app.identityService.newGroup("organisation-" + organisation);
		group.setName(name);
		group.setType("WORKFLOW");
		app.identityService.saveGroup(group);
		User user = app.identityService.newUser(userId);
		user.setFirstName("Contact");
		user.setLastName(organisation);
		user.setEmail(userId + "@" + MAIL_DOMAIN);
		user.setPassword(BenchApp.ADMIN_PASSWORD);
		app.identityService.saveUser(user);
		app.identityService.createMembership(userId, "participants");
		app.identityService.createMembership(userId, "organisation-" + organisation);
	}

	/** Contact persons have one from their registration mail on (OrganisationRepository). */
	static String unsubscribeToken() {
		return UUID.randomUUID().toString().replace("-", "") + UUID.randomUUID().toString().replace("-", "");
	}

	private long insert(String sql, Object... params) {
		KeyHolder key = new GeneratedKeyHolder();
		app.jdbc.sql(sql).params(params).update(key, "id");
		return key.getKey().longValue();
	}

}
