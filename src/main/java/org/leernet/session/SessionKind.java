package org.leernet.session;

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

}
