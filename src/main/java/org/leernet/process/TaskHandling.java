package org.leernet.process;

import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * A participant's task that a coordinator took over after its due date can be closed as
 * "niet van toepassing", with a reason that stays in the task's history. Before that, only
 * the organisation itself can do it, and only by filling it in.
 */
public final class TaskHandling {

	public static final String HANDLING = "handling";

	public static final String NOT_APPLICABLE = "not-applicable";

	public static final String NOT_APPLICABLE_REASON = "notApplicableReason";

	/** Task-local, {@code "yes"} once the task's due date passed and coordinators may take it over. */
	public static final String ESCALATED = "escalated";

	private TaskHandling() {
	}

	/** True when the task is closed as not applicable (then nothing else is recorded). */
	public static boolean notApplicable(DelegateTask task, FormValues form) {
		boolean escalated = "yes".equals(task.getVariableLocal(ESCALATED));
		if (escalated && form.text(HANDLING) == null) {
			throw new InvalidInputException(HANDLING,
					"Kies of je de taak invult namens de organisatie of afsluit als niet van toepassing.");
		}
		if (!NOT_APPLICABLE.equals(form.text(HANDLING))) {
			return false;
		}
		if (!escalated) {
			throw new InvalidInputException(HANDLING,
					"Een taak kan pas als 'niet van toepassing' afgesloten worden nadat haar termijn verstreken is.");
		}
		form.requiredText(NOT_APPLICABLE_REASON, "De reden waarom deze taak niet van toepassing is");
		return true;
	}

}
