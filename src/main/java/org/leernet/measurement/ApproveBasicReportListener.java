package org.leernet.measurement;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.leernet.process.FormValues;
import org.leernet.process.ProcessKeys;
import org.springframework.stereotype.Component;

/** A coordinator approved the basic report or sent it back; {@code reportApproved} routes the process. */
@Component
public class ApproveBasicReportListener implements TaskListener {

	static final String APPROVED = "reportApproved";

	private final MeasurementService measurements;

	ApproveBasicReportListener(MeasurementService measurements) {
		this.measurements = measurements;
	}

	@Override
	public void notify(DelegateTask task) {
		FormValues form = FormValues.of(task);
		boolean approved = measurements.reportReviewed(measurements.organisationOf(ProcessKeys.instance(task)), form.bool(APPROVED),
				form.text("reportRemarks"), task.getAssignee());
		task.getExecution().setVariable(APPROVED, approved);
	}

}
