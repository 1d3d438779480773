package org.leernet.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.leernet.Await;
import org.leernet.OneEngineAtATime;
import org.leernet.notification.MailOutbox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The demo network built with the job executor running, as in production: the start-up's own
 * runs of the mail steps race the executor's threads for the same jobs. Every demo user still
 * has the same work, and every mail arrives exactly once. The other integration suites switch
 * the executor off (src/test/resources/config/application.yaml) and run the jobs by hand.
 */
// a database of its own, so that the demo network is built in this context, with the executor on
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = { "camunda.bpm.job-execution.enabled=true",
		"camunda.bpm.job-execution.max-wait=500", "spring.mail.host=127.0.0.1",
		"spring.datasource.url=jdbc:h2:mem:demo-with-job-executor;DB_CLOSE_DELAY=-1" })
@OneEngineAtATime
class H2DemoNetworkWithJobExecutorIntegrationTests extends DemoNetworkChecks {

	private static final Duration DELIVERY = Duration.ofMinutes(2);

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort()).withPerMethodLifecycle(false);

	@DynamicPropertySource
	static void smtpPort(DynamicPropertyRegistry properties) {
		properties.add("spring.mail.port", () -> smtp.getSmtp().getPort());
	}

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	ManagementService managementService;

	@Autowired
	JdbcClient jdbc;

	/** The executor is still at the start-up's steps: each check starts once it has none left. */
	@BeforeEach
	void executorDone() {
		Await.until("the job executor to run every due step", DELIVERY,
				() -> managementService.createJobQuery().messages().executable().count() == 0);
	}

	List<String> statuses() {
		return jdbc.sql("select l.status from mail_log l join network n on n.id = l.network_id where n.code = ?")
			.param(DemoNetwork.CODE)
			.query(String.class)
			.list();
	}

	@Test
	void theJobExecutorDeliversEveryDemoMailExactlyOnce() throws MessagingException {
		Await.until("every demo mail sent", DELIVERY,
				() -> !statuses().isEmpty() && statuses().stream().allMatch("SENT"::equals));
		assertThat(statuses()).as("registrations, invitations to the kickoff and the intakes").hasSizeGreaterThan(10);
		Await.until("the deliveries to end", DELIVERY, () -> runtimeService.createProcessInstanceQuery()
			.processDefinitionKey(MailOutbox.DELIVERY_PROCESS)
			.count() == 0);
		// a mail sent twice would arrive now
		Await.stays("as many mails received as sent", Duration.ofSeconds(2),
				() -> smtp.getReceivedMessages().length == recipientsOfSentMails());

		// two organisations' intakes may send one adviser two mails with one subject: compare Message-IDs
		List<String> received = new ArrayList<>();
		for (MimeMessage message : smtp.getReceivedMessages()) {
			received.add(message.getMessageID());
		}
		List<String> logged = jdbc.sql("select message_id from mail_log where status = 'SENT'").query(String.class).list();
		assertThat(received).as("no mail twice").doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(logged);
		assertThat(runtimeService.createIncidentQuery().count()).as("incidents").isZero();
	}

	/** One message per recipient of each sent mail in the log. */
	int recipientsOfSentMails() {
		return jdbc.sql("select count(*) from mail_log where status = 'SENT'").query(Integer.class).single();
	}

}
