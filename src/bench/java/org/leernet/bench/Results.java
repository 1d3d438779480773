package org.leernet.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The figures of a run: one value per repeated run for each metric, printed as the median with
 * min and max, as Markdown ({@code results.md}) and CSV ({@code results.csv}).
 */
final class Results {

	record Row(String scenario, String metric, String unit, List<Double> values, String goal) {

		double median() {
			return Stats.median(values);
		}

		double min() {
			return values.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
		}

		double max() {
			return values.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
		}

	}

	private final Map<String, Row> rows = new LinkedHashMap<>();

	private final List<String> notes = new ArrayList<>();

	/** Adds one run's value to a metric. */
	synchronized void add(String scenario, String metric, String unit, double value) {
		add(scenario, metric, unit, value, "");
	}

	synchronized void add(String scenario, String metric, String unit, double value, String goal) {
		rows.computeIfAbsent(scenario + "\u0000" + metric, key -> new Row(scenario, metric, unit, new ArrayList<>(), goal))
			.values()
			.add(value);
	}

	synchronized void note(String note) {
		notes.add(note);
		System.out.println("[bench] " + note);
	}

	synchronized List<Row> rows() {
		return List.copyOf(rows.values());
	}

	synchronized Row row(String scenario, String metric) {
		return rows.get(scenario + "\u0000" + metric);
	}

	synchronized String table() {
		StringBuilder table = new StringBuilder();
		table.append("| scenario | metric | median | min | max | unit | runs | goal |\n");
		table.append("|---|---|---:|---:|---:|---|---:|---|\n");
		for (Row row : rows.values()) {
			table.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %d | %s |%n", row.scenario(), row.metric(),
					format(row.median()), format(row.min()), format(row.max()), row.unit(), row.values().size(), row.goal()));
		}
		return table.toString();
	}

	synchronized String markdown(String title, Map<String, String> machine, Map<String, String> settings) {
		StringBuilder md = new StringBuilder("# ").append(title).append("\n\n");
		md.append("Machine and database:\n\n");
		machine.forEach((key, value) -> md.append("- ").append(key).append(": ").append(value).append('\n'));
		md.append("\nSettings:\n\n");
		settings.forEach((key, value) -> md.append("- ").append(key).append(": ").append(value).append('\n'));
		md.append('\n').append(table());
		if (!notes.isEmpty()) {
			md.append("\nNotes:\n\n");
			notes.forEach(note -> md.append("- ").append(note).append('\n'));
		}
		return md.toString();
	}

	synchronized String csv() {
		StringBuilder csv = new StringBuilder("scenario,metric,unit,median,min,max,runs,values\n");
		for (Row row : rows.values()) {
			csv.append(String.format(Locale.ROOT, "\"%s\",\"%s\",\"%s\",%s,%s,%s,%d,\"%s\"%n", row.scenario(), row.metric(),
					row.unit(), plain(row.median()), plain(row.min()), plain(row.max()), row.values().size(),
					String.join(" ", row.values().stream().map(Results::plain).toList())));
		}
		return csv.toString();
	}

	void write(Path directory, String markdown) {
		try {
			Files.createDirectories(directory);
			Files.writeString(directory.resolve("results.md"), markdown);
			Files.writeString(directory.resolve("results.csv"), csv());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Three significant figures, no exponent: 0.0123, 4.56, 789, 12300. */
	static String format(double value) {
		if (Double.isNaN(value)) {
			return "-";
		}
		double magnitude = Math.abs(value);
		if (magnitude >= 100) {
			return String.format(Locale.ROOT, "%,.0f", value);
		}
		if (magnitude >= 10) {
			return String.format(Locale.ROOT, "%.1f", value);
		}
		if (magnitude >= 1) {
			return String.format(Locale.ROOT, "%.2f", value);
		}
		return String.format(Locale.ROOT, "%.3f", value);
	}

	private static String plain(double value) {
		return Double.isNaN(value) ? "" : String.format(Locale.ROOT, "%.4f", value);
	}

}
