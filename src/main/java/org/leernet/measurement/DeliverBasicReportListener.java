package org.leernet.measurement;

import static org.leernet.process.ProcessVariables.ORGANISATION_CODE;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.leernet.process.FormValues;
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
		measurements.reportDelivered(form.text(ORGANISATION_CODE), form.date("reportDeliveredOn", "De datum van bezorging"),
				form.text("deliveryNotes"));
	}

}
