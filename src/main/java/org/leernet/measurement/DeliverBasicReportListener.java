package org.leernet.measurement;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.leernet.process.FormValues;
import org.leernet.process.ProcessKeys;
import org.springframework.stereotype.Component;

/** The approved basic report reached the organisation. */
@Component
public class DeliverBasicReportListener implements TaskListener {

	private final MeasurementService measurements;

	DeliverBasicReportListener(MeasurementService measurements) {
		this.measurements = measurements;
	}

	@Override
	public void notify(DelegateTask task) {
		FormValues form = FormValues.of(task);
		measurements.reportDelivered(measurements.organisationOf(ProcessKeys.instance(task)), form.date("reportDeliveredOn", "De datum van bezorging"),
				form.text("deliveryNotes"));
	}

}
