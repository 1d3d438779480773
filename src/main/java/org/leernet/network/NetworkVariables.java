package org.leernet.network;

/** Names of the process variables of the learning-network process, declared once. */
public final class NetworkVariables {

	/** The network's code, e.g. {@code HNW-2027-1}; also the process instance's business key. */
	public static final String NETWORK_CODE = "networkCode";

	public static final String NETWORK_NAME = "networkName";

	public static final String MINIMUM_ORGANISATIONS = "minimumOrganisations";

	public static final String MAXIMUM_ORGANISATIONS = "maximumOrganisations";

	public static final String COLLECTIVE_SESSIONS = "collectiveSessions";

	public static final String INDIVIDUAL_SESSIONS = "individualSessions";

	public static final String DURATION_MONTHS = "durationMonths";

	public static final String REGISTRATION_DEADLINE = "registrationDeadline";

	private NetworkVariables() {
	}

}
