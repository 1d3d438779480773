package org.leernet.overview;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.leernet.evaluation.EvaluationService;
import org.leernet.identity.Groups;
import org.leernet.identity.SystemActions;
import org.leernet.measurement.MeasurementPhase;
import org.leernet.measurement.MeasurementService;
import org.leernet.network.Network;
import org.leernet.network.NetworkStatus;
import org.leernet.notification.MailHistory;
import org.leernet.process.DutchDates;
import org.leernet.process.ResponseChannel;
import org.leernet.process.FormValues;
import org.leernet.recruitment.Organisation;
import org.leernet.recruitment.OrganisationStatus;
import org.leernet.recruitment.RecruitmentService;
import org.leernet.session.Session;
import org.leernet.session.SessionKind;
import org.leernet.session.SessionService;
import org.leernet.session.SessionStatus;
import org.springframework.stereotype.Service;

/**
 * The figures of the networks page and of one network's page, read through the feature
 * services with a fixed number of queries (never one per network or organisation), and cut to
 * what the viewer may see ({@link Visibility}).
 */
@Service
public class NetworkOverview {

	/** A network's phase as the pages name it (and filter on, {@code ?fase=}). */
	public enum Phase {

		WERVING(NetworkStatus.RECRUITING, "werving"), LOPEND(NetworkStatus.RUNNING, "lopend"),
		EINDFASE(NetworkStatus.END_PHASE, "eindfase"), AFGESLOTEN(NetworkStatus.CLOSED, "afgesloten"),
		GEANNULEERD(NetworkStatus.CANCELLED, "geannuleerd");

		private final NetworkStatus status;

		private final String label;

		Phase(NetworkStatus status, String label) {
			this.status = status;
			this.label = label;
		}

		public String label() {
			return label;
		}

		public static Phase of(NetworkStatus status) {
			for (Phase phase : values()) {
				if (phase.status == status) {
					return phase;
				}
			}
			throw new IllegalArgumentException(String.valueOf(status));
		}

		/** The phase a filter names, if any. */
		public static Optional<Phase> named(String label) {
			for (Phase phase : values()) {
				if (phase.label.equalsIgnoreCase(label == null ? "" : label.strip())) {
					return Optional.of(phase);
				}
			}
			return Optional.empty();
		}

	}

	/** One line of the networks page. */
	public record NetworkRow(String code, String name, Phase phase, int registered, int minimum, int maximum,
			int waitingList, OffsetDateTime nextSessionAt, String nextSession, int openTasks, int overdueTasks) {
	}

	/** A network's settings and where it stands. */
	public record Header(String code, String name, Phase phase, int minimumOrganisations, int maximumOrganisations,
			int collectiveSessions, int individualSessions, int durationMonths, String registrationDeadline,
			String kickoff, String plannedEnd, int registered, int waitingList, boolean quorum) {
	}

	/** An open task with its link into Tasklist. */
	public record TaskLink(String name, String due, boolean overdue, String link) {
	}

	/** One organisation's progress. */
	public record OrganisationRow(long id, String code, String name, OrganisationStatus status, String statusText,
			String adviser, String intake, int individualHeld, int individualPlanned, int individualTotal,
			int attended, int attendable, Double evaluationAverage, int evaluationsAnswered, int evaluationsAsked,
			String baseline, String endMeasurement, String trackingStudy, String report, List<TaskLink> tasks,
			int openTasks, int overdueTasks, int evaluationsByLink) {

		/** "2 via link, 1 via takenlijst": how the evaluations came in; empty while none did. */
		public String evaluationChannels() {
			if (evaluationsAnswered == 0) {
				return "";
			}
			return evaluationsByLink + " via link, " + (evaluationsAnswered - evaluationsByLink) + " via takenlijst";
		}

		/** "3 / 1 / 5": held, planned, in the programme. */
		public String individualFigure() {
			return individualHeld + " / " + individualPlanned + " / " + individualTotal;
		}

		/** "4 van 5" */
		public String attendanceFigure() {
			return attended + " van " + attendable;
		}

		/** "4,2 · 8 van 9" */
		public String evaluationFigure() {
			return (evaluationAverage == null ? "–" : decimal(evaluationAverage)) + " · " + evaluationsAnswered + " van "
					+ evaluationsAsked;
		}

	}

