package org.leernet.session;

import java.time.OffsetDateTime;

public record Session(long id, long networkId, Long organisationId, SessionKind kind, int number, OffsetDateTime plannedStart,
		OffsetDateTime plannedEnd, String location, SessionStatus status, int sequence) {

	public String title() {
		return kind.title(number);
	}

}
