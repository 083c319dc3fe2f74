package org.talentbridge.bot.console.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import redis.clients.jedis.JedisPooled;

import org.talentbridge.bot.console.ConsoleProperties;
import org.talentbridge.bot.store.Keys;

/**
 * Staff accounts in Redis: a hash per account with the bcrypt hash of the password and the role
 * (STAFF or ADMIN). Passwords are never kept or logged in clear.
 */
@Component
public class StaffAccounts implements UserDetailsService, InitializingBean {

	private static final Logger log = LoggerFactory.getLogger(StaffAccounts.class);

	static final String INDEX_KEY = Keys.of("console", "accounts");

	static final int MIN_PASSWORD = 12;

	static final int MAX_DISPLAY_NAME = 60;

	/** bcrypt with cost 12: about a quarter of a second per check, slow for anyone guessing. */
	public static final PasswordEncoder PASSWORDS = new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder(12);

	private final JedisPooled redis;

	private final PasswordEncoder encoder;

	private final ConsoleProperties properties;

	public StaffAccounts(JedisPooled redis, ConsoleProperties properties) {
		this.redis = redis;
		this.encoder = PASSWORDS;
		this.properties = properties;
	}

	static String key(String username) {
		return Keys.of("console", "account", username);
	}

	/** Creates the configured admin once; changing the variable later does not reset a password. */
	@Override
	public void afterPropertiesSet() {
		if (this.properties.adminUsername().isBlank() || this.properties.adminPassword().isBlank()) {
			return;
		}
		try {
			if (find(this.properties.adminUsername()).isEmpty()) {
				create(this.properties.adminUsername(), this.properties.adminPassword(), Role.ADMIN);
				log.info("Console: created the admin account {}", this.properties.adminUsername());
			}
		}
		catch (RuntimeException ex) {
			log.warn("Console: the admin account could not be created now: {}", ex.getClass().getSimpleName());
		}
	}

	public void create(String username, String password, Role role) {
		if (!username.matches("[a-z0-9._-]{2,40}")) {
			throw new IllegalArgumentException("A username is 2 to 40 lowercase letters, digits, dots, dashes or underscores.");
		}
		if (password.length() < MIN_PASSWORD) {
			throw new IllegalArgumentException("A password has at least " + MIN_PASSWORD + " characters.");
		}
		if (this.redis.hsetnx(key(username), "hash", this.encoder.encode(password)) == 0) {
			throw new IllegalArgumentException("The account " + username + " exists.");
		}
		this.redis.hset(key(username), "role", role.name());
		this.redis.sadd(INDEX_KEY, username);
	}

	public void delete(String username) {
		this.redis.del(key(username));
		this.redis.srem(INDEX_KEY, username);
	}

	/** The name a staff member signs answers with, never their login name; empty until they choose one. */
	public Optional<String> displayName(String username) {
		String name = this.redis.hget(key(username), "displayName");
		return (name == null || name.isBlank()) ? Optional.empty() : Optional.of(name);
	}

	/**
	 * @param name 1 to 60 characters, letters and the like (no line breaks or control characters);
	 * blank removes it, and answers are signed by the team again
	 */
	public void setDisplayName(String username, String name) {
		String clean = name.strip().replaceAll("\\s+", " ");
		if (find(username).isEmpty()) {
			throw new IllegalArgumentException("There is no account " + username + ".");
		}
		if (clean.isEmpty()) {
			this.redis.hdel(key(username), "displayName");
			return;
		}
		if (clean.codePointCount(0, clean.length()) > MAX_DISPLAY_NAME || clean.codePoints().anyMatch(Character::isISOControl)) {
			throw new IllegalArgumentException("A display name has at most " + MAX_DISPLAY_NAME + " characters on one line.");
		}
		if (clean.equalsIgnoreCase(username)) {
			throw new IllegalArgumentException("Choose a name people may see, not your login name.");
		}
		this.redis.hset(key(username), "displayName", clean);
	}

	public Optional<Account> find(String username) {
		Map<String, String> hash = this.redis.hgetAll(key(username));
		return hash.isEmpty() ? Optional.empty()
				: Optional.of(new Account(username, Role.valueOf(hash.getOrDefault("role", "STAFF")), hash.get("hash")));
	}

	public List<Account> all() {
		List<Account> all = new ArrayList<>();
		for (String username : this.redis.smembers(INDEX_KEY)) {
			find(username).ifPresent(all::add);
		}
		all.sort(java.util.Comparator.comparing(Account::username));
		return all;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		Account account = find(username).orElseThrow(() -> new UsernameNotFoundException("No such account"));
		return User.withUsername(account.username()).password(account.hash()).roles(account.role().name()).build();
	}

	public enum Role {

		STAFF, ADMIN

	}

	public record Account(String username, Role role, String hash) {

		@Override
		public String toString() {
			return "Account[" + this.username + ", " + this.role + "]";
		}

	}

}
