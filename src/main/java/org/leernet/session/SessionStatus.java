package org.leernet.session;

public enum SessionStatus {

	PLANNED, HELD, CANCELLED

}
