package org.leernet.session;

import java.time.OffsetDateTime;

public record Session(long id, long networkId, Long organisationId, SessionKind kind, int number, OffsetDateTime plannedStart,
		OffsetDateTime plannedEnd, String location, SessionStatus status, int sequence, String themes) {

	/** Stable across reschedules: the UID of its calendar invitations. */
	public String calendarUid() {
		return "session-" + id + "@leernet";
	}

	public String title() {
		return kind.title(number);
	}

}
