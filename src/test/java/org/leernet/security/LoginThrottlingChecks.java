package org.leernet.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;

import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.junit.jupiter.api.Test;
import org.leernet.identity.LoginSettings;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;

/**
 * Class 11: guessing passwords, as anyone anonymous can, slows the account down and locks it for
 * a while, never for good: after the lock the right password works again. The checks shorten the
 * waits on the running server's {@link LoginSettings} and restore them, and unlock the account
 * whatever happens, so that no other check finds it locked.
 */
interface LoginThrottlingChecks extends HostileUser {

	/** Short waits: 1 s after the first wrong password, 2 s after the second, a 5 s lock from the third. */
	private LoginSettings shortWaits() {
		LoginSettings settings = bean(LoginSettings.class);
		settings.setFirstDelay(Duration.ofSeconds(1));
		settings.setDelayFactor(2);
		settings.setMaxDelay(Duration.ofSeconds(2));
		settings.setLockAfter(3);
		settings.setLockDuration(Duration.ofSeconds(5));
		return settings;
	}

	private static void restore(LoginSettings settings, LoginSettings saved) {
		settings.setFirstDelay(saved.getFirstDelay());
		settings.setDelayFactor(saved.getDelayFactor());
		settings.setMaxDelay(saved.getMaxDelay());
		settings.setLockAfter(saved.getLockAfter());
		settings.setLockDuration(saved.getLockDuration());
	}

	private static LoginSettings copy(LoginSettings settings) {
		LoginSettings copy = new LoginSettings();
		restore(copy, settings);
		return copy;
	}

	private HttpStatusCode basicLogin(String user, String password) {
		HttpHeaders headers = new HttpHeaders();
		headers.setBasicAuth(user, password);
		return send(null, HttpMethod.GET, "/engine-rest/engine", null, headers).getStatusCode();
	}

	private HttpStatusCode webappLogin(String user, String password) {
		ResponseEntity<String> answer = WebappLogin.login(rest(), user, password);
		if (answer.getStatusCode().value() == 401 && answer.getBody() != null) {
			// the same Dutch refusal for a wrong password and a locked account: it tells no guesser which
			assertThat(answer.getBody()).contains("Meld u eerst aan").doesNotContainIgnoringCase("lock").doesNotContain("Exception");
		}
		return answer.getStatusCode();
	}

	/**
	 * Three wrong passwords, each waited out: the right one is refused right after each (the waits
	 * grow), and for the lock after the third, longer than any wait; then it works again.
	 */
	private void guessedAndLockedForAWhile(String user, BiFunction<String, String, HttpStatusCode> login)
			throws InterruptedException {
		LoginSettings settings = bean(LoginSettings.class);
		LoginSettings saved = copy(settings);
		try {
			shortWaits();
			assertThat(login.apply(user, "geraden-1")).isEqualTo(HttpStatus.UNAUTHORIZED);
			assertThat(login.apply(user, user)).as("right password just after a wrong one").isEqualTo(HttpStatus.UNAUTHORIZED);
			Thread.sleep(settings.waitAfter(1).plusMillis(200).toMillis());
			assertThat(login.apply(user, "geraden-2")).isEqualTo(HttpStatus.UNAUTHORIZED);
			Thread.sleep(settings.waitAfter(1).plusMillis(200).toMillis());
			assertThat(login.apply(user, user)).as("the second wait is longer than the first").isEqualTo(HttpStatus.UNAUTHORIZED);
			Thread.sleep(settings.waitAfter(2).minus(settings.waitAfter(1)).plusMillis(200).toMillis());
			assertThat(login.apply(user, "geraden-3")).isEqualTo(HttpStatus.UNAUTHORIZED);
			long locked = System.nanoTime();
			assertThat(login.apply(user, user)).as("right password while locked").isEqualTo(HttpStatus.UNAUTHORIZED);
			Thread.sleep(settings.getMaxDelay().plusMillis(500).toMillis());
			assertThat(login.apply(user, user)).as("the lock lasts longer than any wait").isEqualTo(HttpStatus.UNAUTHORIZED);
			Duration lock = settings.waitAfter(settings.getLockAfter());
			Thread.sleep(Math.max(0, lock.toMillis() - Duration.ofNanos(System.nanoTime() - locked).toMillis() + 300));
			assertThat(login.apply(user, user)).as("right password after the lock").isEqualTo(HttpStatus.OK);
		}
		finally {
			restore(settings, saved);
			engine().getIdentityService().unlockUser(user);
		}
	}

