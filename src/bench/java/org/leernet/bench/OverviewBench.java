package org.leernet.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.leernet.identity.Groups;
import org.leernet.overview.NetworkOverview;
import org.leernet.overview.Viewer;

/**
 * The overview at scale (issue 18): networks of 10 organisations with full history (sessions
 * held and planned, attendance, evaluations, measurements, reports, mail), written straight to
 * the tables in bulk, then the figures of the networks page and of one network's page as a
 * coordinator sees them, through {@link NetworkOverview} (the pages' read model; the page's
 * rendering is not timed). Goal: under 200 ms p95 at 500 networks.
 */
final class OverviewBench {

	static final String SCENARIO = "6 overview";

	private static final int ORGANISATIONS = 10;

	private final BenchApp app;

	private final BenchDatabase database;

	OverviewBench(BenchApp app, BenchDatabase database) {
		this.app = app;
		this.database = database;
	}

	void run(BenchSettings settings, Results results) {
		String prefix = "OV-" + BenchApp.RUN + "-";
		long started = System.nanoTime();
		populate(prefix, settings.overviewNetworks());
		database.analyze();
		double preparation = (System.nanoTime() - started) / 1e9;
		NetworkOverview overview = app.context.getBean(NetworkOverview.class);
		Viewer coordinator = new Viewer(BenchApp.COORDINATOR, Set.of(Groups.COORDINATORS));
		String one = prefix + (settings.overviewNetworks() / 2 + 1);
		int queries = settings.queriesPerRole();
		for (int i = 0; i < Math.min(10, queries); i++) {
			overview.networks(coordinator, null, null);
			overview.network(coordinator, one).orElseThrow();
		}
		List<Double> list = new ArrayList<>();
		List<Double> page = new ArrayList<>();
		int rows = 0;
		for (int i = 0; i < queries; i++) {
			long t0 = System.nanoTime();
			rows = overview.networks(coordinator, null, null).size();
			long t1 = System.nanoTime();
			overview.network(coordinator, one).orElseThrow();
			long t2 = System.nanoTime();
			list.add((t1 - t0) / 1e6);
			page.add((t2 - t1) / 1e6);
		}
		String label = String.format("%,d networks x %d organisations", settings.overviewNetworks(), ORGANISATIONS)
			.replace(',', ' ');
		double[] sortedList = Stats.sorted(list);
		double[] sortedPage = Stats.sorted(page);
		results.add(SCENARIO, label + ": networks page figures, p50", "ms", Stats.percentile(sortedList, 50));
		results.add(SCENARIO, label + ": networks page figures, p95", "ms", Stats.percentile(sortedList, 95), "< 200 ms");
		results.add(SCENARIO, label + ": one network's figures, p50", "ms", Stats.percentile(sortedPage, 50));
		results.add(SCENARIO, label + ": one network's figures, p95", "ms", Stats.percentile(sortedPage, 95), "< 200 ms");
		results.note(String.format("overview: %d networks written in %.0f s; the networks page lists %d (all networks of "
				+ "the run), %d queries each", settings.overviewNetworks(), preparation, rows, queries));
	}

