package org.leernet.process;

import java.util.function.Supplier;

/**
 * Through which door a participant's answer came in: Tasklist (or its REST API), or the link in
 * a mail. The link's page says so while it completes the task, so that a listener can record it;
 * a submission cannot, since it carries only its form's fields.
 */
public enum ResponseChannel {

	TASKLIST, LINK;

	private static final ThreadLocal<ResponseChannel> CURRENT = new ThreadLocal<>();

	/** The door of the completion running now on this thread; Tasklist unless a link's page runs it. */
	public static ResponseChannel current() {
		ResponseChannel channel = CURRENT.get();
		return channel == null ? TASKLIST : channel;
	}

	/** Runs the action (a completion) as coming in through this door. */
	public <T> T run(Supplier<T> action) {
		ResponseChannel before = CURRENT.get();
		CURRENT.set(this);
		try {
			return action.get();
		}
		finally {
			if (before == null) {
				CURRENT.remove();
			}
			else {
				CURRENT.set(before);
			}
		}
	}

}
