package org.leernet.overview;

import java.util.Set;

import org.leernet.identity.Groups;

/** Who is looking: a user of the webapps with their groups, as the engine knows them. */
public record Viewer(String userId, Set<String> groups) {

	static final String ADMINISTRATORS = "camunda-admin";

	public Viewer {
		groups = Set.copyOf(groups);
	}

	/** Coordinators and administrators see every network. */
	public boolean isCoordinator() {
		return groups.contains(Groups.COORDINATORS) || groups.contains(ADMINISTRATORS);
	}

	public boolean isAdviser() {
		return groups.contains(Groups.ADVISERS);
	}

	public boolean isParticipant() {
		return groups.contains(Groups.PARTICIPANTS);
	}

}
