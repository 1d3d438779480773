package org.leernet.identity;

/** Ids of the groups that tasks are routed to. */
public final class Groups {

	public static final String COORDINATORS = "coordinators";

	public static final String ADVISERS = "advisers";

	public static final String PARTICIPANTS = "participants";

	public static final String PROCESS_OWNERS = "process-owners";

	private Groups() {
	}

	/** The group of one organisation's contact persons, e.g. {@code organisation-aurora}. */
	public static String organisation(String code) {
		return "organisation-" + code;
	}

}
