package org.leernet;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@OneEngineAtATime
class H2LifecycleIntegrationTests extends LifecycleChecks {

	@Override
	protected String codePrefix() {
		return "HTWO";
	}

	/** The same forms with a sister programme's numbers (on H2 only, to keep the suite short). */
	@Test
	void drivesASisterProgrammeWithOtherNumbersThroughTheSameForms() {
		driveNetwork(codePrefix() + "-ZUS-2027-1", 2, 3, true);
	}

	/**
	 * Nobody of the organisations answers anything: no evaluation, no case, no survey. The
	 * coordinators take the organisations' tasks over once their days ran out, the network runs
	 * to its end, and every evaluation lapses as "niet beantwoord". (On H2 only: the processes
	 * and listeners are the same on PostgreSQL, which the two other networks drive there.)
	 */
	@Test
	void drivesANetworkWhoseParticipantsNeverAnswerToItsEnd() {
		driveNetwork(codePrefix() + "-STIL-2027-1", 2, 1, false);
	}

}
