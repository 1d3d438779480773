package org.leernet.deployment;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.leernet.measurement.MeasurementPhase;
import org.leernet.process.ProcessVariables;
import org.leernet.session.SessionKind;

/** The steps that read a constant input parameter of their element, and the values it may have. */
final class RequiredInputs {

	record Required(String name, List<String> values) {
	}

	private static final Required SESSION_KIND = new Required(ProcessVariables.SESSION_KIND, names(SessionKind.values()));

	private static final Required MEASUREMENT_PHASE = new Required(ProcessVariables.MEASUREMENT_PHASE,
			names(MeasurementPhase.values()));

	private static final Map<String, Required> BY_BEAN = Map.of("planSessionListener", SESSION_KIND,
			"distributeSurveysListener", MEASUREMENT_PHASE, "confirmMeasurementListener", MEASUREMENT_PHASE,
			"sendSurveyReminderDelegate", MEASUREMENT_PHASE, "sendSurveyEscalationDelegate", MEASUREMENT_PHASE);

	private RequiredInputs() {
	}

	/** Null when the bean reads no such input. */
	static Required of(String bean) {
		return BY_BEAN.get(bean);
	}

	private static List<String> names(Enum<?>[] constants) {
		return Arrays.stream(constants).map(Enum::name).toList();
	}

}
