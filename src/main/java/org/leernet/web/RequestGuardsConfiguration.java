package org.leernet.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** The filters that refuse a request before any application code reads it. */
@Configuration(proxyBeanMethods = false)
class RequestGuardsConfiguration {

	@Bean
	FilterRegistrationBean<RequestSizeLimitFilter> requestSizeLimitFilter() {
		var registration = new FilterRegistrationBean<>(new RequestSizeLimitFilter());
		registration.setName("leernet-request-size-limit");
		registration.addUrlPatterns("/*");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	@Bean
	FilterRegistrationBean<CrossSiteRequestFilter> crossSiteRequestFilter(
			@Value("${leernet.mail.base-url:}") String publicBaseUrl) {
		var registration = new FilterRegistrationBean<>(new CrossSiteRequestFilter(publicBaseUrl));
		registration.setName("leernet-cross-site-requests");
		registration.addUrlPatterns("/leernet/api/*");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
		return registration;
	}

}
