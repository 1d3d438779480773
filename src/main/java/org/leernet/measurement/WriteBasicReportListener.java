package org.leernet.measurement;

import static org.leernet.process.ProcessVariables.ORGANISATION_CODE;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.leernet.process.FormValues;
import org.springframework.stereotype.Component;

/** The adviser wrote (or rewrote) the basic report. */
@Component
public class WriteBasicReportListener implements TaskListener {

	private final MeasurementService measurements;

	WriteBasicReportListener(MeasurementService measurements) {
		this.measurements = measurements;
	}

	@Override
	public void notify(DelegateTask task) {
		FormValues form = FormValues.of(task);
		measurements.reportWritten(form.text(ORGANISATION_CODE), form.text("reportSummary"), form.text("reportLink"),
				task.getAssignee());
	}

}
