package org.leernet.network;

import java.time.LocalDate;

public record Network(long id, String code, String name, int minimumOrganisations, int maximumOrganisations,
		int collectiveSessions, int individualSessions, int durationMonths, LocalDate registrationDeadline,
		NetworkStatus status) {

}
