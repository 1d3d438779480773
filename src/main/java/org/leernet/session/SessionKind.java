package org.leernet.session;

import org.leernet.process.ProcessVariables;

/** The meetings of a learning network, with their Dutch names. */
public enum SessionKind {

	INTAKE("Intakegesprek"), KICKOFF("Kick-off"), COLLECTIVE("Collectieve sessie"), INDIVIDUAL("Individuele sessie"),
	CLOSING("Afsluitende sessie");

	private final String dutchName;

	SessionKind(String dutchName) {
		this.dutchName = dutchName;
	}

	/** "Collectieve sessie 2", "Kick-off". */
	public String title(int number) {
		return this == COLLECTIVE || this == INDIVIDUAL ? dutchName + " " + number : dutchName;
	}

	/** Held with one organisation (intake, individual session) rather than the whole network. */
	public boolean perOrganisation() {
		return this == INTAKE || this == INDIVIDUAL;
	}

	/** Sessions of the whole network note who was present; the presence decides who evaluates. */
	public boolean withAttendance() {
		return this == KICKOFF || this == COLLECTIVE || this == CLOSING;
	}

	/** The form field of its start: a kickoff has two half days, the first is {@code kickoffStart}. */
	public String startField() {
		return this == KICKOFF ? ProcessVariables.KICKOFF_START : ProcessVariables.SESSION_START;
	}

}
