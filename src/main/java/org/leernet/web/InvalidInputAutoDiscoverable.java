package org.leernet.web;

import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.core.FeatureContext;
import org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable;

/**
 * Adds {@link InvalidInputResponses} and the {@link SubmissionFilter} to every Jersey application of the server: the REST API
 * at /engine-rest and the engine API the webapps (Tasklist) call, which Camunda registers
 * itself. Found through META-INF/services.
 */
public class InvalidInputAutoDiscoverable implements ForcedAutoDiscoverable {

	@Override
	public void configure(FeatureContext context) {
		if (context.getConfiguration().getRuntimeType() != RuntimeType.SERVER) {
			return;
		}
		for (Class<?> mapper : InvalidInputResponses.MAPPERS) {
			if (!context.getConfiguration().isRegistered(mapper)) {
				context.register(mapper);
			}
		}
		if (!context.getConfiguration().isRegistered(SubmissionFilter.class)) {
			context.register(SubmissionFilter.class);
		}
	}

}
