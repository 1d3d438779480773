package org.leernet.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.leernet.tasklist.FormDriver.inDays;
import static org.leernet.tasklist.FormDriver.vars;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.leernet.network.NetworkService;
import org.leernet.recruitment.Organisation;
import org.leernet.session.Session;
import org.leernet.session.SessionKind;
import org.leernet.session.SessionService;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Business data comes from the process's own trusted state, never from a submission: the
 * organisation and session of an evaluation, the organisation of a trajectory, the network of a
 * business key. The attempts go through the engine as the routed user, past any REST filter of
 * variables, so that the listeners themselves must hold.
 */
interface TrustedStateChecks extends HostileUser {

	@Test
	default void storesAnEvaluationForItsOwnOrganisationAndSessionWhateverTheSubmissionSays() {
		String code = "TRUST-EVAL";
		List<Organisation> organisations = TrustedNetworks.running(this, code);
		Organisation alfa = organisations.get(0);
		Organisation beta = organisations.get(1);
		TrustedNetworks.kickoffHeld(this, code, organisations);
		Session kickoff = sessionOf(code, SessionKind.KICKOFF, null);
		long foreignSession = bean(JdbcClient.class)
			.sql("select min(id) from learning_session where network_id <> ?")
			.param(kickoff.networkId())
			.query(Long.class)
			.single();

		driver().completeAsRoutedUser(TrustedNetworks.evaluationOf(this, code, alfa),
				vars("evaluationScore", "4", "evaluationWentWell", "Nuttig", "organisationCode", beta.code(), "sessionId",
						foreignSession));

		assertThat(TrustedNetworks.evaluations(this, kickoff.id(), alfa.id())).as("alfa's evaluation, under alfa").isEqualTo(1);
		assertThat(TrustedNetworks.evaluations(this, kickoff.id(), beta.id())).as("nothing in beta's name").isZero();
		assertThat(TrustedNetworks.evaluations(this, foreignSession, beta.id())).isZero();
		assertThat(TrustedNetworks.evaluations(this, foreignSession, alfa.id())).as("nothing for another session").isZero();

		driver().completeAsRoutedUser(TrustedNetworks.evaluationOf(this, code, beta),
				vars("evaluationScore", "5", "evaluationWentWell", "Sterk"));
		assertThat(TrustedNetworks.evaluations(this, kickoff.id(), beta.id())).as("beta's own evaluation still works")
			.isEqualTo(1);
	}

	@Test
	default void plansAnIntakeForTheTrajectorysOwnOrganisationWhateverTheSubmissionSays() {
		String code = "TRUST-INTAKE";
		List<Organisation> organisations = TrustedNetworks.running(this, code);
		Organisation alfa = organisations.get(0);
		Organisation beta = organisations.get(1);
		String alfaTrajectory = driver().trajectoryOf(code, alfa.code());
		String betaTrajectory = driver().trajectoryOf(code, beta.code());
		driver().completeAsRoutedUser(driver().one(alfaTrajectory, "Task_AssignAdviser"), vars("adviser", "adviser1"));
		driver().completeAsRoutedUser(driver().one(betaTrajectory, "Task_AssignAdviser"), vars("adviser", "adviser2"));

		driver().completeAsRoutedUser(driver().one(alfaTrajectory, "Task_ScheduleIntake"),
				vars("sessionStart", inDays(10), "sessionLocation", "Gent", "organisationCode", beta.code()));

		assertThat(engine().getRuntimeService().getVariable(alfaTrajectory, "organisationCode"))
			.as("the trajectory still routes to alfa").isEqualTo(alfa.code());
		Session alfaIntake = sessionOf(code, SessionKind.INTAKE, alfa.id());
		assertThat(sessionsOf(code, SessionKind.INTAKE)).as("one intake, alfa's").containsExactly(alfaIntake);
		List<String> invited = recipientsOf(alfaIntake.id());
		assertThat(invited).as("invitations to alfa's contacts and adviser")
			.contains("els@trustintakealfa.example.org", "jan@trustintakealfa.example.org")
			.noneMatch(address -> address.contains("beta"));

		driver().completeAsRoutedUser(driver().one(betaTrajectory, "Task_ScheduleIntake"),
				vars("sessionStart", inDays(11), "sessionLocation", "Brugge"));
		assertThat(sessionOf(code, SessionKind.INTAKE, beta.id()).location()).as("beta's own intake still works")
			.isEqualTo("Brugge");
	}

	/**
	 * A network started before Leernet kept the trusted state in its tables: no trajectory
	 * recorded, no evaluation request kept. Its evaluations and trajectories go on, and still
	 * for their own organisation.
	 */
	@Test
	default void keepsNetworksStartedBeforeTheTrustedStateWorkingForTheirOwnOrganisations() {
		String code = "TRUST-OLD";
		List<Organisation> organisations = TrustedNetworks.running(this, code);
		Organisation alfa = organisations.get(0);
		Organisation beta = organisations.get(1);
		TrustedNetworks.kickoffHeld(this, code, organisations);
		Session kickoff = sessionOf(code, SessionKind.KICKOFF, null);
		JdbcClient jdbc = bean(JdbcClient.class);
		assertThat(jdbc.sql("delete from evaluation_request where session_id = ?").param(kickoff.id()).update())
			.as("both evaluations were recorded at their request").isEqualTo(2);
		jdbc.sql("update organisation set trajectory_instance_id = null where network_id = ?")
			.param(kickoff.networkId())
			.update();

		driver().completeAsRoutedUser(TrustedNetworks.evaluationOf(this, code, alfa),
				vars("evaluationScore", "3", "organisationCode", beta.code()));
		assertThat(TrustedNetworks.evaluations(this, kickoff.id(), alfa.id())).isEqualTo(1);
		driver().completeAsRoutedUser(TrustedNetworks.evaluationOf(this, code, beta), vars("evaluationScore", "4"));
		assertThat(TrustedNetworks.evaluations(this, kickoff.id(), beta.id())).isEqualTo(1);

		String alfaTrajectory = driver().trajectoryOf(code, alfa.code());
		driver().completeAsRoutedUser(driver().one(alfaTrajectory, "Task_AssignAdviser"),
				vars("adviser", "adviser1", "organisationCode", beta.code()));
		assertThat(jdbc.sql("select adviser from organisation where id = ?").param(alfa.id()).query(String.class).single())
			.isEqualTo("adviser1");
		assertThat(jdbc.sql("select adviser from organisation where id = ?").param(beta.id()).query(String.class).optional())
			.isEmpty();
		assertThat(jdbc.sql("select trajectory_instance_id from organisation where id = ?")
			.param(alfa.id())
			.query(String.class)
			.single()).as("recorded on its first look-up").isEqualTo(alfaTrajectory);
	}

	private List<Session> sessionsOf(String code, SessionKind kind) {
		return bean(SessionService.class).ofNetwork(bean(NetworkService.class).get(code).id())
			.stream()
			.filter(session -> session.kind() == kind)
			.toList();
	}

	private Session sessionOf(String code, SessionKind kind, Long organisationId) {
		List<Session> found = sessionsOf(code, kind).stream()
			.filter(session -> java.util.Objects.equals(session.organisationId(), organisationId))
			.toList();
		assertThat(found).as(kind + " of organisation " + organisationId + " in " + code).hasSize(1);
		return found.get(0);
	}

	private List<String> recipientsOf(long sessionId) {
		return bean(JdbcClient.class).sql("select recipient from mail_log where session_id = ?")
			.param(sessionId)
			.query(String.class)
			.list();
	}

}