	/**
	 * One session. Present/expected and the average are of every organisation for those who see the
	 * whole network, of the viewer's own organisation for a participant (own attendance, own score).
	 */
	public record SessionRow(long id, SessionKind kind, String title, String organisation, OffsetDateTime start,
			String date, String location, SessionStatus status, String statusText, int reschedules, Integer present,
			Integer expected, Double average, int answers, Boolean ownPresent, Integer ownScore) {

		public String attendanceFigure() {
			return present == null ? "–" : present + " van " + expected;
		}

		public String averageText() {
			return average == null ? "–" : decimal(average);
		}

	}

	/** One bar of the chart of evaluation scores per session: its width in percent of 5. */
	public record Bar(String label, String value, int percent, int y) {

		public int textY() {
			return y + 14;
		}

	}

	/** The mails of one organisation (or of the whole network). */
	public record MailGroup(String organisation, List<MailLine> mails) {
	}

	public record MailLine(String subject, String recipient, String when, String state, boolean problem) {
	}

	/** Everything one network's page shows to this viewer. */
	public record NetworkPage(Header header, boolean coordinator, boolean wholeNetwork,
			List<OrganisationRow> organisations, List<SessionRow> sessions, List<Bar> chart, List<TaskLink> networkTasks,
			List<MailGroup> mail, SessionRow next) {

		public int chartHeight() {
			return Math.max(1, chart.size()) * BAR_HEIGHT;
		}

	}

	static final int BAR_HEIGHT = 22;

	private final Visibility visibility;

	private final RecruitmentService recruitment;

	private final SessionService sessions;

	private final EvaluationService evaluations;

	private final MeasurementService measurements;

	private final MailHistory mails;

	private final EngineFigures engine;

	private final IdentityService identityService;

	private final SystemActions system;

	NetworkOverview(Visibility visibility, RecruitmentService recruitment, SessionService sessions,
			EvaluationService evaluations, MeasurementService measurements, MailHistory mails, EngineFigures engine,
			IdentityService identityService, SystemActions system) {
		this.identityService = identityService;
		this.system = system;
		this.visibility = visibility;
		this.recruitment = recruitment;
		this.sessions = sessions;
		this.evaluations = evaluations;
		this.measurements = measurements;
		this.mails = mails;
		this.engine = engine;
	}

	/**
	 * The networks this viewer may see, newest first, in a phase (null: all) and matching a
	 * search on code or name (null or blank: all). Five queries, however many networks.
	 */
	public List<NetworkRow> networks(Viewer viewer, Phase phase, String search) {
		OffsetDateTime now = now();
		String needle = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
		List<Network> visible = visibility.networks(viewer).stream()
			.filter(network -> phase == null || Phase.of(network.status()) == phase)
			.filter(network -> needle.isEmpty() || network.code().toLowerCase(Locale.ROOT).contains(needle)
					|| network.name().toLowerCase(Locale.ROOT).contains(needle))
			.toList();
		if (visible.isEmpty()) {
			return List.of();
		}
		Set<Long> followed = viewer.isCoordinator() ? null
				: visibility.followed(viewer).stream().map(Organisation::id).collect(Collectors.toSet());
		Map<Long, Map<OrganisationStatus, Integer>> standings = new HashMap<>();
		for (RecruitmentService.Standing standing : recruitment.standings()) {
			standings.computeIfAbsent(standing.networkId(), id -> new EnumMap<>(OrganisationStatus.class))
				.put(standing.status(), standing.count());
		}
		Map<Long, OffsetDateTime> next = new HashMap<>();
		for (SessionService.Next planned : sessions.nextPlanned(now)) {
			if (seen(followed, planned.organisationId())) {
				next.merge(planned.networkId(), planned.start(), (a, b) -> a.isBefore(b) ? a : b);
			}
		}
		Map<String, int[]> tasks = new HashMap<>();
		for (EngineFigures.TaskCount count : engine.taskCounts(now)) {
			if (seen(followed, count.organisationId())) {
				int[] figures = tasks.computeIfAbsent(count.networkCode(), code -> new int[2]);
				figures[0] += count.open();
				figures[1] += count.overdue();
			}
		}
		List<NetworkRow> rows = new ArrayList<>();
		for (Network network : visible) {
			Map<OrganisationStatus, Integer> counts = standings.getOrDefault(network.id(), Map.of());
			OffsetDateTime nextAt = next.get(network.id());
			int[] figures = tasks.getOrDefault(network.code(), new int[2]);
			rows.add(new NetworkRow(network.code(), network.name(), Phase.of(network.status()), takingPart(counts),
					network.minimumOrganisations(), network.maximumOrganisations(),
					counts.getOrDefault(OrganisationStatus.WAITING_LIST, 0), nextAt,
					nextAt == null ? "geen gepland" : DutchDates.dateTime(nextAt), figures[0], figures[1]));
		}
		return rows;
	}

