package org.leernet.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.leernet.identity.PasswordLinks;
import org.leernet.network.NetworkService;
import org.leernet.recruitment.RecruitmentService;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Class 4 of issue 17: accounts are never linked by e-mail address. A contact person's address
 * may not be a staff member's or another organisation's contact's; nobody but an administrator
 * changes a profile; a set-password link only ever goes to an account made for a contact person.
 */
interface AccountChecks extends OwnRegistrations {

	/** The demo staff: their addresses are {@code <id>@leernet.local}; {@code demo} is the administrator. */
	List<String> STAFF = List.of("coordinator", "adviser1", "adviser2", "process-owner", "demo");

	default IdentityService identity() {
		return engine().getIdentityService();
	}

	default int organisationsOf(String networkCode) {
		return bean(RecruitmentService.class).ofNetwork(bean(NetworkService.class).get(networkCode).id()).size();
	}

	default int passwordLinksOf(String userId) {
		return jdbc().sql("select count(*) from password_link where user_id = ?").param(userId).query(Integer.class).single();
	}

	default int mailsWithPasswordLinkTo(String address) {
		return jdbc().sql("select count(*) from mail_log where lower(recipient) = lower(?) and text_body like ?")
			.params(address.trim(), "%/leernet/wachtwoord/%")
			.query(Integer.class)
			.single();
	}

	default String emailOf(String userId) {
		return identity().createUserQuery().userId(userId).singleResult().getEmail();
	}

	/** Nothing of a refused registration is stored, and its task waits with the same id. */
	default void assertRefusedRegistration(ResponseEntity<String> answer, String code, String taskId, String... says) {
		assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(answer.getBody()).contains("contacts").doesNotContain("Exception:", "\tat ");
		for (String said : says) {
			assertThat(answer.getBody()).containsIgnoringCase(said);
		}
		assertThat(registrationTask(code).getId()).as("the task stays open").isEqualTo(taskId);
		assertThat(organisationsOf(code)).as("no organisation stored").isZero();
	}

	@Test
	default void aContactWithAStaffAddressIsRefusedAndTheStaffAccountGetsNoLink() {
		String taskId = startOwnNetwork("ACC-STAFF");
		for (String staff : STAFF) {
			String address = staff + "@leernet.local";
			for (String typed : List.of(address, "  " + address.toUpperCase() + " ")) {
				ResponseEntity<String> answer = registerAs(taskId, "Staf " + staff, "Els Staf", "els@staf.example",
						"Imposter", typed);
				assertRefusedRegistration(answer, "ACC-STAFF", taskId, address, "medewerker");
			}
			assertThat(passwordLinksOf(staff)).as("no set-password link for " + staff).isZero();
			assertThat(mailsWithPasswordLinkTo(address)).isZero();
			assertThat(identity().checkPassword(staff, staff)).as(staff + "'s password is unchanged").isTrue();
			assertThat(identity().createGroupQuery().groupMember(staff).list())
				.noneMatch(group -> group.getId().startsWith("organisation-"));
		}
		assertThat(identity().createUserQuery().userEmail("els@staf.example").count()).as("no account made").isZero();
	}

	@Test
	default void aContactOfAnotherOrganisationIsRefusedInAnyNetwork() {
		String taskId = startOwnNetwork("ACC-OTHER");
		// participant-a is Aurora's contact, jan.claes Berkenhof's, both in the demo network
		for (String typed : List.of("participant-a@leernet.local", " Jan.Claes@Berkenhof.EXAMPLE")) {
			ResponseEntity<String> answer = registerAs(taskId, "Overnemer BV", "Els Over", "els@overnemer.example",
					"Dubbel", typed);
			assertRefusedRegistration(answer, "ACC-OTHER", taskId, typed.trim(), "andere organisatie");
		}
		assertThat(identity().createGroupQuery().groupMember("participant-a").list())
			.extracting(group -> group.getId())
			.containsExactlyInAnyOrder("participants", "organisation-zorggroep-aurora");
	}

	@Test
	default void theSameAddressTwiceInOneRegistrationIsRefused() {
		String taskId = startOwnNetwork("ACC-TWICE");
		ResponseEntity<String> answer = registerAs(taskId, "Dubbel BV", "Els Dubbel", "els@dubbel.example", "Els Twee",
				" ELS@dubbel.example");
		assertRefusedRegistration(answer, "ACC-TWICE", taskId, "els@dubbel.example", "twee keer");
	}