	/** Every table the pages read, filled in bulk (PostgreSQL's generate_series), for networks named prefix + 1..n. */
	private void populate(String prefix, int networks) {
		String like = prefix + "%";
		app.jdbc.sql("""
				insert into network (code, name, minimum_organisations, maximum_organisations, collective_sessions,
				  individual_sessions, duration_months, registration_deadline, status, created_at)
				select ? || g, 'Overzicht ' || g, 4, 15, 4, 5, 12, current_date, 'RUNNING', now()
				from generate_series(1, ?) g""").params(prefix, networks).update();
		app.jdbc.sql("""
				insert into organisation (network_id, code, name, sector, case_description, status, adviser, registered_at,
				  withdrawn_at)
				select n.id, lower(n.code) || '-o' || g, 'Organisatie ' || g || ' van ' || n.code, 'bouw', 'Team',
				  case when g = 10 then 'WITHDRAWN' else 'REGISTERED' end, 'adviser1', now(),
				  case when g = 10 then now() end
				from network n cross join generate_series(1, ?) g where n.code like ?""").params(ORGANISATIONS, like).update();
		// kickoff, 4 collective sessions, closing: the first three held, one moved
		app.jdbc.sql("""
				insert into learning_session (network_id, organisation_id, kind, number, planned_start, planned_end, location,
				  status, sequence)
				select n.id, null, case when g = 1 then 'KICKOFF' when g = 6 then 'CLOSING' else 'COLLECTIVE' end,
				  case when g between 2 and 5 then g - 1 else 1 end, now() + (g * 30 - 95) * interval '1 day',
				  now() + (g * 30 - 95) * interval '1 day' + interval '4 hours', 'Brussel',
				  case when g <= 3 then 'HELD' else 'PLANNED' end, case when g = 4 then 1 else 0 end
				from network n cross join generate_series(1, 6) g where n.code like ?""").param(like).update();
		// an intake and 5 individual sessions per organisation: the intake and two held
		app.jdbc.sql("""
				insert into learning_session (network_id, organisation_id, kind, number, planned_start, planned_end, location,
				  status, sequence)
				select o.network_id, o.id, case when g = 0 then 'INTAKE' else 'INDIVIDUAL' end, greatest(g, 1),
				  now() + (g * 20 - 55) * interval '1 day', now() + (g * 20 - 55) * interval '1 day' + interval '4 hours',
				  'Online', case when g <= 2 then 'HELD' else 'PLANNED' end, 0
				from organisation o join network n on n.id = o.network_id cross join generate_series(0, 5) g
				where n.code like ?""").param(like).update();
		app.jdbc.sql("""
				insert into attendance (session_id, organisation_id)
				select s.id, o.id from learning_session s join organisation o on o.network_id = s.network_id
				join network n on n.id = s.network_id
				where n.code like ? and s.organisation_id is null and s.status = 'HELD' and mod(o.id + s.id, 5) <> 0""")
			.param(like).update();
		// every attendee and every held session of one organisation was asked; most answered
		app.jdbc.sql("""
				insert into evaluation_request (process_instance_id, session_id, organisation_id, requested_at)
				select 'ov-' || a.session_id || '-' || a.organisation_id, a.session_id, a.organisation_id, now()
				from attendance a join learning_session s on s.id = a.session_id join network n on n.id = s.network_id
				where n.code like ?
				union all
				select 'ov-' || s.id || '-' || s.organisation_id, s.id, s.organisation_id, now()
				from learning_session s join network n on n.id = s.network_id
				where n.code like ? and s.organisation_id is not null and s.status = 'HELD'""").params(like, like).update();
		app.jdbc.sql("""
				insert into evaluation (session_id, organisation_id, score, went_well, submitted_at)
				select r.session_id, r.organisation_id, 1 + mod(r.session_id + r.organisation_id, 5), 'Nuttig', now()
				from evaluation_request r join learning_session s on s.id = r.session_id join network n on n.id = s.network_id
				where n.code like ? and mod(r.session_id, 7) <> 0""").param(like).update();
		app.jdbc.sql("""
				insert into measurement (organisation_id, phase, quality_survey, mobility_survey, tracking_study,
				  distributed_at, responses, confirmed_at)
				select o.id, 'BASELINE', true, true, mod(o.id, 2) = 0, now() - interval '60 days', 20, now() - interval '50 days'
				from organisation o join network n on n.id = o.network_id where n.code like ?
				union all
				select o.id, 'END', true, true, null, now() - interval '5 days', null, null
				from organisation o join network n on n.id = o.network_id where n.code like ? and mod(o.id, 3) = 0""")
			.params(like, like).update();
		app.jdbc.sql("""
				insert into basic_report (organisation_id, summary, approved, delivered_on)
				select o.id, 'Resultaten', mod(o.id, 4) = 0, case when mod(o.id, 8) = 0 then current_date end
				from organisation o join network n on n.id = o.network_id where n.code like ? and mod(o.id, 2) = 0""")
			.param(like).update();
		app.jdbc.sql("""
				insert into mail_log (idempotency_key, kind, network_id, organisation_id, recipient, subject, status,
				  created_at, sent_at, claimed_at)
				select 'ov-' || o.id || '-' || g, 'SESSION_INVITATION', o.network_id, o.id, 'contact-' || o.id || '@ov.example',
				  'Uitnodiging ' || g, case when g = 5 then 'QUEUED' else 'SENT' end, now(), case when g < 5 then now() end,
				  now()
				from organisation o join network n on n.id = o.network_id cross join generate_series(1, 5) g
				where n.code like ?""").param(like).update();
	}

}
