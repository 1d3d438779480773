package org.leernet.bench;

import java.time.Duration;
import java.util.function.BooleanSupplier;

final class Sleep {

	private Sleep() {
	}

	static void millis(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** Polls, from every millisecond up to every 50, until done; false after the timeout. */
	static boolean until(Duration timeout, BooleanSupplier done) {
		long deadline = System.nanoTime() + timeout.toNanos();
		long pause = 1;
		while (!done.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				return false;
			}
			millis(pause);
			pause = Math.min(50, pause * 2);
		}
		return true;
	}

}
