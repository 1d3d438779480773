package org.leernet.measurement;

import static org.leernet.process.ProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.leernet.process.FormValues;
import org.leernet.process.ProcessKeys;
import org.springframework.stereotype.Component;

/** A coordinator confirms the responses of the phase the task's input {@code measurementPhase} names. */
@Component
public class ConfirmMeasurementListener implements TaskListener {

	private final MeasurementService measurements;

	ConfirmMeasurementListener(MeasurementService measurements) {
		this.measurements = measurements;
	}

	@Override
	public void notify(DelegateTask task) {
		FormValues form = FormValues.of(task);
		MeasurementPhase phase = form.constant(MEASUREMENT_PHASE, MeasurementPhase.class);
		measurements.confirmed(measurements.organisationOf(ProcessKeys.instance(task)), phase, form.bool(phase.field("ResponsesComplete")),
				form.integer(phase.field("Responses"), "Het aantal antwoorden", 1, Integer.MAX_VALUE), task.getAssignee());
	}

}
