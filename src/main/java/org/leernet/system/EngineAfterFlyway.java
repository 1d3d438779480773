package org.leernet.system;

import java.util.Set;

import org.camunda.bpm.engine.spring.ProcessEngineFactoryBean;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDependsOnDatabaseInitializationDetector;

/**
 * Flyway refuses a schema that holds tables but no history of its own. So our migrations must
 * run before the engine creates Camunda's tables, whatever order the beans happen to be
 * created in. Registered in {@code META-INF/spring.factories}.
 */
public class EngineAfterFlyway extends AbstractBeansOfTypeDependsOnDatabaseInitializationDetector {

	@Override
	protected Set<Class<?>> getDependsOnDatabaseInitializationBeanTypes() {
		return Set.of(ProcessEngineFactoryBean.class);
	}

}
