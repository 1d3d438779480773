package org.leernet.bench;

import java.util.Arrays;
import java.util.Collection;

/** Percentiles (nearest rank) of one run's samples, and the median of repeated runs. */
final class Stats {

	private Stats() {
	}

	static double percentile(double[] sorted, double p) {
		if (sorted.length == 0) {
			return Double.NaN;
		}
		int rank = (int) Math.ceil(p / 100.0 * sorted.length);
		return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
	}

	static double[] sorted(Collection<? extends Number> values) {
		double[] array = values.stream().mapToDouble(Number::doubleValue).toArray();
		Arrays.sort(array);
		return array;
	}

	static double median(Collection<? extends Number> values) {
		double[] sorted = sorted(values);
		if (sorted.length == 0) {
			return Double.NaN;
		}
		int middle = sorted.length / 2;
		return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
	}

}
