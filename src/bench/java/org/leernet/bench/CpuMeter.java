package org.leernet.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU seconds used so far by this JVM (Leernet and the benchmark's drivers) and by the embedded
 * PostgreSQL (postmaster, its live backends and the ones that exited): where the cost of a
 * scenario lies, and a figure that other load on the machine disturbs less than wall time.
 */
final class CpuMeter {

	record Reading(double jvm, double postgres) {

		Reading minus(Reading earlier) {
			return new Reading(jvm - earlier.jvm, postgres - earlier.postgres);
		}

	}

	/** Linux's USER_HZ: /proc/[pid]/stat counts in hundredths of a second. */
	private static final double TICKS_PER_SECOND = 100;

	private final Long postmaster;

	CpuMeter(Path dataDirectory) {
		this.postmaster = dataDirectory == null ? null : postmasterPid(dataDirectory);
	}

	Reading read() {
		double jvm = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime()
				/ 1e9;
		return new Reading(jvm, postmaster == null ? Double.NaN : postgresSeconds());
	}

	private double postgresSeconds() {
		long ticks = 0;
		try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
			for (Path process : processes.filter(path -> path.getFileName().toString().matches("\\d+")).toList()) {
				String[] fields = statFields(process);
				if (fields == null) {
					continue;
				}
				long pid = Long.parseLong(process.getFileName().toString());
				// after "(comm)": state=0, ppid=1, ..., utime=11, stime=12, cutime=13, cstime=14
				if (pid == postmaster) {
					ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]) + Long.parseLong(fields[13])
							+ Long.parseLong(fields[14]);
				}
				else if (Long.parseLong(fields[1]) == postmaster) {
					ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
				}
			}
		}
		catch (IOException ex) {
			return Double.NaN;
		}
		return ticks / TICKS_PER_SECOND;
	}

	private static String[] statFields(Path process) {
		try {
			String stat = Files.readString(process.resolve("stat"));
			return stat.substring(stat.lastIndexOf(')') + 2).split(" ");
		}
		catch (IOException | RuntimeException ex) {
			return null; // the process ended
		}
	}

	private static Long postmasterPid(Path dataDirectory) {
		try {
			return Long.valueOf(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).trim());
		}
		catch (IOException | RuntimeException ex) {
			return null;
		}
	}

}