	/** One network's page for this viewer; empty when the network does not exist or is not theirs to see. */
	public Optional<NetworkPage> network(Viewer viewer, String code) {
		Optional<Network> found = visibility.network(viewer, code);
		if (found.isEmpty()) {
			return Optional.empty();
		}
		Network network = found.get();
		OffsetDateTime now = now();
		boolean whole = visibility.seesWholeNetwork(viewer);
		List<Organisation> all = recruitment.ofNetwork(network.id());
		List<Organisation> shown = visibility.organisations(viewer, network);
		Set<Long> shownIds = shown.stream().map(Organisation::id).collect(Collectors.toSet());
		Map<Long, String> names = all.stream().collect(Collectors.toMap(Organisation::id, Organisation::name));
		Map<Long, OffsetDateTime> withdrawals = recruitment.withdrawals(network.id());
		List<Session> allSessions = sessions.ofNetwork(network.id());
		Map<Long, Set<Long>> present = new HashMap<>();
		for (SessionService.Presence presence : sessions.attendanceOfNetwork(network.id())) {
			present.computeIfAbsent(presence.sessionId(), id -> new HashSet<>()).add(presence.organisationId());
		}
		Map<Long, Map<Long, Integer>> scores = new HashMap<>();
		Map<Long, Integer> byLink = new HashMap<>();
		for (EvaluationService.Score score : evaluations.scoresOfNetwork(network.id())) {
			scores.computeIfAbsent(score.sessionId(), id -> new HashMap<>()).put(score.organisationId(), score.score());
			if (score.channel() == ResponseChannel.LINK) {
				byLink.merge(score.organisationId(), 1, Integer::sum);
			}
		}
		Set<List<Long>> asked = new HashSet<>();
		evaluations.askedOfNetwork(network.id()).forEach(a -> asked.add(List.of(a.sessionId(), a.organisationId())));
		scores.forEach((session, byOrganisation) -> byOrganisation.keySet()
			.forEach(organisation -> asked.add(List.of(session, organisation))));
		Map<Long, Map<MeasurementPhase, MeasurementService.Measured>> measured = new HashMap<>();
		for (MeasurementService.Measured m : measurements.ofNetwork(network.id())) {
			measured.computeIfAbsent(m.organisationId(), id -> new EnumMap<>(MeasurementPhase.class)).put(m.phase(), m);
		}
		Map<Long, MeasurementService.Report> reports = measurements.reportsOfNetwork(network.id()).stream()
			.collect(Collectors.toMap(MeasurementService.Report::organisationId, report -> report));
		List<EngineFigures.OpenTask> openTasks = engine.openTasks(network.code(), now);

		Optional<Session> kickoff = allSessions.stream().filter(s -> s.kind() == SessionKind.KICKOFF).findFirst();
		int registered = (int) all.stream().filter(o -> takesPart(o.status())).count();
		Header header = new Header(network.code(), network.name(), Phase.of(network.status()),
				network.minimumOrganisations(), network.maximumOrganisations(), network.collectiveSessions(),
				network.individualSessions(), network.durationMonths(), DutchDates.date(network.registrationDeadline()),
				kickoff.map(s -> DutchDates.dateTime(s.plannedStart())).orElse("nog niet gepland"),
				kickoff.map(s -> DutchDates.date(day(s.plannedStart()).plusMonths(network.durationMonths())))
					.orElse("volgt uit de kick-off"),
				registered, (int) all.stream().filter(o -> o.status() == OrganisationStatus.WAITING_LIST).count(),
				registered >= network.minimumOrganisations());

		List<Session> networkWide = allSessions.stream().filter(s -> s.kind().withAttendance()).toList();
		Map<String, String> advisers = adviserNames();
		List<OrganisationRow> rows = new ArrayList<>();
		for (Organisation organisation : shown) {
			rows.add(organisationRow(network, organisation, advisers, allSessions, networkWide, present, scores,
					byLink.getOrDefault(organisation.id(), 0), asked,
					measured.getOrDefault(organisation.id(), Map.of()), reports.get(organisation.id()),
					withdrawals.get(organisation.id()), openTasks, now));
		}

		List<SessionRow> sessionRows = new ArrayList<>();
		for (Session session : allSessions) {
			if (session.organisationId() != null && !shownIds.contains(session.organisationId())) {
				continue;
			}
			Set<Long> here = present.getOrDefault(session.id(), Set.of());
			Map<Long, Integer> sessionScores = scores.getOrDefault(session.id(), Map.of());
			Integer presentCount = null;
			Integer expected = null;
			Boolean ownPresent = null;
			Integer ownScore = null;
			Double average = null;
			int answers = 0;
			if (whole) {
				if (session.kind().withAttendance() && session.status() == SessionStatus.HELD) {
					presentCount = here.size();
					expected = (int) all.stream()
						.filter(o -> expectedAt(o, session, withdrawals.get(o.id())))
						.count();
				}
				average = average(sessionScores.values());
				answers = sessionScores.size();
			}
			else {
				Long own = shownIds.stream().findFirst().orElse(null);
				if (session.kind().withAttendance() && session.status() == SessionStatus.HELD) {
					ownPresent = here.contains(own);
				}
				ownScore = sessionScores.get(own);
			}
			int reschedules = Math.max(0, session.sequence() - (session.status() == SessionStatus.CANCELLED ? 1 : 0));
			sessionRows.add(new SessionRow(session.id(), session.kind(), session.title(),
					session.organisationId() == null ? null : names.get(session.organisationId()), session.plannedStart(),
					DutchDates.dateTime(session.plannedStart()), session.location(), session.status(),
					statusText(session.status(), reschedules), reschedules, presentCount, expected, average, answers,
					ownPresent, ownScore));
		}

		List<Bar> chart = new ArrayList<>();
		for (SessionRow row : sessionRows) {
			Double value = whole ? row.average() : row.ownScore() == null ? null : row.ownScore().doubleValue();
			if (value != null) {
				String label = row.organisation() == null ? row.title() : row.title() + " – " + row.organisation();
				chart.add(new Bar(label, decimal(value), (int) Math.round(value * 20), chart.size() * BAR_HEIGHT));
			}
		}

		// tasks of no organisation (the network's, a trajectory's first) may name any organisation: coordinators only
		List<TaskLink> networkTasks = viewer.isCoordinator()
				? openTasks.stream().filter(task -> task.organisationId() == null).map(NetworkOverview::link).toList()
				: List.of();

		List<MailGroup> mail = new ArrayList<>();
		if (whole) {
			Map<String, EngineFigures.FailedDelivery> failed = engine.failedDeliveries(network.code());
			Map<Long, List<MailLine>> byOrganisation = new HashMap<>();
			List<MailLine> ofNetwork = new ArrayList<>();
			for (MailHistory.LoggedMail logged : mails.ofNetwork(network.id())) {
				if (logged.organisationId() != null && !shownIds.contains(logged.organisationId())) {
					continue;
				}
				MailLine line = mailLine(logged, failed.get(logged.key()));
				if (logged.organisationId() == null) {
					if (viewer.isCoordinator()) {
						ofNetwork.add(line);
					}
				}
				else {
					byOrganisation.computeIfAbsent(logged.organisationId(), id -> new ArrayList<>()).add(line);
				}
			}
			for (Organisation organisation : shown) {
				mail.add(new MailGroup(organisation.name(), byOrganisation.getOrDefault(organisation.id(), List.of())));
			}
			if (!ofNetwork.isEmpty()) {
				mail.add(new MailGroup("Het hele netwerk", ofNetwork));
			}
		}

		SessionRow next = sessionRows.stream()
			.filter(row -> row.status() == SessionStatus.PLANNED && !row.start().isBefore(now))
			.min(Comparator.comparing(SessionRow::start))
			.orElse(null);
		return Optional.of(new NetworkPage(header, viewer.isCoordinator(), whole, rows, sessionRows, chart, networkTasks,
				mail, next));
	}

