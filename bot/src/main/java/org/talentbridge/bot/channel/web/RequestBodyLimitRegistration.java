package org.talentbridge.bot.channel.web;

import jakarta.servlet.DispatcherType;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The body limit sees error dispatches too: Tomcat's own refusals reach /error without a request dispatch. */
@Configuration(proxyBeanMethods = false)
class RequestBodyLimitRegistration {

	@Bean
	FilterRegistrationBean<RequestBodyLimit> requestBodyLimitOnErrors(RequestBodyLimit filter) {
		FilterRegistrationBean<RequestBodyLimit> registration = new FilterRegistrationBean<>(filter);
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
		registration.setOrder(filter.getClass().getAnnotation(org.springframework.core.annotation.Order.class).value());
		return registration;
	}

}
