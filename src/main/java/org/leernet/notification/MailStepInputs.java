package org.leernet.notification;

import static org.leernet.process.ProcessVariables.MEASUREMENT_PHASE;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.leernet.measurement.MeasurementPhase;

/**
 * The input parameters of a mail step ({@code camunda:inputOutput} on its service task, which
 * Modeler shows), read and checked. A missing or unknown one fails naming the step, so that the
 * incident in Cockpit says which element of the BPMN to fix.
 */
final class MailStepInputs {

	static final String MAIL_KIND = "mailKind";

	static final String MAIL_TO = "mailTo";

	/** The mails the generic step can fill from the process variables alone. */
	static final Set<MailKind> KINDS = EnumSet.of(MailKind.SESSION_REMINDER, MailKind.EVALUATION_REMINDER);

	private final DelegateExecution execution;

	private MailStepInputs(DelegateExecution execution) {
		this.execution = execution;
	}

	static MailStepInputs of(DelegateExecution execution) {
		return new MailStepInputs(execution);
	}

	MailKind kind() {
		return kind(execution.getVariableLocal(MAIL_KIND));
	}

	MailTo to() {
		return to(execution.getVariableLocal(MAIL_TO));
	}

	MeasurementPhase phase() {
		return phase(execution.getVariableLocal(MEASUREMENT_PHASE));
	}

	/** The run of the step, for its mails' keys (see {@link MailKeys#run}). */
	String run() {
		return MailKeys.run(Claimant.currentJobId(), execution.getActivityInstanceId());
	}

	/** The step's failure, naming the step. */
	ProcessEngineException failure(MailStepException problem) {
		return new ProcessEngineException("Mail sturen in '" + execution.getCurrentActivityName() + "' ("
				+ execution.getCurrentActivityId() + "): " + problem.getMessage(), problem);
	}

	static MailKind kind(Object value) {
		String name = String.valueOf(value);
		return KINDS.stream()
			.filter(kind -> kind.name().equals(name))
			.findFirst()
			.orElseThrow(() -> new MailStepException("onbekende soort mail '" + name + "'", "unknown mail kind",
					KINDS.toString()));
	}

	static MailTo to(Object value) {
		String name = String.valueOf(value);
		return Arrays.stream(MailTo.values())
			.filter(to -> to.name().equals(name))
			.findFirst()
			.orElseThrow(() -> new MailStepException("onbekende ontvangers '" + name + "'", "unknown recipients",
					Arrays.toString(MailTo.values())));
	}

	static MeasurementPhase phase(Object value) {
		String name = String.valueOf(value);
		return Arrays.stream(MeasurementPhase.values())
			.filter(phase -> phase.name().equals(name))
			.findFirst()
			.orElseThrow(() -> new MailStepException(
					"invoerparameter " + MEASUREMENT_PHASE + " ontbreekt of is onbekend: '" + name + "'",
					"input parameter missing or unknown", Arrays.toString(MeasurementPhase.values())));
	}

}
