package org.leernet.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leernet.LeernetApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The production profile fails fast, with a clear message, on everything a demo leaves open. */
class ProductionProfileTests {

	@TempDir
	Path dataDir;

	ConfigurableApplicationContext start(String... extra) {
		List<String> args = new ArrayList<>(List.of("--server.port=0", "--spring.jmx.enabled=false",
				"--spring.datasource.url=jdbc:h2:file:" + dataDir.resolve("leernet").toAbsolutePath(),
				// not "default": closing this context must not unregister the engine of a cached test context
				"--camunda.bpm.process-engine-name=prodtest", "--spring.mail.host=127.0.0.1", "--spring.mail.port=2999",
				"--LEERNET_SECURE_COOKIES=false"));
		args.addAll(List.of(extra));
		return new SpringApplicationBuilder(LeernetApplication.class).run(args.toArray(String[]::new));
	}

	@Test
	void refusesToStartWithoutAnAdministrator() {
		assertThatThrownBy(() -> start("--spring.profiles.active=prod"))
			.hasMessageContaining("LEERNET_ADMIN_USER is not set");
	}

	@Test
	void refusesADefaultPassword() {
		assertThatThrownBy(() -> start("--spring.profiles.active=prod", "--LEERNET_ADMIN_USER=beheer",
				"--LEERNET_ADMIN_PASSWORD=beheer")).hasMessageContaining("LEERNET_ADMIN_PASSWORD is a default or weak password");
		assertThatThrownBy(() -> start("--spring.profiles.active=prod", "--LEERNET_ADMIN_USER=demo",
				"--LEERNET_ADMIN_PASSWORD=Lang-en-geheim-2027")).hasMessageContaining("a demo user");
	}

	@Test
	void refusesToStartWithoutAMailServer() {
		assertThatThrownBy(() -> new SpringApplicationBuilder(LeernetApplication.class).run("--spring.profiles.active=prod",
				"--LEERNET_ADMIN_USER=beheer", "--LEERNET_ADMIN_PASSWORD=Lang-en-geheim-2027"))
			.hasMessageContaining("spring.mail.host");
	}

	@Test
	void startsWithARealAdministratorAndNoDemoDataThenRefusesADemoDatabase() {
		try (ConfigurableApplicationContext production = start("--spring.profiles.active=prod",
				"--LEERNET_ADMIN_USER=beheer", "--LEERNET_ADMIN_PASSWORD=Lang-en-geheim-2027")) {
			IdentityService identity = production.getBean(IdentityService.class);
			assertThat(identity.checkPassword("beheer", "Lang-en-geheim-2027")).isTrue();
			assertThat(identity.createUserQuery().userIdIn(ProductionSafety.DEMO_USERS.toArray(String[]::new)).count())
				.as("no demo users").isZero();
			assertThat(identity.createGroupQuery().groupId("coordinators").count()).as("the role groups exist").isEqualTo(1);
		}
		try (ConfigurableApplicationContext demo = start()) {
			assertThat(demo.getBean(IdentityService.class).createUserQuery().userId("coordinator").count()).isEqualTo(1);
		}
		assertThatThrownBy(() -> start("--spring.profiles.active=prod", "--LEERNET_ADMIN_USER=beheer",
				"--LEERNET_ADMIN_PASSWORD=Lang-en-geheim-2027")).hasMessageContaining("the demo user 'adviser1'");
	}

}