	@Test
	default void guessingTheAdministratorsPasswordLocksTheRestApiOnlyForAWhile() throws InterruptedException {
		guessedAndLockedForAWhile("demo", this::basicLogin);
	}

	@Test
	default void guessingAParticipantsPasswordLocksTheRestApiOnlyForAWhile() throws InterruptedException {
		guessedAndLockedForAWhile("participant-a", this::basicLogin);
	}

	@Test
	default void guessingTheAdministratorsPasswordLocksTheWebappLoginOnlyForAWhile() throws InterruptedException {
		guessedAndLockedForAWhile("demo", this::webappLogin);
	}

	/** Far more wrong passwords than Camunda's own lock-for-good (10) allows: still only a lock for a while. */
	@Test
	default void aDozenWrongPasswordsDoNotLockTheAdministratorForGood() throws InterruptedException {
		LoginSettings settings = bean(LoginSettings.class);
		LoginSettings saved = copy(settings);
		try {
			settings.setFirstDelay(Duration.ZERO);
			settings.setLockAfter(20);
			settings.setLockDuration(Duration.ofSeconds(2));
			for (int i = 1; i <= 24; i++) {
				assertThat(basicLogin("demo", "geraden-" + i)).isEqualTo(HttpStatus.UNAUTHORIZED);
			}
			assertThat(basicLogin("demo", "demo")).as("right password while locked").isEqualTo(HttpStatus.UNAUTHORIZED);
			Thread.sleep(settings.getLockDuration().plusMillis(500).toMillis());
			assertThat(basicLogin("demo", "demo")).as("right password after the lock").isEqualTo(HttpStatus.OK);
		}
		finally {
			restore(settings, saved);
			engine().getIdentityService().unlockUser("demo");
		}
	}

	/**
	 * Guesses of one account at the same moment (a script with many connections) each count: none
	 * is lost in a race on the account's lock, so parallel guessing gains nothing. And the answers
	 * are 401s and, with the right password, 200s: never an error.
	 */
	@Test
	default void guessesAtTheSameMomentEachCount() throws Exception {
		var identity = engine().getIdentityService();
		String user = "login-race";
		var account = identity.newUser(user);
		account.setPassword(user);
		identity.saveUser(account);
		LoginSettings settings = bean(LoginSettings.class);
		LoginSettings saved = copy(settings);
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			// no waits and no lock: every guess reaches the password check
			settings.setFirstDelay(Duration.ZERO);
			settings.setLockAfter(100);
			for (String password : List.of("geraden", user)) {
				List<Future<HttpStatusCode>> answers = new ArrayList<>();
				for (int i = 0; i < 16; i++) {
					answers.add(pool.submit(() -> basicLogin(user, password)));
				}
				for (Future<HttpStatusCode> answer : answers) {
					assertThat(answer.get(60, TimeUnit.SECONDS))
						.isEqualTo(password.equals(user) ? HttpStatus.OK : HttpStatus.UNAUTHORIZED);
				}
				int attempts = ((UserEntity) identity.createUserQuery().userId(user).singleResult()).getAttempts();
				assertThat(attempts).as("wrong passwords counted").isEqualTo(password.equals(user) ? 0 : 16);
			}
		}
		finally {
			pool.shutdownNow();
			restore(settings, saved);
			identity.deleteUser(user);
		}
	}

	/** Whatever the credentials, a refusal is a 401: never a 500, and nothing about why. */
	@Test
	default void oddCredentialsAreRefusedWithoutAnError() {
		try {
			assertThat(basicLogin("demo", "")).isEqualTo(HttpStatus.UNAUTHORIZED);
			assertThat(basicLogin("demo", "x".repeat(4000))).isEqualTo(HttpStatus.UNAUTHORIZED);
			assertThat(basicLogin("bestaat-niet", "geraden")).isEqualTo(HttpStatus.UNAUTHORIZED);
			assertThat(basicLogin("demo' or '1'='1", "x")).isEqualTo(HttpStatus.UNAUTHORIZED);
			HttpHeaders garbage = new HttpHeaders();
			garbage.set(HttpHeaders.AUTHORIZATION, "Basic %%%niet-base64");
			assertThat(send(null, HttpMethod.GET, "/engine-rest/engine", null, garbage).getStatusCode())
				.isEqualTo(HttpStatus.UNAUTHORIZED);
			assertThat(webappLogin("demo", "")).isEqualTo(HttpStatus.UNAUTHORIZED);
			assertThat(webappLogin("bestaat-niet", "geraden")).isEqualTo(HttpStatus.UNAUTHORIZED);
		}
		finally {
			engine().getIdentityService().unlockUser("demo");
		}
	}

}
