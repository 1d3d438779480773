package org.leernet.measurement;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.leernet.process.FormValues;
import org.leernet.process.ProcessKeys;
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
		measurements.reportWritten(measurements.organisationOf(ProcessKeys.instance(task)), form.text("reportSummary"), form.text("reportLink"),
				task.getAssignee());
	}

}
