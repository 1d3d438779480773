package org.leernet.measurement;

import static org.leernet.process.ProcessVariables.ORGANISATION_CODE;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.leernet.recruitment.RecruitmentService;
import org.leernet.process.FormValues;
import org.leernet.process.TaskHandling;
import org.leernet.process.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * The surveys of the baseline or end measurement were distributed (participants), or their
 * responses are in (coordinators). The task's key tells which.
 */
@Component
public class RecordMeasurementListener implements TaskListener {

	private final MeasurementRepository measurements;

	private final RecruitmentService organisations;

	RecordMeasurementListener(MeasurementRepository measurements, RecruitmentService organisations) {
		this.measurements = measurements;
		this.organisations = organisations;
	}

	@Override
	public void notify(DelegateTask task) {
		FormValues form = FormValues.of(task);
		if (TaskHandling.notApplicable(task, form)) {
			return;
		}
		long organisationId = organisations.get(form.text(ORGANISATION_CODE)).id();
		switch (task.getTaskDefinitionKey()) {
			case "Task_DistributeBaselineSurveys" -> {
				String tracking = form.requiredText("trackingStudy", "De beslissing over het trackingsonderzoek");
				Integer participants = form.integer("trackingParticipants", "Aantal deelnemers aan het trackingsonderzoek");
				if ("yes".equals(tracking) && (participants == null || participants < 1)) {
					throw new InvalidInputException("trackingParticipants",
							"Geef aan hoeveel mensen deelnemen aan het trackingsonderzoek.");
				}
				measurements.distributed(organisationId, MeasurementPhase.BASELINE,
						requiredTick(form, "baselineQualitySurvey"), requiredTick(form, "baselineMobilitySurvey"),
						"yes".equals(tracking), "yes".equals(tracking) ? participants : null);
			}
			case "Task_DistributeEndSurveys" -> measurements.distributed(organisationId, MeasurementPhase.END,
					requiredTick(form, "endQualitySurvey"), requiredTick(form, "endMobilitySurvey"), null, null);
			case "Task_ConfirmBaselineMeasurement" -> confirm(form, task, organisationId, MeasurementPhase.BASELINE, "baseline");
			case "Task_ConfirmEndMeasurement" -> confirm(form, task, organisationId, MeasurementPhase.END, "end");
			default -> throw new IllegalStateException("Not a measurement task: " + task.getTaskDefinitionKey());
		}
	}

	private void confirm(FormValues form, DelegateTask task, long organisationId, MeasurementPhase phase, String prefix) {
		requiredTick(form, prefix + "ResponsesComplete");
		Integer responses = form.integer(prefix + "Responses", "Het aantal antwoorden");
		if (responses == null || responses < 1) {
			// "0 answers received" is no completed survey: the survey stays open until answers come in
			throw new InvalidInputException(prefix + "Responses",
					"Een meting zonder antwoorden is niet afgerond. Geef het aantal ontvangen antwoorden (minstens 1).");
		}
		measurements.confirmed(organisationId, phase, responses, task.getAssignee());
	}

	private static boolean requiredTick(FormValues form, String key) {
		if (!form.bool(key)) {
			throw new InvalidInputException(key, "Vink aan dat dit gebeurd is om verder te gaan.");
		}
		return true;
	}

}
