package org.leernet.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.leernet.identity.AccessRights;

/**
 * Networks with their full history, for the overview pages: our own tables (Flyway's schema as
 * it is) filled with JDBC batches as years of use would have left them, and the open tasks of the
 * networks still under way made by the real processes, so that the engine's tasks, identity links
 * and due dates are its own.
 * <p>
 * Of every 20 networks: 12 closed (everything held, measured, reported), 3 in their end phase
 * (closing planned, end measurements and reports under way), 3 running (kickoff and half of the
 * sessions held, the rest planned), 1 recruiting and 1 cancelled. Each has 10 organisations with
 * 2 contact persons; every 8th network has a withdrawn organisation, recruiting ones a waiting
 * list. A session history: intake and 5 individual sessions per organisation; kickoff, 4
 * collective and the closing session per network; attendance, evaluations (or the lapse of one),
 * baseline and end measurements, basic reports and the mail log of invitations, reminders and
 * registration mails with their bodies. The networks under way get a trajectory per active
 * organisation, waiting at one of its tasks, and open evaluations of their last collective session;
 * a third of those tasks are overdue.
 */
final class OverviewPopulation {

	static final int ORGANISATIONS = 10;

	static final int CONTACTS = 2;

	static final int COLLECTIVE = 4;

	static final int INDIVIDUAL = 5;

	static final int ORGANISATIONS_PER_ADVISER = 100;

	/** Open evaluations (of the last collective session) per network under way. */
	static final int OPEN_EVALUATIONS = 3;

	static final String MAIL_DOMAIN = "overview.example";

	enum Phase {
		CLOSED, END_PHASE, RUNNING, RECRUITING, CANCELLED
	}

	/** A network under way, to get its open tasks from the processes. */
	private record Active(String code, Phase phase, List<Org> organisations, long lastCollective) {
	}

	/** An organisation of a network: withdrawn when {@code withdrawnAt} is set. */
	private record Org(long id, String code, String name, String adviser, String[] emails, OffsetDateTime withdrawnAt) {

		boolean presentAt(OffsetDateTime moment) {
			return withdrawnAt == null || moment.isBefore(withdrawnAt);
		}

	}

	/** What was seeded, for the notes. */
	record Counts(int networks, int organisations, int sessions, int attendance, int evaluations, int measurements,
			int reports, int mails, int trajectories, int openEvaluations, long openTasks, long overdueTasks, double seconds) {
	}

	private static final String TEXT_BODY = """
			Beste %s,

			Dit bericht gaat over %s in het lerend netwerk %s. U vindt alle gegevens hieronder en in
			Tasklist, waar ook uw volgende taken klaarstaan. Hebt u vragen over de planning, de
			locatie of de voorbereiding, antwoord dan gewoon op dit bericht: de coördinator van het
			netwerk leest mee. Wie niet kan komen, laat dat zo snel mogelijk weten, zodat we de
			sessie met de andere organisaties kunnen voorbereiden en niemand voor niets wacht.

			Met vriendelijke groeten,
			Het team van Leernet
			""";

	private static final String HTML_BODY = """
			<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>%s</title></head>
			<body style="font-family: Arial, sans-serif; color: #222; max-width: 640px; margin: 0 auto;">
			<table role="presentation" width="100%%" cellpadding="0" cellspacing="0"><tr><td style="padding: 16px;">
			<h1 style="font-size: 20px; margin: 0 0 12px;">%s</h1>
			<p>Beste %s,</p>
			<p>Dit bericht gaat over <strong>%s</strong> in het lerend netwerk <strong>%s</strong>. U vindt alle
			gegevens hieronder en in Tasklist, waar ook uw volgende taken klaarstaan.</p>
			<p>Hebt u vragen over de planning, de locatie of de voorbereiding, antwoord dan gewoon op dit bericht:
			de coördinator van het netwerk leest mee. Wie niet kan komen, laat dat zo snel mogelijk weten, zodat we
			de sessie met de andere organisaties kunnen voorbereiden en niemand voor niets wacht.</p>
			<p style="margin-top: 24px;"><a href="https://leernet.example/camunda/app/tasklist/"
			style="background: #0b5; color: #fff; padding: 8px 14px; text-decoration: none;">Naar Tasklist</a></p>
			<p style="font-size: 12px; color: #666; margin-top: 32px;">Met vriendelijke groeten,<br>Het team van Leernet</p>
			</td></tr></table></body></html>
			""";

