package org.talentbridge.bot.console;

import org.talentbridge.bot.console.internal.StaffAccounts;

import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * {@code CONSOLE_NEW_PASSWORD=... java -jar talent-bridge-bot.jar --create-account=anna --role=admin}
 * creates a console account and exits. The password comes from the environment so it never shows
 * in the process list or the shell history.
 */
@Component
class CreateAccountCommand implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(CreateAccountCommand.class);

	private final StaffAccounts accounts;

	private final ConfigurableApplicationContext context;

	CreateAccountCommand(StaffAccounts accounts, ConfigurableApplicationContext context) {
		this.accounts = accounts;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!args.containsOption("create-account")) {
			return;
		}
		String username = args.getOptionValues("create-account").get(0).strip().toLowerCase(Locale.ROOT);
		String role = args.containsOption("role") ? args.getOptionValues("role").get(0) : "staff";
		String password = System.getenv("CONSOLE_NEW_PASSWORD");
		int code = 0;
		try {
			if (password == null || password.isBlank()) {
				throw new IllegalArgumentException("Set CONSOLE_NEW_PASSWORD to the new account's password.");
			}
			this.accounts.create(username, password,
					"admin".equalsIgnoreCase(role) ? StaffAccounts.Role.ADMIN : StaffAccounts.Role.STAFF);
			log.info("Console account {} created", username);
		}
		catch (IllegalArgumentException ex) {
			log.error("Console account not created: {}", ex.getMessage());
			code = 1;
		}
		int exit = code;
		System.exit(SpringApplication.exit(this.context, () -> exit));
	}

}
