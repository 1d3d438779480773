package org.leernet.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.junit.jupiter.api.extension.ExtendWith;
import org.leernet.LeernetApplication;

/** A taken port of the embedded SMTP server ends the start with one clear message, no stack trace. */
@ExtendWith(OutputCaptureExtension.class)
class EmbeddedMailPortTakenTests {

	@Test
	void aTakenPortIsNamedWithTheSettingThatChangesIt() throws Exception {
		try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
			assertThatThrownBy(() -> EmbeddedMailServer.start(taken.getLocalPort())).isInstanceOf(EmbeddedMailPortTaken.class);
			FailureAnalysis analysis = new EmbeddedMailPortTaken.Analyzer()
				.analyze(new EmbeddedMailPortTaken(taken.getLocalPort(), null));
			assertThat(analysis.getDescription()).contains(String.valueOf(taken.getLocalPort()), "leernet.mail.embedded-port");
			assertThat(analysis.getAction()).contains("leernet.mail.embedded-port", "0");
		}
	}

	@Test
	void theApplicationStopsWithTheMessageOnly(CapturedOutput output) throws Exception {
		try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
			SpringApplication application = new SpringApplication(LeernetApplication.class);
			assertThatThrownBy(() -> application.run("--server.port=0", "--leernet.mail.embedded-port=" + taken.getLocalPort(),
					"--spring.datasource.url=jdbc:h2:mem:port-taken", "--camunda.bpm.job-execution.enabled=false"))
				.hasRootCauseInstanceOf(java.net.BindException.class);
			assertThat(output.getAll()).contains("APPLICATION FAILED TO START", "leernet.mail.embedded-port")
				.doesNotContain("\tat org.leernet.notification.EmbeddedMailServer");
		}
	}

}