	private static final String CALENDAR = """
			BEGIN:VCALENDAR\r
			PRODID:-//Leernet//Uitnodigingen//NL\r
			VERSION:2.0\r
			METHOD:REQUEST\r
			BEGIN:VEVENT\r
			UID:session-%d@leernet.example\r
			SEQUENCE:%d\r
			DTSTAMP:20270101T090000Z\r
			DTSTART:%s\r
			DTEND:%s\r
			SUMMARY:%s\r
			LOCATION:%s\r
			ORGANIZER;CN=Leernet:mailto:noreply@leernet.example\r
			ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT:mailto:%s\r
			END:VEVENT\r
			END:VCALENDAR\r
			""";

	private static final String[] WENT_WELL = { "Goede uitwisseling met de andere organisaties",
			"Concrete voorbeelden uit de praktijk", "De begeleiding was helder en to the point", "Veel ruimte voor vragen" };

	private static final String[] TO_IMPROVE = { "Iets meer tijd voor de oefeningen", "De zaal was te klein",
			"Graag de slides vooraf", "" };

	private final BenchApp app;

	private final BenchDatabase database;

	private final String prefix;

	private final List<String> codes = new ArrayList<>();

	private final List<String> advisers = new ArrayList<>();

	private final List<Active> active = new ArrayList<>();

	private long networkId;

	private long organisationId;

	private long contactId;

	private long sessionId;

	private long evaluationId;

	private long measurementId;

	private long mailId;

	private int sessions;

	private int attendances;

	private int evaluations;

	private int measurements;

	private int reports;

	private int mails;

	OverviewPopulation(BenchApp app, BenchDatabase database) {
		this.app = app;
		this.database = database;
		this.prefix = "OV-" + BenchApp.RUN + "-";
	}

	/** The advisers, each assigned to 100 organisations in order. */
	List<String> advisers() {
		return advisers;
	}

	/** The codes of the seeded networks. */
	List<String> codes() {
		return codes;
	}

	Counts seed(int networks, int threads) throws SQLException {
		long started = System.nanoTime();
		int adviserCount = Math.max(1, (networks * ORGANISATIONS + ORGANISATIONS_PER_ADVISER - 1) / ORGANISATIONS_PER_ADVISER);
		for (int a = 1; a <= adviserCount; a++) {
			String id = "ov-adviser-" + BenchApp.RUN.toLowerCase() + "-" + a;
			app.user(id, "advisers");
			advisers.add(id);
		}
		// our own connection, for batches that the driver rewrites into multi-row inserts
		try (Connection connection = DriverManager.getConnection(
				database.url() + (database.url().contains("?") ? "&" : "?") + "reWriteBatchedInserts=true", database.user(),
				database.password())) {
			connection.setAutoCommit(false);
			networkId = maxId(connection, "network");
			organisationId = maxId(connection, "organisation");
			contactId = maxId(connection, "contact_person");
			sessionId = maxId(connection, "learning_session");
			evaluationId = maxId(connection, "evaluation");
			measurementId = maxId(connection, "measurement");
			mailId = maxId(connection, "mail_log");
			try (Batches batches = new Batches(connection)) {
				for (int n = 1; n <= networks; n++) {
					network(batches, n);
					if (n % 20 == 0) {
						batches.flush();
						connection.commit();
					}
				}
				batches.flush();
			}
			for (String table : List.of("network", "organisation", "contact_person", "learning_session", "evaluation",
					"measurement", "mail_log")) {
				try (Statement statement = connection.createStatement()) {
					statement.execute("select setval(pg_get_serial_sequence('" + table + "', 'id'), (select max(id) from "
							+ table + "))");
				}
			}
			connection.commit();
		}
		int[] opened = openTasks(threads);
		long open = app.taskService.createTaskQuery().processInstanceBusinessKeyLike(prefix + "%").count();
		int overdue = app.jdbc.sql("""
				update act_ru_task set due_date_ = current_timestamp - (interval '1 day' * (1 + mod(abs(hashtext(id_)), 20)))
				where mod(abs(hashtext(id_)), 3) = 0 and proc_inst_id_ in
				  (select proc_inst_id_ from act_ru_execution where business_key_ like ? and parent_id_ is null)""")
			.param(prefix + "%")
			.update();
		app.jdbc.sql("""
				update act_hi_taskinst h set due_date_ = (select t.due_date_ from act_ru_task t where t.id_ = h.id_)
				where h.end_time_ is null and h.id_ in (select id_ from act_ru_task where due_date_ < current_timestamp)""")
			.update();
		return new Counts(networks, networks * ORGANISATIONS, sessions, attendances, evaluations, measurements, reports, mails,
				opened[0], opened[1], open, overdue, (System.nanoTime() - started) / 1e9);
	}

