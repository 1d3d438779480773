package org.leernet;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.annotation.DirtiesContext;

/**
 * Closes the test's application context after its class. Camunda keeps engines in a static
 * registry by name ("default") that the REST API and webapps ask; a second live context would
 * answer for the first, and closing a cached one would unregister the engine of the next.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@DirtiesContext
public @interface OneEngineAtATime {

}
