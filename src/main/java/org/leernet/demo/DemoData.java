package org.leernet.demo;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.leernet.identity.AccessRights;
import org.leernet.identity.Groups;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo users (password = user name, as in Camunda's own demo) in the role groups, so that a
 * newcomer can log in as each role right after {@code ./mvnw spring-boot:run}.
 * Idempotent: on the file database a restart finds everything already there.
 */
@Component
@Order(DemoData.ORDER)
@ConditionalOnProperty(prefix = "leernet.demo", name = "enabled", havingValue = "true")
class DemoData implements ApplicationRunner {

	static final int ORDER = AccessRights.ORDER + 10;

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	record DemoUser(String id, String firstName, String lastName, List<String> groups) {
	}

	static final List<DemoUser> USERS = List.of(
			new DemoUser("coordinator", "Chris", "Coördinator", List.of(Groups.COORDINATORS)),
			new DemoUser("adviser1", "An", "Adviseur", List.of(Groups.ADVISERS)),
			new DemoUser("adviser2", "Bram", "Adviseur", List.of(Groups.ADVISERS)),
			new DemoUser("process-owner", "Pieter", "Proceseigenaar", List.of(Groups.PROCESS_OWNERS)),
			// their organisations' groups come with the demo network (DemoNetwork)
			new DemoUser("participant-a", "Anna", "Aurora", List.of(Groups.PARTICIPANTS)),
			new DemoUser("participant-b", "Bart", "Berkenhof", List.of(Groups.PARTICIPANTS)));

	private final IdentityService identityService;

	private final String adminUserId;

	DemoData(IdentityService identityService, @Value("${camunda.bpm.admin-user.id:}") String adminUserId) {
		this.identityService = identityService;
		this.adminUserId = adminUserId;
	}

	@Override
	public void run(ApplicationArguments args) {
		for (DemoUser user : USERS) {
			createUser(user);
		}
		if (!adminUserId.isBlank()) {
			addMembership(adminUserId, Groups.COORDINATORS);
		}
		log.info("Demo users ready: demo, coordinator, adviser1, adviser2, process-owner, participant-a, participant-b");
	}

	private void createUser(DemoUser demoUser) {
		if (identityService.createUserQuery().userId(demoUser.id()).count() == 0) {
			User user = identityService.newUser(demoUser.id());
			user.setFirstName(demoUser.firstName());
			user.setLastName(demoUser.lastName());
			user.setEmail(demoUser.id() + "@leernet.local");
			user.setPassword(demoUser.id());
			identityService.saveUser(user);
		}
		demoUser.groups().forEach(group -> addMembership(demoUser.id(), group));
	}

	private void addMembership(String userId, String groupId) {
		if (identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
			identityService.createMembership(userId, groupId);
		}
	}


}