	/** The advisers' names by user id, in one query: the pages show "An Adviseur", not "adviser1". */
	private Map<String, String> adviserNames() {
		Map<String, String> names = new HashMap<>();
		system.run(() -> identityService.createUserQuery().memberOfGroup(Groups.ADVISERS).list())
			.forEach(user -> names.put(user.getId(), (nullToEmpty(user.getFirstName()) + " " + nullToEmpty(user.getLastName()))
				.strip()));
		return names;
	}

	private static String nullToEmpty(String text) {
		return text == null ? "" : text;
	}

	private OrganisationRow organisationRow(Network network, Organisation organisation, Map<String, String> advisers,
			List<Session> allSessions,
			List<Session> networkWide, Map<Long, Set<Long>> present, Map<Long, Map<Long, Integer>> scores,
			int evaluationsByLink, Set<List<Long>> asked, Map<MeasurementPhase, MeasurementService.Measured> measured,
			MeasurementService.Report report, OffsetDateTime withdrawnAt, List<EngineFigures.OpenTask> openTasks,
			OffsetDateTime now) {
		List<Session> own = allSessions.stream().filter(s -> Objects.equals(s.organisationId(), organisation.id())).toList();
		String intake = own.stream()
			.filter(s -> s.kind() == SessionKind.INTAKE)
			.findFirst()
			.map(s -> switch (s.status()) {
				case HELD -> "gehouden op " + DutchDates.date(day(s.plannedStart()));
				case PLANNED -> "gepland op " + DutchDates.dateTime(s.plannedStart());
				case CANCELLED -> "geannuleerd";
			})
			.orElse("nog niet gepland");
		int held = count(own, SessionKind.INDIVIDUAL, SessionStatus.HELD);
		int planned = count(own, SessionKind.INDIVIDUAL, SessionStatus.PLANNED);
		List<Session> attendable = networkWide.stream()
			.filter(s -> s.status() == SessionStatus.HELD && expectedAt(organisation, s, withdrawnAt))
			.toList();
		int attended = (int) attendable.stream()
			.filter(s -> present.getOrDefault(s.id(), Set.of()).contains(organisation.id()))
			.count();
		List<Integer> ownScores = new ArrayList<>();
		scores.values().forEach(bySession -> {
			Integer score = bySession.get(organisation.id());
			if (score != null) {
				ownScores.add(score);
			}
		});
		int askedOf = (int) asked.stream().filter(pair -> pair.get(1) == organisation.id()).count();
		MeasurementService.Measured baseline = measured.get(MeasurementPhase.BASELINE);
		List<EngineFigures.OpenTask> tasks = openTasks.stream()
			.filter(task -> Objects.equals(task.organisationId(), organisation.id()))
			.toList();
		return new OrganisationRow(organisation.id(), organisation.code(), organisation.name(), organisation.status(),
				statusText(organisation.status(), withdrawnAt), organisation.adviser() == null ? "nog niet toegewezen"
						: advisers.getOrDefault(organisation.adviser(), "").isEmpty() ? organisation.adviser()
								: advisers.get(organisation.adviser()),
				intake, held, planned, network.individualSessions(), attended, attendable.size(), average(ownScores),
				ownScores.size(), Math.max(askedOf, ownScores.size()), measurement(baseline),
				measurement(measured.get(MeasurementPhase.END)),
				baseline == null || baseline.trackingStudy() == null ? "nog niet beslist"
						: baseline.trackingStudy() ? "ja" : "nee",
				report(report), tasks.stream().map(NetworkOverview::link).toList(), tasks.size(),
				(int) tasks.stream().filter(EngineFigures.OpenTask::overdue).count(), evaluationsByLink);
	}

