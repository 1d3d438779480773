package org.leernet.measurement;

import static org.leernet.process.ProcessVariables.ORGANISATION_CODE;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.leernet.recruitment.RecruitmentService;
import org.leernet.process.FormValues;
import org.leernet.process.InvalidInputException;
import org.springframework.stereotype.Component;

/** The basic report is written, reviewed by a coordinator, then delivered. */
@Component
public class RecordBasicReportListener implements TaskListener {

	private final BasicReportRepository reports;

	private final RecruitmentService organisations;

	RecordBasicReportListener(BasicReportRepository reports, RecruitmentService organisations) {
		this.reports = reports;
		this.organisations = organisations;
	}

	@Override
	public void notify(DelegateTask task) {
		FormValues form = FormValues.of(task);
		long organisationId = organisations.get(form.text(ORGANISATION_CODE)).id();
		switch (task.getTaskDefinitionKey()) {
			case "Task_WriteBasicReport" -> reports.written(organisationId,
					form.requiredText("reportSummary", "De samenvatting van het rapport"), form.text("reportLink"),
					task.getAssignee());
			case "Task_ApproveBasicReport" -> {
				boolean approved = form.bool("reportApproved");
				String remarks = form.text("reportRemarks");
				if (!approved && remarks == null) {
					throw new InvalidInputException("reportRemarks",
							"Geef de adviseur opmerkingen mee als u het rapport terugstuurt.");
				}
				reports.reviewed(organisationId, approved, remarks, task.getAssignee());
				task.getExecution().setVariable("reportApproved", approved);
			}
			case "Task_DeliverBasicReport" -> {
				LocalDate on = form.date("reportDeliveredOn", "De datum van bezorging");
				if (on == null) {
					throw new InvalidInputException("reportDeliveredOn", "Geef de datum waarop het rapport bezorgd is.");
				}
				reports.delivered(organisationId, on, form.text("deliveryNotes"));
			}
			default -> throw new IllegalStateException("Not a basic report task: " + task.getTaskDefinitionKey());
		}
	}

}
