package org.leernet.notification;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.util.StreamProvider;
import org.junit.jupiter.api.Test;

/**
 * Jakarta Mail finds its StreamProvider through the system property MailService sets, not with
 * a scan of the classpath per MIME part (docs/performance.md).
 */
class NamedStreamProviderTests {

	@Test
	void mailServiceNamesAngusMailsStreamProvider() {
		MailService.useNamedStreamProvider();
		assertThat(System.getProperty("jakarta.mail.util.StreamProvider"))
			.isEqualTo("org.eclipse.angus.mail.util.MailStreamProvider");
		assertThat(StreamProvider.provider().getClass().getName())
			.as("the named class is the one Jakarta Mail then uses")
			.isEqualTo("org.eclipse.angus.mail.util.MailStreamProvider");
	}

}
