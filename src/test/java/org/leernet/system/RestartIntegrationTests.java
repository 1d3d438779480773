package org.leernet.system;

import org.leernet.deployment.ModelDeployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leernet.LeernetApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The default H2 file database keeps running networks over a restart, and a restart with
 * unchanged model files deploys nothing new.
 */
class RestartIntegrationTests {

	@TempDir
	Path dataDir;

	@Test
	void networkStartedBeforeRestartIsStillRunningAfterIt() {
		String instanceId;
		try (ConfigurableApplicationContext first = start()) {
			instanceId = first.getBean(RuntimeService.class)
				.startProcessInstanceByKey("learning-network", "HNW-2027-1",
						Map.of("networkName", "Herstarttest", "registrationDeadline",
								LocalDate.now().plusMonths(2).toString()))
				.getId();
		}
		try (ConfigurableApplicationContext second = start()) {
			RuntimeService runtimeService = second.getBean(RuntimeService.class);
			assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instanceId).singleResult())
				.isNotNull()
				.satisfies(instance -> assertThat(instance.getBusinessKey()).isEqualTo("HNW-2027-1"));
			assertThat(runtimeService.getVariable(instanceId, "networkName")).isEqualTo("Herstarttest");

			RepositoryService repositoryService = second.getBean(RepositoryService.class);
			assertThat(repositoryService.createDeploymentQuery().deploymentName(ModelDeployment.DEPLOYMENT_NAME).count())
				.as("unchanged model files are not deployed again")
				.isEqualTo(1);
			assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("learning-network").count())
				.isEqualTo(1);
			assertThat(second.getBean(IdentityService.class).createUserQuery().userId("coordinator").count())
				.isEqualTo(1);
		}
	}

	private ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(LeernetApplication.class).run("--server.port=0",
				"--spring.datasource.url=jdbc:h2:file:" + dataDir.resolve("leernet").toAbsolutePath(),
				"--spring.jmx.enabled=false",
				// not "default": closing this context must not unregister the engine of a cached test context
				"--camunda.bpm.process-engine-name=restart");
	}

}