	private static long maxId(Connection connection, String table) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet max = statement.executeQuery("select coalesce(max(id), 0) from " + table)) {
			max.next();
			return max.getLong(1);
		}
	}

	static Phase phaseOf(int number) {
		int slot = (number - 1) % 20;
		if (slot < 12) {
			return Phase.CLOSED;
		}
		if (slot < 15) {
			return Phase.END_PHASE;
		}
		if (slot < 18) {
			return Phase.RUNNING;
		}
		return slot == 18 ? Phase.RECRUITING : Phase.CANCELLED;
	}

	private void network(Batches b, int number) throws SQLException {
		Random random = new Random(number);
		Phase phase = phaseOf(number);
		String code = prefix + number;
		codes.add(code);
		long network = ++networkId;
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.HOURS);
		// when the network started: closed ones over the last four years, running ones months ago
		OffsetDateTime created = switch (phase) {
			case CLOSED -> now.minusDays(400 + random.nextInt(1100));
			case END_PHASE -> now.minusDays(330 + random.nextInt(40));
			case RUNNING -> now.minusDays(180 + random.nextInt(30));
			case RECRUITING -> now.minusDays(10 + random.nextInt(20));
			case CANCELLED -> now.minusDays(100 + random.nextInt(600));
		};
		String status = phase == Phase.RECRUITING ? "RECRUITING" : phase.name();
		b.network.add(network, code, "Lerend netwerk " + code, 4, phase == Phase.RECRUITING ? 9 : 12, COLLECTIVE, INDIVIDUAL, 12,
				created.plusDays(45).toLocalDate(), status,
				phase == Phase.CANCELLED ? "Te weinig inschrijvingen voor de uiterste datum" : null,
				phase == Phase.CLOSED ? "Waardevol netwerk; de organisaties willen verder samenwerken" : null,
				phase == Phase.CLOSED ? "aftercare" : null, phase == Phase.CLOSED ? "Opvolging in het najaar" : null,
				BenchApp.COORDINATOR, created);

		OffsetDateTime kickoff = created.plusDays(60).withHour(9);
		List<Org> organisations = new ArrayList<>();
		for (int o = 1; o <= ORGANISATIONS; o++) {
			long organisation = ++organisationId;
			String orgCode = code.toLowerCase() + "-" + o;
			String orgName = "Organisatie " + o + " van " + code;
			String adviser = advisers.get((int) ((organisation - 1) / ORGANISATIONS_PER_ADVISER) % advisers.size());
			boolean withdrawn = number % 8 == 0 && o == 7 && phase != Phase.RECRUITING && phase != Phase.CANCELLED;
			String orgStatus = switch (phase) {
				case CLOSED -> withdrawn ? "WITHDRAWN" : "COMPLETED";
				case CANCELLED -> "CANCELLED";
				case RECRUITING -> o == ORGANISATIONS ? "WAITING_LIST" : "REGISTERED";
				default -> withdrawn ? "WITHDRAWN" : "REGISTERED";
			};
			boolean started = phase != Phase.RECRUITING && phase != Phase.CANCELLED;
			OffsetDateTime withdrawnAt = withdrawn ? kickoff.plusDays(70 + random.nextInt(20)) : null;
			b.organisation.add(organisation, network, orgCode, orgName,
					List.of("zorg-welzijn", "onderwijs", "overheid", "industrie", "andere").get(o % 5),
					"Wij willen het nieuwe werken invoeren in team " + o + " en de regelruimte vergroten.", orgStatus,
					started ? adviser : null, started ? "Functioneel, met zelfsturende teams" : null,
					started ? List.of("beginner", "advanced", "mature").get(o % 3) : null,
					started ? "Regelruimte en leiderschap" : null, started ? "Hybride werken sinds 2021" : null,
					started ? "Planning en HR" : null, created.plusDays(o), withdrawnAt);
			String[] emails = new String[CONTACTS];
			for (int c = 0; c < CONTACTS; c++) {
				String userId = "ov-contact-" + orgCode + "-" + (char) ('a' + c);
				emails[c] = userId + "@" + MAIL_DOMAIN;
				b.contact.add(++contactId, organisation, "Contact " + (char) ('A' + c) + " " + orgCode, emails[c], userId,
						random.nextInt(10) != 0, TaskPopulation.unsubscribeToken());
				b.account.add(userId, created.plusDays(o));
			}
			boolean waiting = o == ORGANISATIONS && phase == Phase.RECRUITING;
			mail(b, random, waiting ? "WAITING_LIST" : "REGISTRATION_CONFIRMATION",
					(waiting ? "WAITING_LIST" : "REGISTRATION_CONFIRMATION") + ":" + organisation, network, organisation, null,
					emails, (waiting ? "Op de wachtlijst: " : "Inschrijving bevestigd: ") + code, created.plusDays(o), null);
			if (phase == Phase.CANCELLED) {
				mail(b, random, "NETWORK_CANCELLED", "NETWORK_CANCELLED:" + network, network, organisation, null, emails,
						"Gaat niet door: " + code, created.plusDays(46), null);
			}
			organisations.add(new Org(organisation, orgCode, orgName, adviser, emails, withdrawnAt));
		}
		if (phase == Phase.RECRUITING || phase == Phase.CANCELLED) {
			return;
		}

		// the network's own sessions: kickoff, 4 collective (every 5 weeks), closing; held once past
		long lastCollective = 0;
		int lastCollectiveNumber = 0;
		for (int s = 1; s <= COLLECTIVE; s++) {
			if (kickoff.plusDays(35L * s).isBefore(now)) {
				lastCollectiveNumber = s;
			}
		}
		List<Object[]> networkSessions = new ArrayList<>();
		networkSessions.add(new Object[] { "KICKOFF", 1, kickoff });
		for (int s = 1; s <= COLLECTIVE; s++) {
			networkSessions.add(new Object[] { "COLLECTIVE", s, kickoff.plusDays(35L * s) });
		}
		networkSessions.add(new Object[] { "CLOSING", 1, kickoff.plusDays(330) });
		for (Object[] row : networkSessions) {
			String kind = (String) row[0];
			int sessionNumber = (int) row[1];
			OffsetDateTime start = (OffsetDateTime) row[2];
			boolean held = start.isBefore(now) && (phase == Phase.CLOSED || !"CLOSING".equals(kind));
			long session = session(b, random, network, null, kind, sessionNumber, start, "Brussel", held);
			boolean last = "COLLECTIVE".equals(kind) && sessionNumber == lastCollectiveNumber;
			if (last) {
				lastCollective = session;
			}
			for (int o = 0; o < organisations.size(); o++) {
				Org organisation = organisations.get(o);
				if (!organisation.presentAt(start)) {
					continue;
				}
				invitationAndReminder(b, random, network, organisation.id(), session, kind, sessionNumber, start,
						organisation.emails(), code);
				boolean open = phase != Phase.CLOSED && last && o < OPEN_EVALUATIONS;
				if (held && (open || random.nextInt(10) != 0)) {
					b.attendance.add(session, organisation.id());
					attendances++;
					if (!open) {
						evaluate(b, random, network, organisation.id(), session, start, organisation.emails());
					}
				}
			}
		}

		// per organisation: intake and individual sessions (held once past; the next one planned), measurements, report
		for (Org organisation : organisations) {
			long org = organisation.id();
			String[] emails = organisation.emails();
			OffsetDateTime intake = kickoff.minusDays(20).plusDays(random.nextInt(10));
			long intakeSession = session(b, random, network, org, "INTAKE", 1, intake, "Op locatie", true);
			invitationAndReminder(b, random, network, org, intakeSession, "INTAKE", 1, intake, emails, code);
			evaluate(b, random, network, org, intakeSession, intake, emails);
			boolean nextPlanned = false;
			for (int s = 1; s <= INDIVIDUAL; s++) {
				OffsetDateTime start = kickoff.plusDays(20L + 50L * s + random.nextInt(10));
				boolean past = start.isBefore(now);
				if (!past && nextPlanned) {
					break; // not planned yet
				}
				nextPlanned |= !past;
				boolean after = !organisation.presentAt(start);
				long session = ++sessionId;
				String sessionStatus = after || random.nextInt(30) == 0 ? "CANCELLED" : past ? "HELD" : "PLANNED";
				int sequence = random.nextInt(20) == 0 ? 1 : 0;
				b.session.add(session, network, org, "INDIVIDUAL", s, start, start.plusHours(2), null, "Online",
						"Regelruimte", sessionStatus, "HELD".equals(sessionStatus) ? "Actiepunten afgesproken" : null, sequence);
				sessions++;
				invitationAndReminder(b, random, network, org, session, "INDIVIDUAL", s, start, emails, code);
				if ("HELD".equals(sessionStatus)) {
					evaluate(b, random, network, org, session, start, emails);
				}
			}
			// baseline: distributed after the intake, confirmed a month later; end: in the end phase
			OffsetDateTime baseline = intake.plusDays(14);
			boolean tracking = random.nextBoolean();
			b.measurement.add(++measurementId, org, "BASELINE", true, true, tracking, tracking ? 20 + random.nextInt(30) : null,
					baseline, 25 + random.nextInt(20), BenchApp.COORDINATOR, baseline.plusDays(30));
			measurements++;
			surveyReminders(b, random, network, org, "nulmeting", baseline, emails);
			if (organisation.withdrawnAt() != null) {
				continue;
			}
			if (phase == Phase.CLOSED || phase == Phase.END_PHASE) {
				OffsetDateTime end = kickoff.plusDays(265);
				boolean confirmed = phase == Phase.CLOSED || random.nextBoolean();
				b.measurement.add(++measurementId, org, "END", true, true, null, null, end,
						confirmed ? 20 + random.nextInt(20) : null, confirmed ? BenchApp.COORDINATOR : null,
						confirmed ? end.plusDays(25) : null);
				measurements++;
				surveyReminders(b, random, network, org, "eindmeting", end, emails);
				if (phase == Phase.CLOSED || random.nextInt(3) == 0) {
					boolean delivered = phase == Phase.CLOSED;
					b.report.add(org, "Het team werkt nu hybride; de regelruimte is gegroeid en de planning is eenvoudiger.",
							"https://rapporten.leernet.example/" + org, organisation.adviser(), delivered,
							delivered ? "Akkoord" : null, delivered ? BenchApp.COORDINATOR : null,
							delivered ? end.plusDays(60).toLocalDate() : null, delivered ? "Bezorgd per mail" : null);
					reports++;
				}
			}
		}
		if (phase == Phase.RUNNING || phase == Phase.END_PHASE) {
			active.add(new Active(code, phase, organisations, lastCollective));
		}
	}

	private long session(Batches b, Random random, long network, Long organisation, String kind, int number,
			OffsetDateTime start, String location, boolean held) throws SQLException {
		long session = ++sessionId;
		int sequence = random.nextInt(15) == 0 ? 1 + random.nextInt(2) : 0;
		b.session.add(session, network, organisation, kind, number, start, start.plusHours(3),
				"KICKOFF".equals(kind) ? start.plusDays(1) : null, location, "Leiderschap, Regelruimte",
				held ? "HELD" : "PLANNED", held ? "Goede sessie, iedereen was voorbereid" : null, sequence);
		sessions++;
		return session;
	}

	private void evaluate(Batches b, Random random, long network, long organisation, long session, OffsetDateTime start,
			String[] emails) throws SQLException {
		if (random.nextInt(8) == 0) {
			b.unanswered.add(session, organisation, start.plusDays(15));
			mail(b, random, "EVALUATION_REMINDER", "evaluation-reminder:" + session + ":" + organisation, network, organisation,
					session, emails, "Herinnering: evalueer de sessie", start.plusDays(3), null);
			return;
		}
		int score = Math.min(5, 2 + random.nextInt(4) + (random.nextInt(3) == 0 ? 1 : 0));
		b.evaluation.add(++evaluationId, session, organisation, score, WENT_WELL[random.nextInt(WENT_WELL.length)],
				TO_IMPROVE[random.nextInt(TO_IMPROVE.length)], "ov-contact", start.plusDays(1 + random.nextInt(5)));
		evaluations++;
		if (random.nextInt(4) == 0) {
			mail(b, random, "EVALUATION_REMINDER", "evaluation-reminder:" + session + ":" + organisation, network, organisation,
					session, emails, "Herinnering: evalueer de sessie", start.plusDays(3), null);
		}
	}

	private void invitationAndReminder(Batches b, Random random, long network, long organisation, long session, String kind,
			int number, OffsetDateTime start, String[] emails, String code) throws SQLException {
		String title = title(kind, number);
		String calendar = CALENDAR.formatted(session, 0, start.toInstant(), start.plusHours(3).toInstant(), title, "Brussel",
				"Contact", emails[0]);
		mail(b, random, "SESSION_INVITATION", "invitation:" + session + ":0", network, organisation, session, emails,
				"Uitnodiging: " + title + " (" + code + ")", start.minusDays(21), calendar);
		if (start.isBefore(OffsetDateTime.now())) {
			mail(b, random, "SESSION_REMINDER", "session-reminder:" + session + ":0", network, organisation, session,
					new String[] { emails[0] }, "Herinnering: " + title, start.minusDays(2), null);
		}
	}

	private void surveyReminders(Batches b, Random random, long network, long organisation, String phase,
			OffsetDateTime distributed, String[] emails) throws SQLException {
		for (int r = 1; r <= 2; r++) {
			if (distributed.plusDays(7L * r).isBefore(OffsetDateTime.now())) {
				mail(b, random, "SURVEY_REMINDER", "survey-reminder:" + organisation + ":" + phase + ":" + r, network,
						organisation, null, new String[] { emails[0] }, "Herinnering: bevragingen van de " + phase,
						distributed.plusDays(7L * r), null);
			}
		}
	}

	/** One mail per recipient, logged under its key; recent ones may still be queued for a retry. */
	private void mail(Batches b, Random random, String kind, String key, long network, long organisation, Long session,
			String[] recipients, String subject, OffsetDateTime created, String calendar) throws SQLException {
		OffsetDateTime now = OffsetDateTime.now();
		for (String recipient : recipients) {
			boolean recent = created.isAfter(now.minusDays(3));
			String status = created.isAfter(now) ? "QUEUED" : recent && random.nextInt(5) == 0 ? "QUEUED" : "SENT";
			boolean sent = "SENT".equals(status);
			OffsetDateTime logged = created.isAfter(now) ? now.minusHours(1) : created;
			String name = recipient.substring(0, recipient.indexOf('@'));
			b.mail.add(++mailId, key + ":" + recipient, kind, network, organisation, session, recipient, subject, status,
					sent ? "<" + UUID.randomUUID() + "@leernet.example>" : null, logged, sent ? logged.plusSeconds(2) : null,
					sent ? logged.plusSeconds(1) : null, sent ? "job-" + mailId : null, sent ? "bench-node" : null,
					TEXT_BODY.formatted(name, subject, network), HTML_BODY.formatted(subject, subject, name, subject, network),
					calendar, calendar == null ? null : "uitnodiging.ics",
					kind.endsWith("REMINDER") ? "https://leernet.example/leernet/uitschrijven/" + mailId : null);
			mails++;
		}
	}

	private static String title(String kind, int number) {
		return switch (kind) {
			case "KICKOFF" -> "Kick-off";
			case "COLLECTIVE" -> "Collectieve sessie " + number;
			case "INDIVIDUAL" -> "Individuele sessie " + number;
			case "INTAKE" -> "Intakegesprek";
			default -> "Afsluitende sessie";
		};
	}

	/**
	 * The tasks of the networks under way, by the real processes: each active organisation's
	 * trajectory waits at a task of its phase (running: baseline confirmation or case presentation;
	 * end phase: end measurement, basic report to write or to approve), and the first organisations
	 * have not yet evaluated the last collective session. One network per transaction.
	 */
	private int[] openTasks(int threads) {
		int[] counts = new int[2];
		ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
		try {
			List<Future<int[]>> futures = new ArrayList<>();
			for (Active network : active) {
				futures.add(pool.submit(() -> app.transactions.execute(status -> openTasks(network))));
			}
			for (Future<int[]> future : futures) {
				int[] added = future.get();
				counts[0] += added[0];
				counts[1] += added[1];
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
		return counts;
	}

	private int[] openTasks(Active network) {
		int trajectories = 0;
		int openEvaluations = 0;
		List<String> running = List.of("Task_ConfirmBaselineMeasurement", "Task_PrepareCasePresentation");
		List<String> ending = List.of("Task_ConfirmEndMeasurement", "Task_WriteBasicReport", "Task_ApproveBasicReport");
		for (int o = 0; o < network.organisations().size(); o++) {
			Org organisation = network.organisations().get(o);
			if (organisation.withdrawnAt() == null) {
				Map<String, Object> variables = new HashMap<>(Map.of("networkCode", network.code(), "networkName",
						"Lerend netwerk " + network.code(), "organisationCode", organisation.code(), "organisationName",
						organisation.name(), "individualSessions", INDIVIDUAL, "sessionReminderDays", 2,
						"surveyReminderIntervalDays", 7, "surveyReminderCount", 3, "evaluationReminderDays", 3, "adviser",
						organisation.adviser()));
				List<String> activities = network.phase() == Phase.RUNNING ? running : ending;
				String trajectory = app.runtimeService.createProcessInstanceByKey("organisation-trajectory")
					.businessKey(network.code())
					.setVariables(variables)
					.startBeforeActivity(activities.get(o % activities.size()))
					.execute()
					.getId();
				app.context.getBean(AccessRights.class).grantTrajectory(organisation.adviser(), trajectory);
				app.jdbc.sql("update organisation set trajectory_instance_id = ? where id = ?")
					.params(trajectory, organisation.id())
					.update();
				trajectories++;
			}
			if (o < OPEN_EVALUATIONS && network.lastCollective() != 0 && organisation.withdrawnAt() == null) {
				String evaluation = app.runtimeService.startProcessInstanceByKey("session-evaluation", network.code(),
						Map.of("networkCode", network.code(), "networkName", "Lerend netwerk " + network.code(),
								"organisationCode", organisation.code(), "organisationName", organisation.name(), "sessionId",
								network.lastCollective(), "sessionTitle", "Collectieve sessie", "evaluationReminderDays", 3,
								"evaluationLapseDays", 14))
					.getId();
				app.jdbc.sql("""
						insert into evaluation_request (process_instance_id, session_id, organisation_id, requested_at)
						values (?, ?, ?, current_timestamp)""")
					.params(evaluation, network.lastCollective(), organisation.id())
					.update();
				openEvaluations++;
			}
		}
		return new int[] { trajectories, openEvaluations };
	}

	/** The prepared inserts of each table, sent as batches. */
	private static final class Batches implements AutoCloseable {

		final Batch network;

		final Batch organisation;

		final Batch contact;

		final Batch account;

		final Batch session;

		final Batch attendance;

		final Batch evaluation;

		final Batch unanswered;

		final Batch measurement;

		final Batch report;

		final Batch mail;

		private final List<Batch> all = new ArrayList<>();

		Batches(Connection connection) throws SQLException {
			network = add(connection, """
					insert into network (id, code, name, minimum_organisations, maximum_organisations, collective_sessions,
					  individual_sessions, duration_months, registration_deadline, status, cancellation_reason,
					  network_evaluation, follow_up, follow_up_notes, created_by, created_at)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
			organisation = add(connection, """
					insert into organisation (id, network_id, code, name, sector, case_description, status, adviser,
					  intake_work_organisation, intake_maturity, intake_needs, project_summary, case_team, registered_at,
					  withdrawn_at)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
			contact = add(connection, """
					insert into contact_person (id, organisation_id, name, email, user_id, wants_reminders, unsubscribe_token)
					values (?, ?, ?, ?, ?, ?, ?)""");
			account = add(connection, "insert into contact_account (user_id, created_at) values (?, ?)");
			session = add(connection, """
					insert into learning_session (id, network_id, organisation_id, kind, number, planned_start, planned_end,
					  second_start, location, themes, status, notes, sequence)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
			attendance = add(connection, "insert into attendance (session_id, organisation_id) values (?, ?)");
			evaluation = add(connection, """
					insert into evaluation (id, session_id, organisation_id, score, went_well, to_improve, submitted_by,
					  submitted_at)
					values (?, ?, ?, ?, ?, ?, ?, ?)""");
			unanswered = add(connection,
					"insert into unanswered_evaluation (session_id, organisation_id, lapsed_at) values (?, ?, ?)");
			measurement = add(connection, """
					insert into measurement (id, organisation_id, phase, quality_survey, mobility_survey, tracking_study,
					  tracking_participants, distributed_at, responses, confirmed_by, confirmed_at)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
			report = add(connection, """
					insert into basic_report (organisation_id, summary, link, written_by, approved, remarks, approved_by,
					  delivered_on, delivery_notes)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?)""");
			mail = add(connection, """
					insert into mail_log (id, idempotency_key, kind, network_id, organisation_id, session_id, recipient, subject,
					  status, message_id, created_at, sent_at, claimed_at, claimed_job, claimed_by, text_body, html_body,
					  calendar, calendar_file_name, unsubscribe_url)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
		}

		private Batch add(Connection connection, String sql) throws SQLException {
			Batch batch = new Batch(connection.prepareStatement(sql));
			all.add(batch);
			return batch;
		}

		/** In the order of the foreign keys. */
		void flush() throws SQLException {
			for (Batch batch : all) {
				batch.flush();
			}
		}

		@Override
		public void close() throws SQLException {
			for (Batch batch : all) {
				batch.statement.close();
			}
		}

	}

	private static final class Batch {

		private final PreparedStatement statement;

		private int pending;

		Batch(PreparedStatement statement) {
			this.statement = statement;
		}

		void add(Object... values) throws SQLException {
			for (int i = 0; i < values.length; i++) {
				Object value = values[i];
				if (value instanceof LocalDate date) {
					statement.setObject(i + 1, date);
				}
				else {
					statement.setObject(i + 1, value);
				}
			}
			statement.addBatch();
			pending++;
		}

		void flush() throws SQLException {
			if (pending > 0) {
				statement.executeBatch();
				pending = 0;
			}
		}

	}

}
