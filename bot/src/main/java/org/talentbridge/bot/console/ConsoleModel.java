package org.talentbridge.bot.console;

import java.security.Principal;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every console page shows in its header: who is logged in, and whether they are an admin. */
@ControllerAdvice(basePackageClasses = ConsoleModel.class)
class ConsoleModel {

	@ModelAttribute("username")
	@Nullable String username(@Nullable Principal principal) {
		return (principal != null) ? principal.getName() : null;
	}

	@ModelAttribute("admin")
	boolean admin(@Nullable Principal principal) {
		return principal instanceof Authentication auth
				&& auth.getAuthorities().stream().anyMatch(a -> "ROLE_ADMIN".equals(a.getAuthority()));
	}

}
