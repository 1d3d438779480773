package org.leernet.web;

import java.util.Map;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The REST API is open to anyone unless a filter guards it. Camunda's own filter checks
 * HTTP Basic credentials against the engine's identity service, the way Camunda Modeler
 * authenticates when it deploys; a call without valid credentials gets 401.
 */
@Configuration(proxyBeanMethods = false)
class RestApiSecurityConfiguration {

	@Bean
	FilterRegistrationBean<ProcessEngineAuthenticationFilter> restApiAuthenticationFilter(
			@Value("${spring.jersey.application-path:/engine-rest}") String restApiPath) {
		var registration = new FilterRegistrationBean<ProcessEngineAuthenticationFilter>(new LoginRequiredFilter());
		registration.setName("leernet-rest-authentication");
		registration.addUrlPatterns(restApiPath + "/*");
		registration.setInitParameters(Map.of(
				ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM, HttpBasicAuthenticationProvider.class.getName(),
				ProcessEngineAuthenticationFilter.SERVLET_PATH_PREFIX, restApiPath));
		return registration;
	}

	/**
	 * Camunda leaves {@code GET /engine} open so clients can list engines; we do not: even the
	 * names of the engines are only for people who have logged in.
	 */
	static class LoginRequiredFilter extends ProcessEngineAuthenticationFilter {

		@Override
		protected boolean requiresEngineAuthentication(String requestUrl) {
			return true;
		}

	}

}
