package org.leernet.notification;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.util.StreamProvider;
import org.junit.jupiter.api.Test;

/**
 * Jakarta Mail finds its StreamProvider through the system property MailService sets, not with
 * a scan of the classpath per MIME part (docs/performance.md).
 */
class NamedStreamProviderTests {

	static final String PROPERTY = "jakarta.mail.util.StreamProvider";

	@Test
	void mailServiceNamesAngusMailsStreamProvider() {
		// another test's context in this JVM may have set it already: this test starts without it
		String before = System.clearProperty(PROPERTY);
		try {
			assertThat(System.getProperty(PROPERTY)).isNull();
			MailService.useNamedStreamProvider();
			assertThat(System.getProperty(PROPERTY)).isEqualTo("org.eclipse.angus.mail.util.MailStreamProvider");
			assertThat(StreamProvider.provider().getClass().getName())
				.as("the named class is the one Jakarta Mail then uses")
				.isEqualTo("org.eclipse.angus.mail.util.MailStreamProvider");
		}
		finally {
			restore(before);
		}
	}

	@Test
	void leavesANameSetBeforehandAlone() {
		String before = System.setProperty(PROPERTY, "org.example.OwnStreamProvider");
		try {
			MailService.useNamedStreamProvider();
			assertThat(System.getProperty(PROPERTY)).isEqualTo("org.example.OwnStreamProvider");
		}
		finally {
			restore(before);
		}
	}

	private static void restore(String before) {
		if (before == null) {
			System.clearProperty(PROPERTY);
		}
		else {
			System.setProperty(PROPERTY, before);
		}
	}

}
