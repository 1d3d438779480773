package org.leernet.overview.export;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.leernet.evaluation.EvaluationService;
import org.leernet.identity.SystemActions;
import org.leernet.measurement.MeasurementPhase;
import org.leernet.measurement.MeasurementService;
import org.leernet.network.Network;
import org.leernet.overview.Viewer;
import org.leernet.overview.Visibility;
import org.leernet.recruitment.Organisation;
import org.leernet.recruitment.OrganisationStatus;
import org.leernet.recruitment.RecruitmentService;
import org.leernet.recruitment.RecruitmentService.Registry;
import org.leernet.session.Session;
import org.leernet.session.SessionKind;
import org.leernet.session.SessionService;
import org.leernet.session.SessionStatus;
import org.springframework.stereotype.Service;

/**
 * The four exports of one network, read through the feature services, with only the
 * organisations the viewer may see ({@link Visibility}): coordinators all, an adviser those they
 * follow. Withdrawn organisations stay in, marked in the column {@code Status}.
 */
@Service
public class NetworkExports {

	/** What can be exported, by the name in the URL and the file name. */
	public enum Kind {

		ORGANISATIONS("organisaties", "Organisaties"), ATTENDANCE("aanwezigheid", "Aanwezigheid"),
		EVALUATIONS("evaluaties", "Evaluaties"), MEASUREMENTS("metingen", "Metingen");

		private final String slug;

		private final String title;

		Kind(String slug, String title) {
			this.slug = slug;
			this.title = title;
		}

		public String slug() {
			return slug;
		}

		public static Optional<Kind> of(String slug) {
			return Arrays.stream(values()).filter(kind -> kind.slug.equals(slug)).findFirst();
		}

	}

	public static final List<String> ORGANISATION_HEADERS = List.of("Code", "Naam", "Sector", "Status", "Adviseur",
			"Ingeschreven op", "Teruggetrokken op", "Aantal contactpersonen");

	public static final List<String> ATTENDANCE_HEADERS = List.of("Sessie", "Soort", "Datum", "Beginuur", "Locatie",
			"Organisatiecode", "Organisatie", "Status organisatie", "Aanwezig");

	public static final List<String> EVALUATION_HEADERS = List.of("Sessie", "Datum sessie", "Organisatiecode",
			"Organisatie", "Status organisatie", "Score", "Wat ging goed", "Wat kan beter", "Ingediend op");

	public static final List<String> MEASUREMENT_HEADERS = List.of("Organisatiecode", "Organisatie",
			"Status organisatie", "Meting", "Enquête kwaliteit van werk", "Enquête mobiliteit", "Trackingonderzoek",
			"Deelnemers trackingonderzoek", "Verspreid op", "Aantal antwoorden", "Bevestigd op", "Bevestigd door");

	/** The sectors of the registration form, by their value. */
	static final Map<String, String> SECTORS = Map.of("zorg-welzijn", "Zorg en welzijn", "industrie", "Industrie",
			"bouw", "Bouw", "diensten", "Zakelijke dienstverlening", "overheid", "Overheid", "onderwijs", "Onderwijs",
			"handel", "Handel en distributie", "andere", "Andere");

	private final Visibility visibility;

	private final RecruitmentService recruitment;

	private final SessionService sessions;

	private final EvaluationService evaluations;

	private final MeasurementService measurements;

	private final IdentityService identityService;

	private final SystemActions system;

	NetworkExports(Visibility visibility, RecruitmentService recruitment, SessionService sessions,
			EvaluationService evaluations, MeasurementService measurements, IdentityService identityService,
			SystemActions system) {
		this.visibility = visibility;
		this.recruitment = recruitment;
		this.sessions = sessions;
		this.evaluations = evaluations;
		this.measurements = measurements;
		this.identityService = identityService;
		this.system = system;
	}

	public ExportTable export(Viewer viewer, Network network, Kind kind) {
		Visible visible = visible(viewer, network);
		List<String> headers = switch (kind) {
			case ORGANISATIONS -> ORGANISATION_HEADERS;
			case ATTENDANCE -> ATTENDANCE_HEADERS;
			case EVALUATIONS -> EVALUATION_HEADERS;
			case MEASUREMENTS -> MEASUREMENT_HEADERS;
		};
		List<List<Object>> rows = switch (kind) {
			case ORGANISATIONS -> organisations(visible);
			case ATTENDANCE -> attendance(network, visible);
			case EVALUATIONS -> evaluations(network, visible);
			case MEASUREMENTS -> measurements(network, visible);
		};
		return new ExportTable(kind.slug, kind.title, headers, rows);
	}

	/** "actief", "wachtlijst", "teruggetrokken op 12-03-2027", ... */
	public static String status(OrganisationStatus status, OffsetDateTime withdrawnAt) {
		return switch (status) {
			case REGISTERED -> "actief";
			case WAITING_LIST -> "wachtlijst";
			case WITHDRAWN -> withdrawnAt == null ? "teruggetrokken"
					: "teruggetrokken op " + ExportCells.date(ExportCells.day(withdrawnAt));
			case COMPLETED -> "afgerond";
			case CANCELLED -> "geannuleerd";
		};
	}

	/** "nulmeting", "eindmeting" */
	public static String phase(MeasurementPhase phase) {
		return phase == MeasurementPhase.BASELINE ? "nulmeting" : "eindmeting";
	}

	/** The organisations this viewer may see, by id, in their order of registration, with their registry. */
	private record Visible(Map<Long, Organisation> organisations, Map<Long, Registry> registry) {