	/** Whether the organisation took part when the session was held: registered or done, or withdrawn after it. */
	private static boolean expectedAt(Organisation organisation, Session session, OffsetDateTime withdrawnAt) {
		if (takesPart(organisation.status())) {
			return true;
		}
		return organisation.status() == OrganisationStatus.WITHDRAWN && withdrawnAt != null
				&& withdrawnAt.isAfter(session.plannedStart());
	}

	private static boolean takesPart(OrganisationStatus status) {
		return status == OrganisationStatus.REGISTERED || status == OrganisationStatus.COMPLETED;
	}

	private static int takingPart(Map<OrganisationStatus, Integer> counts) {
		return counts.getOrDefault(OrganisationStatus.REGISTERED, 0) + counts.getOrDefault(OrganisationStatus.COMPLETED, 0);
	}

	private static boolean seen(Set<Long> followed, Long organisationId) {
		return followed == null || organisationId == null || followed.contains(organisationId);
	}

	private static int count(List<Session> sessions, SessionKind kind, SessionStatus status) {
		return (int) sessions.stream().filter(s -> s.kind() == kind && s.status() == status).count();
	}

	static String statusText(OrganisationStatus status, OffsetDateTime withdrawnAt) {
		return switch (status) {
			case REGISTERED -> "actief";
			case WAITING_LIST -> "wachtlijst";
			case WITHDRAWN -> withdrawnAt == null ? "teruggetrokken"
					: "teruggetrokken op " + DutchDates.date(day(withdrawnAt));
			case COMPLETED -> "traject afgerond";
			case CANCELLED -> "geannuleerd";
		};
	}