	@Test
	default void aNewContactGetsAnAccountOfItsOwnWithALinkAndTheAddressStaysItsOwn() {
		String taskId = startOwnNetwork("ACC-NEW");
		ResponseEntity<String> answer = registerAs(taskId, "Nieuw Nest", "Nele Nest", "nele@nieuw-nest.example",
				"Noor Nest", "noor@nieuw-nest.example");
		assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
		driver().runAsyncJobs();
		User nele = identity().createUserQuery().userEmail("nele@nieuw-nest.example").singleResult();
		assertThat(nele.getId()).isEqualTo("nele-nest");
		assertThat(identity().createGroupQuery().groupMember(nele.getId()).list()).extracting(group -> group.getId())
			.containsExactlyInAnyOrder("participants", "organisation-nieuw-nest");
		assertThat(mailsWithPasswordLinkTo("nele@nieuw-nest.example")).as("the contact's own link").isEqualTo(1);

		String next = registrationTask("ACC-NEW").getId();
		ResponseEntity<String> again = registerAs(next, "Ander Nest", "Ada Ander", "ada@ander-nest.example", "Nele",
				"Nele@Nieuw-Nest.example");
		assertThat(again.getStatusCode()).as(again.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(again.getBody()).contains("andere organisatie");
		assertThat(organisationsOf("ACC-NEW")).isEqualTo(1);
	}

	@Test
	default void nobodyButAnAdministratorChangesAProfileOverRest() {
		for (String user : List.of("participant-a", "adviser1", "process-owner", "coordinator")) {
			String before = emailOf(user);
			ResponseEntity<String> answer = put(user, "/engine-rest/user/" + user + "/profile",
					Map.of("id", user, "firstName", "Kaper", "lastName", "Kaper", "email", "els.peeters@aurora.example"));
			assertThat(answer.getStatusCode()).as(user + ": " + answer.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
			assertThat(emailOf(user)).as(user + "'s address is unchanged").isEqualTo(before);
			assertThat(identity().createUserQuery().userId(user).singleResult().getFirstName()).isNotEqualTo("Kaper");
		}
		ResponseEntity<String> delete = send("participant-a", HttpMethod.DELETE, "/engine-rest/user/participant-a", null, null);
		assertThat(delete.getStatusCode()).as(delete.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(identity().createUserQuery().userId("participant-a").count()).isEqualTo(1);
		ResponseEntity<String> other = put("participant-a", "/engine-rest/user/coordinator/credentials",
				Map.of("password", "overgenomen-1234", "authenticatedUserPassword", "participant-a"));
		assertThat(other.getStatusCode()).as("refused: not theirs to see, let alone change").isIn(HttpStatus.FORBIDDEN,
				HttpStatus.NOT_FOUND);
		assertThat(identity().checkPassword("coordinator", "coordinator")).isTrue();
	}

	@Test
	default void anAdministratorStillEditsProfilesAndAUserStillChangesTheirOwnPassword() {
		User user = identity().newUser("acc-profile");
		user.setFirstName("Piet");
		user.setLastName("Profiel");
		user.setEmail("piet@profiel.example");
		user.setPassword("acc-profile");
		identity().saveUser(user);
		identity().createMembership("acc-profile", "participants");

		ResponseEntity<String> admin = put("demo", "/engine-rest/user/acc-profile/profile",
				Map.of("id", "acc-profile", "firstName", "Piet", "lastName", "Profiel", "email", "piet.nieuw@profiel.example"));
		assertThat(admin.getStatusCode()).as(admin.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(emailOf("acc-profile")).isEqualTo("piet.nieuw@profiel.example");

		ResponseEntity<String> own = put("acc-profile", "/engine-rest/user/acc-profile/credentials",
				Map.of("password", "nieuw-wachtwoord-1", "authenticatedUserPassword", "acc-profile"));
		assertThat(own.getStatusCode()).as(own.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(identity().checkPassword("acc-profile", "nieuw-wachtwoord-1")).isTrue();
	}

	@Test
	@ExtendWith(OutputCaptureExtension.class)
	default void noSetPasswordLinkForAnAccountNotMadeForAContact(CapturedOutput output) {
		PasswordLinks links = bean(PasswordLinks.class);
		for (String user : List.of("coordinator", "demo", "adviser1", "participant-a", "bestaat-niet")) {
			int before = output.getAll().length();
			assertThat(links.issue(user)).as(user).isEmpty();
			assertThat(output.getAll().substring(before)).as(user).contains("WARN").contains(user);
			assertThat(passwordLinksOf(user)).as(user).isZero();
		}
		// a link issued for a staff account before this rule no longer works
		String token = "a".repeat(64);
		jdbc().sql("insert into password_link (token, user_id, expires_at) values (?, ?, ?)")
			.params(token, "coordinator", OffsetDateTime.now().plusDays(1))
			.update();
		try {
			assertThat(get(null, "/leernet/wachtwoord/" + token).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
			assertThat(links.setPassword(token, "overgenomen-1234")).isFalse();
			assertThat(identity().checkPassword("coordinator", "coordinator")).isTrue();
		}
		finally {
			jdbc().sql("delete from password_link where token = ?").param(token).update();
		}
	}

}
