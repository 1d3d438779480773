package org.leernet.recruitment;

public enum OrganisationStatus {

	/** Registered within the maximum: takes part when the network starts. */
	REGISTERED,
	/** Registered past the maximum. */
	WAITING_LIST,
	WITHDRAWN,
	COMPLETED,
	CANCELLED

}
