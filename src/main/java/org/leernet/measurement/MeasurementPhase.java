package org.leernet.measurement;

import java.util.Locale;

/** Baseline (nulmeting) at the start, end measurement (eindmeting) at the end. */
public enum MeasurementPhase {

	BASELINE, END;

	/** The phase's own form field: {@code baselineQualitySurvey}, {@code endResponses}. */
	public String field(String suffix) {
		return name().toLowerCase(Locale.ROOT) + suffix;
	}

	/** Only the baseline decides on the tracking study. */
	public boolean withTrackingStudy() {
		return this == BASELINE;
	}

}
