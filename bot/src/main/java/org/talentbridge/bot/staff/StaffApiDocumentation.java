package org.talentbridge.bot.staff;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description at /v3/api-docs and the explorer at /swagger-ui.html. */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(info = @Info(title = "Talent Bridge staff API", version = "1",
		description = "Events, attendees, check-in, announcements, mentorship approvals and curating the knowledge base "
				+ "(unanswered questions, example questions, articles checked as the loader checks files, kept as versions "
				+ "on top of the files and exported as Markdown) for programme staff. "
				+ "Every /api/staff/ call needs Authorization: Bearer <STAFF_API_TOKEN>."),
		security = @SecurityRequirement(name = "staffToken"))
@SecurityScheme(name = "staffToken", type = SecuritySchemeType.HTTP, scheme = "bearer")
class StaffApiDocumentation {

	/**
	 * The description is built at the first request for it, not at startup: springdoc's beans and
	 * swagger's models cost about two seconds of a two-core start, and few starts are ever asked.
	 */
	@org.springframework.context.annotation.Bean
	static org.springframework.beans.factory.config.BeanFactoryPostProcessor documentationOnFirstRequest() {
		return factory -> {
			for (String name : factory.getBeanDefinitionNames()) {
				org.springframework.beans.factory.config.BeanDefinition definition = factory.getBeanDefinition(name);
				String type = definition.getBeanClassName();
				if (type == null && definition.getFactoryBeanName() != null) {
					type = factory.getBeanDefinition(definition.getFactoryBeanName()).getBeanClassName();
				}
				if (type != null && type.startsWith("org.springdoc.")) {
					definition.setLazyInit(true);
				}
			}
		};
	}

}
