package org.leernet.system;

import static org.assertj.core.api.Assertions.assertThat;

import javax.xml.datatype.DatatypeFactory;

import org.junit.jupiter.api.Test;

/** Camunda's timers get their DatatypeFactory by name, not with a scan of the classpath. */
class NamedDatatypeFactoryTests {

	@Test
	void theFactoryTheScanFindsIsNamedOnce() throws Exception {
		// another test's engine in this JVM may have named it already: this test starts without it
		String before = System.clearProperty(NamedDatatypeFactory.PROPERTY);
		try {
			String found = DatatypeFactory.newInstance().getClass().getName();
			NamedDatatypeFactory.name();
			assertThat(System.getProperty(NamedDatatypeFactory.PROPERTY)).isEqualTo(found);
			assertThat(DatatypeFactory.newInstance().getClass().getName()).isEqualTo(found);
		}
		finally {
			if (before == null) {
				System.clearProperty(NamedDatatypeFactory.PROPERTY);
			}
			else {
				System.setProperty(NamedDatatypeFactory.PROPERTY, before);
			}
		}
	}

}
