package org.leernet.recruitment;

public record Organisation(long id, long networkId, String code, String name, String sector, OrganisationStatus status,
		String adviser) {

}
