package org.leernet.measurement;

/** Baseline (nulmeting) at the start, end measurement (eindmeting) at the end. */
public enum MeasurementPhase {

	BASELINE, END

}
