package org.leernet.recruitment;

/** A contact person as typed: name, e-mail address and (optional, null at registration) phone number. */
public record ContactPerson(String name, String email, String phone) {

	/** As at registration: without a phone number. */
	public ContactPerson(String name, String email) {
		this(name, email, null);
	}

}
