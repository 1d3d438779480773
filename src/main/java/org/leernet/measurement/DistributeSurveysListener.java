package org.leernet.measurement;

import static org.leernet.process.ProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.leernet.process.FormValues;
import org.leernet.process.ProcessKeys;
import org.leernet.process.TaskHandling;
import org.springframework.stereotype.Component;

/** The participants distributed the surveys of the phase their task's input {@code measurementPhase} names. */
@Component
public class DistributeSurveysListener implements TaskListener {

	private final MeasurementService measurements;

	DistributeSurveysListener(MeasurementService measurements) {
		this.measurements = measurements;
	}

	@Override
	public void notify(DelegateTask task) {
		FormValues form = FormValues.of(task);
		if (TaskHandling.notApplicable(task, form)) {
			return;
		}
		MeasurementPhase phase = form.constant(MEASUREMENT_PHASE, MeasurementPhase.class);
		measurements.distributed(measurements.organisationOf(ProcessKeys.instance(task)), phase, new MeasurementService.Distribution(
				form.bool(phase.field("QualitySurvey")), form.bool(phase.field("MobilitySurvey")),
				phase.withTrackingStudy() ? form.text(MeasurementService.TRACKING_STUDY) : null,
				phase.withTrackingStudy() ? form.integer(MeasurementService.TRACKING_PARTICIPANTS,
						"Aantal deelnemers aan het trackingsonderzoek", 1, Integer.MAX_VALUE) : null));
	}

}