	static String statusText(SessionStatus status, int reschedules) {
		String moved = reschedules == 0 ? "" : reschedules == 1 ? " (1 keer verplaatst)" : " (" + reschedules + " keer verplaatst)";
		return switch (status) {
			case PLANNED -> reschedules == 0 ? "gepland" : "verplaatst, gepland" + moved;
			case HELD -> "gehouden" + moved;
			case CANCELLED -> "geannuleerd" + moved;
		};
	}

	static String measurement(MeasurementService.Measured measured) {
		if (measured == null) {
			return "nog niet verstuurd";
		}
		if (measured.confirmedAt() == null) {
			return "open sinds " + DutchDates.date(day(measured.distributedAt()));
		}
		return "bevestigd op " + DutchDates.date(day(measured.confirmedAt()))
				+ (measured.responses() == null ? "" : measured.responses() == 1 ? " (1 antwoord)"
						: " (" + measured.responses() + " antwoorden)");
	}

	static String report(MeasurementService.Report report) {
		if (report == null) {
			return "te schrijven";
		}
		if (report.deliveredOn() != null) {
			return "opgeleverd op " + DutchDates.date(report.deliveredOn());
		}
		return report.approved() ? "goedgekeurd, te bezorgen" : "ter goedkeuring";
	}

	private static MailLine mailLine(MailHistory.LoggedMail mail, EngineFigures.FailedDelivery failed) {
		String when = DutchDates.dateTime(mail.sent() && mail.sentAt() != null ? mail.sentAt() : mail.createdAt());
		if (mail.sent()) {
			return new MailLine(mail.subject(), mail.recipient(), when, "verzonden", false);
		}
		if (failed != null) {
			return new MailLine(mail.subject(), mail.recipient(), when, failed.retriesLeft() > 0
					? "niet aangekomen, wordt opnieuw geprobeerd (nog " + failed.retriesLeft() + " pogingen)"
					: "niet aangekomen, opgegeven: zie Cockpit", true);
		}
		return new MailLine(mail.subject(), mail.recipient(), when, "in de wachtrij", false);
	}

	private static TaskLink link(EngineFigures.OpenTask task) {
		return new TaskLink(task.name(), task.due() == null ? null : DutchDates.dateTime(task.due()), task.overdue(),
				task.tasklistLink());
	}

	private static Double average(java.util.Collection<Integer> scores) {
		return scores.isEmpty() ? null : scores.stream().mapToInt(Integer::intValue).average().orElse(0);
	}

	/** "4,2" */
	static String decimal(double value) {
		return String.format(Locale.forLanguageTag("nl-BE"), "%.1f", value);
	}

	private static LocalDate day(OffsetDateTime time) {
		return time.atZoneSameInstant(FormValues.BRUSSELS).toLocalDate();
	}

	private static OffsetDateTime now() {
		return ClockUtil.getCurrentTime().toInstant().atOffset(ZoneOffset.UTC);
	}

}