		String status(long organisationId) {
			Registry row = registry.get(organisationId);
			return NetworkExports.status(organisations.get(organisationId).status(), row == null ? null : row.withdrawnAt());
		}

		OffsetDateTime withdrawnAt(long organisationId) {
			Registry row = registry.get(organisationId);
			return row == null ? null : row.withdrawnAt();
		}

	}

	private Visible visible(Viewer viewer, Network network) {
		Map<Long, Organisation> organisations = new LinkedHashMap<>();
		visibility.organisations(viewer, network).forEach(organisation -> organisations.put(organisation.id(), organisation));
		return new Visible(organisations, recruitment.registryOfNetwork(network.id()));
	}

	private List<List<Object>> organisations(Visible visible) {
		Map<String, String> names = new HashMap<>();
		List<List<Object>> rows = new ArrayList<>();
		for (Organisation organisation : visible.organisations().values()) {
			Registry registry = visible.registry().get(organisation.id());
			String adviser = organisation.adviser() == null ? null
					: names.computeIfAbsent(organisation.adviser(), this::fullName);
			rows.add(row(organisation.code(), organisation.name(), SECTORS.getOrDefault(organisation.sector(),
					organisation.sector()), visible.status(organisation.id()), adviser,
					registry == null ? null : ExportCells.day(registry.registeredAt()),
					registry == null ? null : ExportCells.day(registry.withdrawnAt()),
					registry == null ? null : registry.contacts()));
		}
		return rows;
	}

	/**
	 * One row per held session of the whole network and organisation that took part then: not
	 * the waiting list, nor an organisation that had already withdrawn.
	 */
	private List<List<Object>> attendance(Network network, Visible visible) {
		List<List<Object>> rows = new ArrayList<>();
		for (Session session : sessions.ofNetwork(network.id())) {
			if (!session.kind().withAttendance() || session.status() != SessionStatus.HELD) {
				continue;
			}
			Set<Long> present = new HashSet<>(sessions.attendance(session.id()));
			for (Organisation organisation : visible.organisations().values()) {
				OffsetDateTime withdrawn = visible.withdrawnAt(organisation.id());
				boolean takingPart = organisation.status() != OrganisationStatus.WAITING_LIST
						&& organisation.status() != OrganisationStatus.CANCELLED
						&& (withdrawn == null || withdrawn.isAfter(session.plannedStart()));
				if (!present.contains(organisation.id()) && !takingPart) {
					continue;
				}
				rows.add(row(session.title(), kind(session.kind()), ExportCells.day(session.plannedStart()),
						ExportCells.time(session.plannedStart()), session.location(),
						organisation.code(), organisation.name(), visible.status(organisation.id()),
						ExportCells.yesNo(present.contains(organisation.id()))));
			}
		}
		return rows;
	}

	private List<List<Object>> evaluations(Network network, Visible visible) {
		Map<Long, Session> byId = new HashMap<>();
		sessions.ofNetwork(network.id()).forEach(session -> byId.put(session.id(), session));
		List<EvaluationService.Submitted> submitted = new ArrayList<>(evaluations.submittedOfNetwork(network.id()));
		submitted.removeIf(evaluation -> !visible.organisations().containsKey(evaluation.organisationId())
				|| !byId.containsKey(evaluation.sessionId()));
		submitted.sort((a, b) -> {
			int bySession = byId.get(a.sessionId()).plannedStart().compareTo(byId.get(b.sessionId()).plannedStart());
			return bySession != 0 ? bySession : Long.compare(a.organisationId(), b.organisationId());
		});
		List<List<Object>> rows = new ArrayList<>();
		for (EvaluationService.Submitted evaluation : submitted) {
			Session session = byId.get(evaluation.sessionId());
			Organisation organisation = visible.organisations().get(evaluation.organisationId());
			rows.add(row(session.title(), ExportCells.day(session.plannedStart()), organisation.code(),
					organisation.name(), visible.status(organisation.id()), evaluation.score(), evaluation.wentWell(),
					evaluation.toImprove(), evaluation.submittedAt()));
		}
		return rows;
	}

	private List<List<Object>> measurements(Network network, Visible visible) {
		List<List<Object>> rows = new ArrayList<>();
		for (MeasurementService.Measured measured : measurements.ofNetwork(network.id())) {
			Organisation organisation = visible.organisations().get(measured.organisationId());
			if (organisation == null) {
				continue;
			}
			rows.add(row(organisation.code(), organisation.name(), visible.status(organisation.id()),
					phase(measured.phase()), ExportCells.yesNo(measured.qualitySurvey()),
					ExportCells.yesNo(measured.mobilitySurvey()), ExportCells.yesNo(measured.trackingStudy()),
					measured.trackingParticipants(), measured.distributedAt(), measured.responses(),
					measured.confirmedAt(), measured.confirmedBy()));
		}
		return rows;
	}

	/** The kind of a session in a sentence: "kick-off", "collectieve sessie", ... */
	static String kind(SessionKind kind) {
		return switch (kind) {
			case INTAKE -> "intakegesprek";
			case KICKOFF -> "kick-off";
			case COLLECTIVE -> "collectieve sessie";
			case INDIVIDUAL -> "individuele sessie";
			case CLOSING -> "afsluitende sessie";
		};
	}

	private String fullName(String userId) {
		User user = system.run(() -> identityService.createUserQuery().userId(userId).singleResult());
		if (user == null) {
			return userId;
		}
		String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
				+ (user.getLastName() == null ? "" : user.getLastName())).trim();
		return name.isEmpty() ? userId : name;
	}

	private static List<Object> row(Object... cells) {
		return Arrays.asList(cells);
	}

}
