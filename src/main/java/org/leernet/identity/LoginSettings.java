package org.leernet.identity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code leernet.login.*}: how wrong passwords slow down further logins of the same account.
 * After each wrong password the account refuses every login, also the right one, for a while:
 * {@code first-delay}, growing by {@code delay-factor} per further wrong password up to
 * {@code max-delay}; from the {@code lock-after}-th wrong password in a row for
 * {@code lock-duration}. A lock always ends by itself; the right password then clears the count.
 * Mutable, so that a test can shorten the waits and restore them.
 */
@ConfigurationProperties("leernet.login")
public class LoginSettings {

	private volatile Duration firstDelay = Duration.ofSeconds(1);

	private volatile double delayFactor = 2;

	private volatile Duration maxDelay = Duration.ofSeconds(5);

	private volatile int lockAfter = 10;

	private volatile Duration lockDuration = Duration.ofMinutes(10);

	/** How long the account refuses logins after {@code failures} wrong passwords in a row. */
	public Duration waitAfter(int failures) {
		if (failures >= lockAfter) {
			return lockDuration;
		}
		double millis = firstDelay.toMillis() * Math.pow(delayFactor, Math.max(0, failures - 1));
		return Duration.ofMillis((long) Math.min(millis, maxDelay.toMillis()));
	}

	public Duration getFirstDelay() {
		return firstDelay;
	}

	public void setFirstDelay(Duration firstDelay) {
		this.firstDelay = firstDelay;
	}

	public double getDelayFactor() {
		return delayFactor;
	}

	public void setDelayFactor(double delayFactor) {
		this.delayFactor = delayFactor;
	}

	public Duration getMaxDelay() {
		return maxDelay;
	}

	public void setMaxDelay(Duration maxDelay) {
		this.maxDelay = maxDelay;
	}

	public int getLockAfter() {
		return lockAfter;
	}

	public void setLockAfter(int lockAfter) {
		this.lockAfter = lockAfter;
	}

	public Duration getLockDuration() {
		return lockDuration;
	}

	public void setLockDuration(Duration lockDuration) {
		this.lockDuration = lockDuration;
	}

}
