package org.leernet;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits for a condition, polling, up to a limit: never a fixed sleep that is too short on a busy machine and too long on an idle one. */
public final class Await {

	private static final Duration POLL = Duration.ofMillis(200);

	private Await() {
	}

	public static void until(String what, Duration timeout, BooleanSupplier done) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!done.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("Waited " + timeout + " for " + what);
			}
			pause(POLL);
		}
	}

	/** The condition holds now and still holds after {@code quiet}, checked all along. */
	public static void stays(String what, Duration quiet, BooleanSupplier holds) {
		long end = System.nanoTime() + quiet.toNanos();
		do {
			if (!holds.getAsBoolean()) {
				throw new AssertionError("No longer " + what);
			}
			pause(POLL);
		}
		while (System.nanoTime() < end);
	}

	private static void pause(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
