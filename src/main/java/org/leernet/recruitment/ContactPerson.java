package org.leernet.recruitment;

public record ContactPerson(String name, String email) {

}
