package org.leernet.system;

import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Camunda asks JAXP for a new {@link DatatypeFactory} for every timer duration it reads
 * ({@code DurationHelper}), and JAXP finds the implementation with a ServiceLoader scan of every
 * jar on the classpath each time: 2 % of the CPU of the benchmark's lifecycle and reminder burst
 * (README, "Performance"). Named in the system property JAXP checks first, it is one class
 * lookup. The name is that of the implementation the scan finds now, so nothing else changes.
 */
@Component
class NamedDatatypeFactory extends AbstractProcessEnginePlugin {

	static final String PROPERTY = DatatypeFactory.DATATYPEFACTORY_PROPERTY;

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		name();
	}

	static void name() {
		if (System.getProperty(PROPERTY) == null) {
			try {
				System.setProperty(PROPERTY, DatatypeFactory.newInstance().getClass().getName());
			}
			catch (DatatypeConfigurationException ex) {
				throw new IllegalStateException("No XML DatatypeFactory, which Camunda's timers need", ex);
			}
		}
	}

}
