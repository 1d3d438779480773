package org.leernet.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.leernet.OneEngineAtATime;
import org.leernet.notification.MailOutbox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Started while its mail server is down, Leernet builds the demo network as far as ever: every
 * demo user has the same work waiting. Only the mails wait, each in a delivery of its own.
 */
// a database of its own: the demo network of the other test classes' shared one had a mail server
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = { "spring.mail.host=127.0.0.1",
		"spring.datasource.url=jdbc:h2:mem:demo-without-mail-server;DB_CLOSE_DELAY=-1" })
@OneEngineAtATime
class H2DemoNetworkWithoutMailServerIntegrationTests extends DemoNetworkChecks {

	@DynamicPropertySource
	static void closedSmtpPort(DynamicPropertyRegistry properties) {
		int closed;
		try (ServerSocket free = new ServerSocket(0)) {
			closed = free.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		properties.add("spring.mail.port", () -> closed);
	}

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	ManagementService managementService;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theDemoNetworksMailsWaitInTheirDeliveriesNotInTheNetwork() {
		List<String> statuses = jdbc.sql("select l.status from mail_log l join network n on n.id = l.network_id where n.code = ?")
			.param(DemoNetwork.CODE)
			.query(String.class)
			.list();
		assertThat(statuses).as("registrations, invitations to the kickoff and the intakes").hasSizeGreaterThan(10)
			.containsOnly("QUEUED");

		List<ProcessInstance> deliveries = runtimeService.createProcessInstanceQuery()
			.processDefinitionKey(MailOutbox.DELIVERY_PROCESS)
			.processInstanceBusinessKey(DemoNetwork.CODE)
			.list();
		assertThat(deliveries).hasSameSizeAs(statuses);
		for (ProcessInstance delivery : deliveries) {
			Job job = managementService.createJobQuery().processInstanceId(delivery.getId()).singleResult();
			assertThat(job.getRetries()).as("tried once at start-up, retried later").isEqualTo(4);
			assertThat(job.getExceptionMessage()).contains("niet verstuurd");
		}
		assertThat(runtimeService.createIncidentQuery().count()).isZero();
		assertThat(managementService.createJobQuery()
			.messages()
			.list()
			.stream()
			.filter(job -> !MailOutbox.DELIVERY_PROCESS.equals(job.getProcessDefinitionKey()))).as("no step waits").isEmpty();
	}

}
