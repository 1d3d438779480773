package org.leernet.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

import org.camunda.bpm.engine.task.TaskQuery;

/**
 * Tasklist's list as each role sees it, with authorization on: as the user, with their real
 * groups ({@code identityService.setAuthentication}), the Tasklist filter the role works from
 * ("Taken van mijn groepen": candidate groups of the current user, assigned ones included; for
 * advisers "Mijn taken"; also the coordinators' list of every open task, "Alle taken"), newest
 * first, the first page of 15 plus the filter's count, which is what one Tasklist list request
 * asks of the engine.
 */
final class TaskQueryBench {

	static final String SCENARIO = "3 task list";

	private static final int PAGE = 15;

	private static final int WARM_UP = 20;

	record Role(String name, String filter, Supplier<Viewer> viewers, boolean allPercentiles) {
	}

	record Viewer(String userId, List<String> groups) {
	}

	private final BenchApp app;

	private final TaskPopulation population;

	private final BenchDatabase database;

	private final Random random = new Random(42);

	TaskQueryBench(BenchApp app, BenchDatabase database, TaskPopulation population) {
		this.app = app;
		this.database = database;
		this.population = population;
	}

	void run(BenchSettings settings, Results results) {
		for (int size : settings.taskSizes()) {
			long started = System.nanoTime();
			population.growTo(size, settings.populateThreads());
			database.analyze();
			long open = app.taskService.createTaskQuery().count();
			results.note(String.format("task list: %,d open tasks (population grown in %.0f s); %,d participants, %d advisers",
					open, (System.nanoTime() - started) / 1e9, population.participants().size(), population.advisers().size()));
			String label = String.format("%,d open tasks", size).replace(',', ' ');
			for (Role role : roles()) {
				String filterId = app.filterId(role.filter());
				query(role, filterId, WARM_UP);
				for (int repeat = 0; repeat < settings.repeats(); repeat++) {
					double[] total = query(role, filterId, settings.queriesPerRole());
					String metric = role.name() + ", " + label;
					if (role.allPercentiles()) {
						results.add(SCENARIO, metric + ", p50", "ms", Stats.percentile(total, 50));
					}
					results.add(SCENARIO, metric + ", p95", "ms", Stats.percentile(total, 95), "< 50 ms at 100 000");
					if (role.allPercentiles()) {
						results.add(SCENARIO, metric + ", p99", "ms", Stats.percentile(total, 99));
					}
				}
			}
		}
	}

	private List<Role> roles() {
		return List.of(
				new Role("coordinator (Taken van mijn groepen)", "Taken van mijn groepen",
						() -> new Viewer(BenchApp.COORDINATOR, List.of("coordinators")), true),
				new Role("adviser (Mijn taken)", "Mijn taken", () -> new Viewer(pick(population.advisers()), List.of("advisers")),
						true),
				new Role("participant (Taken van mijn groepen)", "Taken van mijn groepen", this::participant, true),
				new Role("coordinator (Alle taken)", "Alle taken",
						() -> new Viewer(BenchApp.COORDINATOR, List.of("coordinators")), false));
	}

	private Viewer participant() {
		TaskPopulation.Participant participant = pick(population.participants());
		return new Viewer(participant.userId(), List.of("participants", "organisation-" + participant.organisation()));
	}

	/** Milliseconds per request (page + count), sorted. */
	private double[] query(Role role, String filterId, int count) {
		List<Double> millis = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			Viewer viewer = role.viewers().get();
			app.identityService.setAuthentication(viewer.userId(), viewer.groups());
			try {
				long start = System.nanoTime();
				TaskQuery newestFirst = app.taskService.createTaskQuery().orderByTaskCreateTime().desc();
				app.filterService.listPage(filterId, newestFirst, 0, PAGE);
				app.filterService.count(filterId);
				millis.add((System.nanoTime() - start) / 1e6);
			}
			finally {
				app.identityService.clearAuthentication();
			}
		}
		return Stats.sorted(millis);
	}

	private <T> T pick(List<T> values) {
		return values.get(random.nextInt(values.size()));
	}

}
