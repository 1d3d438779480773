package org.leernet.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.leernet.evaluation.EvaluationService;
import org.leernet.measurement.MeasurementService;
import org.leernet.network.Network;
import org.leernet.network.NetworkService;
import org.leernet.recruitment.Organisation;
import org.leernet.recruitment.OrganisationStatus;
import org.leernet.recruitment.RecruitmentService;
import org.leernet.session.Session;
import org.leernet.session.SessionKind;
import org.leernet.session.SessionService;
import org.leernet.session.SessionStatus;
import org.leernet.tasklist.FormDriver;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The exports of a network ({@code /leernet/netwerken/{code}/export/<kind>.csv|.xlsx}) as each
 * role downloads them, parsed as Excel and a script read them: Commons CSV and Apache POI. The
 * demo network is only read. A network of the checks' own, {@value #OWN}, has what the demo has
 * not yet: a held kickoff with someone absent, evaluations (one typed as a formula), measurements
 * and a withdrawal; its organisations have advisers of their own, so the demo users' views stay
 * as they are for the other checks.
 */
public interface ExportChecks extends OverviewUser {

	String OWN = "EXPORT-2027-1";

	ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

	/** The advisers of {@value #OWN}: one follows Alfa, the other Beta; Gamma withdraws. */
	String ADVISER_ALFA = "export-adviser-a";

	String ADVISER_BETA = "export-adviser-b";

	List<String> KINDS = List.of("organisaties", "aanwezigheid", "evaluaties", "metingen");

	Map<String, List<String>> HEADERS = Map.of(
			"organisaties", List.of("Code", "Naam", "Sector", "Status", "Adviseur", "Ingeschreven op",
					"Teruggetrokken op", "Aantal contactpersonen"),
			"aanwezigheid", List.of("Sessie", "Soort", "Datum", "Beginuur", "Locatie", "Organisatiecode", "Organisatie",
					"Status organisatie", "Aanwezig"),
			"evaluaties", List.of("Sessie", "Datum sessie", "Organisatiecode", "Organisatie", "Status organisatie",
					"Score", "Wat ging goed", "Wat kan beter", "Ingediend op"),
			"metingen", List.of("Organisatiecode", "Organisatie", "Status organisatie", "Meting",
					"Enquête kwaliteit van werk", "Enquête mobiliteit", "Trackingonderzoek",
					"Deelnemers trackingonderzoek", "Verspreid op", "Aantal antwoorden", "Bevestigd op",
					"Bevestigd door"));

	/** Words of an English header that would slip through. */
	List<String> ENGLISH = List.of("name", "date", "organisation", "session", "present", "submitted", "phase",
			"withdrawn", "registered", "responses", "confirmed", "adviser", "contacts", "went well", "improve");

	String KICKOFF_WENT_WELL = "=HYPERLINK(\"http://kwaad.example\";\"klik\")";

	String KICKOFF_TO_IMPROVE = "Meer tijd; \"pauzes\"\nen koffie";

	// ------------------------------------------------------------------ the coordinator

	@Test
	default void theCoordinatorDownloadsEveryExportOfTheDemoNetworkInBothFormats(ApplicationContext context)
			throws IOException {
		Network demo = context.getBean(NetworkService.class).get(DEMO_NETWORK);
		List<Organisation> organisations = context.getBean(RecruitmentService.class).ofNetwork(demo.id());
		assertThat(organisations).hasSize(4);
		for (String kind : KINDS) {
			List<List<String>> csv = csv("coordinator", DEMO_NETWORK, kind);
			List<List<Object>> xlsx = xlsx("coordinator", DEMO_NETWORK, kind);
			assertThat(csv.get(0)).as(kind).containsExactlyElementsOf(HEADERS.get(kind));
			assertThat(xlsx.get(0)).as(kind).containsExactlyElementsOf(HEADERS.get(kind));
			assertDutch(csv.get(0));
			assertThat(xlsx).as(kind + ": as many rows in both").hasSameSizeAs(csv);
		}

		List<List<String>> rows = body(csv("coordinator", DEMO_NETWORK, "organisaties"));
		assertThat(rows).extracting(row -> row.get(0))
			.containsExactlyElementsOf(organisations.stream().map(Organisation::code).toList());
		assertThat(rows).extracting(row -> row.get(1))
			.containsExactly("Zorggroep Aurora", "Bouwbedrijf Berkenhof", "Stad Cederdal", "Dienst Delta");
		assertThat(rows).extracting(row -> row.get(2)).containsExactly("Zorg en welzijn", "Bouw", "Overheid",
				"Zakelijke dienstverlening");
		IdentityService identity = context.getBean(ProcessEngine.class).getIdentityService();
		Map<Long, RecruitmentService.Registry> registry = context.getBean(RecruitmentService.class)
			.registryOfNetwork(demo.id());
		for (int i = 0; i < organisations.size(); i++) {
			Organisation organisation = organisations.get(i);
			List<String> row = rows.get(i);
			assertThat(organisation.status()).isEqualTo(OrganisationStatus.REGISTERED);
			assertThat(row.get(3)).isEqualTo("actief");
			assertThat(row.get(4)).as("the adviser's name").isEqualTo(fullName(identity, organisation.adviser()));
			assertThat(row.get(5)).isEqualTo(dutchDate(registry.get(organisation.id())
				.registeredAt()
				.atZoneSameInstant(BRUSSELS)
				.toLocalDate()));
			assertThat(row.get(6)).isEmpty();
			assertThat(row.get(7)).isEqualTo(String.valueOf(registry.get(organisation.id()).contacts())).isEqualTo("2");
		}
		List<List<Object>> sheet = body(xlsx("coordinator", DEMO_NETWORK, "organisaties"));
		assertThat(sheet).extracting(row -> row.get(0)).containsExactlyElementsOf(rows.stream().map(row -> row.get(0)).toList());
		assertThat(sheet.get(0).get(5)).as("a real date").isInstanceOf(LocalDateTime.class);
		assertThat(sheet.get(0).get(7)).as("a real number").isEqualTo(2.0);

		// the demo has held no session of the whole network yet, nor any survey: what the services hold
		assertThat(body(csv("coordinator", DEMO_NETWORK, "aanwezigheid"))).hasSize(expectedAttendanceRows(context, demo));
		assertThat(body(csv("coordinator", DEMO_NETWORK, "evaluaties")))
			.hasSize(context.getBean(EvaluationService.class).submittedOfNetwork(demo.id()).size());
		assertThat(body(csv("coordinator", DEMO_NETWORK, "metingen")))
			.hasSize(context.getBean(MeasurementService.class).ofNetwork(demo.id()).size());
	}

	@Test
	default void everyAnswerIsAnAttachmentNamedAfterTheNetworkAndKeptInNoCache() {
		for (String kind : KINDS) {
			ResponseEntity<byte[]> csv = getBytes("coordinator", path(DEMO_NETWORK, kind, "csv"));
			assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
			assertThat(csv.getHeaders().getContentType().isCompatibleWith(MediaType.parseMediaType("text/csv"))).isTrue();
			assertThat(csv.getHeaders().getContentType().getCharset()).isEqualTo(StandardCharsets.UTF_8);
			assertThat(csv.getHeaders().getContentDisposition().getFilename()).isEqualTo("DEMO-2027-1-" + kind + ".csv");
			assertThat(csv.getHeaders().getContentDisposition().isAttachment()).isTrue();
			assertThat(csv.getHeaders().getCacheControl()).isEqualTo("no-store");

			ResponseEntity<byte[]> xlsx = getBytes("coordinator", path(DEMO_NETWORK, kind, "xlsx"));
			assertThat(xlsx.getStatusCode()).isEqualTo(HttpStatus.OK);
			assertThat(xlsx.getHeaders().getContentType().toString())
				.isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
			assertThat(xlsx.getHeaders().getContentDisposition().getFilename()).isEqualTo("DEMO-2027-1-" + kind + ".xlsx");
			assertThat(xlsx.getHeaders().getCacheControl()).isEqualTo("no-store");
		}
	}

	@Test
	default void attendanceHasARowPerHeldSessionAndOrganisationWithTheAbsentAndTheWithdrawnKept(
			ApplicationContext context) throws IOException {
		Network own = ownNetwork(context);
		Session kickoff = kickoff(context, own);
		Organisation gamma = organisation(context, own, "Export Gamma");
		String withdrawnOn = "teruggetrokken op " + dutchDate(withdrawnOn(context, own, gamma));

		List<List<String>> rows = body(csv("coordinator", OWN, "aanwezigheid"));
		assertThat(rows).hasSize(expectedAttendanceRows(context, own)).hasSize(3);
		String day = dutchDate(kickoff.plannedStart().atZoneSameInstant(BRUSSELS).toLocalDate());
		assertThat(rows).containsExactly(
				List.of("Kick-off", "kick-off", day, "09:00", "Gent", code(context, own, "Export Alfa"), "Export Alfa",
						"actief", "ja"),
				List.of("Kick-off", "kick-off", day, "09:00", "Gent", code(context, own, "Export Beta"), "Export Beta",
						"actief", "nee"),
				List.of("Kick-off", "kick-off", day, "09:00", "Gent", gamma.code(), "Export Gamma", withdrawnOn, "ja"));

		List<List<Object>> sheet = body(xlsx("coordinator", OWN, "aanwezigheid"));
		assertThat(sheet).hasSize(3);
		assertThat(sheet.get(0).get(2)).isEqualTo(kickoff.plannedStart()
			.atZoneSameInstant(BRUSSELS)
			.toLocalDate()
			.atStartOfDay());
		assertThat(sheet).extracting(row -> row.get(8)).containsExactly("ja", "nee", "ja");
		assertThat(sheet.get(2).get(7)).isEqualTo(withdrawnOn);
	}

	@Test
	default void organisationsKeepTheWithdrawnOneMarkedWithItsDate(ApplicationContext context) throws IOException {
		Network own = ownNetwork(context);
		Organisation gamma = organisation(context, own, "Export Gamma");
		LocalDate withdrawn = withdrawnOn(context, own, gamma);

		List<List<String>> rows = body(csv("coordinator", OWN, "organisaties"));
		assertThat(rows).extracting(row -> row.get(1)).containsExactly("Export Alfa", "Export Beta", "Export Gamma");
		assertThat(rows).extracting(row -> row.get(3))
			.containsExactly("actief", "actief", "teruggetrokken op " + dutchDate(withdrawn));
		assertThat(rows).extracting(row -> row.get(4)).containsExactly("Export Adviseur A", "Export Adviseur B", "");
		assertThat(rows.get(2).get(6)).isEqualTo(dutchDate(withdrawn));

		List<List<Object>> sheet = body(xlsx("coordinator", OWN, "organisaties"));
		assertThat(sheet.get(2).get(6)).isEqualTo(withdrawn.atStartOfDay());
		assertThat(sheet.get(0).get(6)).isNull();
	}

	@Test
	default void evaluationsHaveTheirScoresAsNumbersAndAFormulaStaysText(ApplicationContext context) throws IOException {
		Network own = ownNetwork(context);
		List<EvaluationService.Submitted> submitted = context.getBean(EvaluationService.class).submittedOfNetwork(own.id());
		assertThat(submitted).hasSize(2);

		List<List<String>> rows = body(csv("coordinator", OWN, "evaluaties"));
		assertThat(rows).hasSize(2);
		// the intake (a week ahead) comes before the kickoff (a month ahead)
		List<String> intake = rows.get(0);
		assertThat(intake.subList(0, 7)).containsExactly("Intakegesprek", intake.get(1), code(context, own, "Export Alfa"),
				"Export Alfa", "actief", "4", "Goed gesprek");
		List<String> kickoff = rows.get(1);
		assertThat(kickoff.subList(0, 6)).containsExactly("Kick-off", kickoff.get(1), code(context, own, "Export Alfa"),
				"Export Alfa", "actief", "5");
		assertThat(kickoff.get(6)).as("typed as a formula, read as text").isEqualTo("'" + KICKOFF_WENT_WELL);
		assertThat(kickoff.get(7)).isEqualTo(KICKOFF_TO_IMPROVE);
		EvaluationService.Submitted ofKickoff = submitted.stream()
			.filter(evaluation -> evaluation.sessionId() == kickoff(context, own).id())
			.findFirst()
			.orElseThrow();
		assertThat(kickoff.get(8)).matches("\\d\\d-\\d\\d-\\d{4} \\d\\d:\\d\\d")
			.isEqualTo(ofKickoff.submittedAt()
				.atZoneSameInstant(BRUSSELS)
				.format(DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm")));

		byte[] bytes = getBytes("coordinator", path(OWN, "evaluaties", "xlsx")).getBody();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
			Row row = workbook.getSheetAt(0).getRow(2);
			assertThat(row.getCell(5).getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(row.getCell(5).getNumericCellValue()).isEqualTo(5.0);
			assertThat(row.getCell(6).getCellType()).as("no formula").isEqualTo(CellType.STRING);
			assertThat(row.getCell(6).getStringCellValue()).isEqualTo(KICKOFF_WENT_WELL);
			assertThat(row.getCell(6).getCellStyle().getQuotePrefixed()).isTrue();
			assertThat(row.getCell(7).getStringCellValue()).isEqualTo(KICKOFF_TO_IMPROVE);
			assertThat(DateUtil.isCellDateFormatted(row.getCell(1))).isTrue();
			assertThat(row.getCell(8).getCellStyle().getDataFormatString()).isEqualTo("dd-mm-yyyy hh:mm");
		}
	}

	@Test
	default void measurementsShowBothSurveysTheTrackingStudyAndWhoConfirmed(ApplicationContext context)
			throws IOException {
		Network own = ownNetwork(context);
		assertThat(context.getBean(MeasurementService.class).ofNetwork(own.id())).hasSize(2);
		List<List<String>> rows = body(csv("coordinator", OWN, "metingen"));
		assertThat(rows).hasSize(2);
		List<String> alfa = rows.get(0);
		assertThat(alfa.subList(0, 8)).containsExactly(code(context, own, "Export Alfa"), "Export Alfa", "actief",
				"nulmeting", "ja", "ja", "ja", "5");
		assertThat(alfa.get(8)).matches("\\d\\d-\\d\\d-\\d{4} \\d\\d:\\d\\d");
		assertThat(alfa.subList(9, 12)).containsExactly("12", alfa.get(10), "coordinator");
		assertThat(alfa.get(10)).matches("\\d\\d-\\d\\d-\\d{4} \\d\\d:\\d\\d");
		List<String> beta = rows.get(1);
		assertThat(beta).containsExactly(code(context, own, "Export Beta"), "Export Beta", "actief", "nulmeting", "ja",
				"ja", "nee", "", beta.get(8), "", "", "");

		List<List<Object>> sheet = body(xlsx("coordinator", OWN, "metingen"));
		assertThat(sheet.get(0).get(7)).isEqualTo(5.0);
		assertThat(sheet.get(0).get(9)).isEqualTo(12.0);
		assertThat(sheet.get(0).get(8)).isInstanceOf(LocalDateTime.class);
		assertThat(sheet.get(1).get(10)).isNull();
	}

	// ------------------------------------------------------------------ advisers

	@Test
	default void anAdviserGetsOnlyTheRowsOfTheOrganisationsTheyFollow(ApplicationContext context) throws IOException {
		Network own = ownNetwork(context);
		String alfa = code(context, own, "Export Alfa");
		for (String kind : KINDS) {
			List<List<String>> csv = csv(ADVISER_ALFA, OWN, kind);
			assertThat(csv.get(0)).containsExactlyElementsOf(HEADERS.get(kind));
			int codeColumn = HEADERS.get(kind).indexOf(kind.equals("organisaties") ? "Code" : "Organisatiecode");
			assertThat(body(csv)).as(kind).isNotEmpty().allSatisfy(row -> assertThat(row.get(codeColumn)).isEqualTo(alfa));
			List<List<Object>> xlsx = xlsx(ADVISER_ALFA, OWN, kind);
			assertThat(body(xlsx)).as(kind).hasSameSizeAs(body(csv))
				.allSatisfy(row -> assertThat(row.get(codeColumn)).isEqualTo(alfa));
		}
		assertThat(body(csv(ADVISER_BETA, OWN, "aanwezigheid"))).singleElement()
			.satisfies(row -> assertThat(row).endsWith("Export Beta", "actief", "nee"));
	}

	@Test
	default void adviser1GetsOnlyStadCederdalOfTheDemoNetwork(ApplicationContext context) throws IOException {
		Network demo = context.getBean(NetworkService.class).get(DEMO_NETWORK);
		List<String> followed = context.getBean(RecruitmentService.class)
			.advisedBy("adviser1")
			.stream()
			.filter(organisation -> organisation.networkId() == demo.id())
			.map(Organisation::code)
			.toList();
		assertThat(followed).containsExactly("stad-cederdal");
		assertThat(body(csv("adviser1", DEMO_NETWORK, "organisaties"))).extracting(row -> row.get(0))
			.containsExactlyElementsOf(followed);
		assertThat(body(xlsx("adviser1", DEMO_NETWORK, "organisaties"))).extracting(row -> row.get(0))
			.containsExactlyElementsOf(followed);
		for (String kind : List.of("aanwezigheid", "evaluaties", "metingen")) {
			int codeColumn = HEADERS.get(kind).indexOf("Organisatiecode");
			assertThat(body(csv("adviser1", DEMO_NETWORK, kind))).as(kind)
				.allSatisfy(row -> assertThat(row.get(codeColumn)).isIn(followed));
		}
	}

	@Test
	default void anAdviserWhoFollowsNobodyInANetworkFindsNoExportOfIt(ApplicationContext context) {
		ownNetwork(context);
		for (String kind : KINDS) {
			for (String format : List.of("csv", "xlsx")) {
				ResponseEntity<String> answer = get("adviser1", path(OWN, kind, format));
				assertThat(answer.getStatusCode()).as(kind + "." + format).isEqualTo(HttpStatus.NOT_FOUND);
				assertThat(answer.getBody()).contains("Niet gevonden").doesNotContain("Export Alfa");
			}
		}
	}

	// ------------------------------------------------------------------ everyone else

	@Test
	default void participantsAndProcessOwnersAreRefusedInDutch() {
		for (String user : List.of("participant-a", "participant-b")) {
			for (String kind : KINDS) {
				for (String format : List.of("csv", "xlsx")) {
					assertRefused(get(user, path(DEMO_NETWORK, kind, format)), HttpStatus.FORBIDDEN, "Geen toegang");
				}
			}
		}
		String processOwner = session("process-owner");
		for (String kind : KINDS) {
			for (String format : List.of("csv", "xlsx")) {
				assertRefused(getWithCookie(processOwner, path(DEMO_NETWORK, kind, format)), HttpStatus.FORBIDDEN,
						"Geen toegang");
			}
		}
	}

	@Test
	default void nobodyLoggedInIsAskedToLogInInDutch() {
		for (String kind : KINDS) {
			for (String format : List.of("csv", "xlsx")) {
				ResponseEntity<String> answer = get(null, path(DEMO_NETWORK, kind, format));
				assertRefused(answer, HttpStatus.UNAUTHORIZED, "Log eerst in");
				assertThat(answer.getBody()).contains("/camunda/app/tasklist/default/");
			}
		}
	}

	@Test
	default void anUnknownNetworkOrExportIsNotFound() {
		assertRefused(get("coordinator", path("ONBEKEND-2027-9", "organisaties", "csv")), HttpStatus.NOT_FOUND,
				"Niet gevonden");
		assertRefused(get("coordinator", path("ONBEKEND-2027-9", "metingen", "xlsx")), HttpStatus.NOT_FOUND,
				"Niet gevonden");
		assertRefused(get("coordinator", path(DEMO_NETWORK, "wachtwoorden", "csv")), HttpStatus.NOT_FOUND,
				"Niet gevonden");
		assertRefused(get("adviser1", path("ONBEKEND-2027-9", "evaluaties", "csv")), HttpStatus.NOT_FOUND,
				"Niet gevonden");
	}

	// ------------------------------------------------------------------ helpers

	private static void assertRefused(ResponseEntity<String> answer, HttpStatus status, String says) {
		assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(status);
		assertThat(answer.getBody()).contains(says).contains("lang=\"nl\"").doesNotContain("Exception", "Whitelabel");
		assertThat(answer.getHeaders().getCacheControl()).isEqualTo("no-store");
		assertThat(answer.getHeaders().getContentDisposition().getFilename()).isNull();
	}

	private static void assertDutch(List<String> headers) {
		for (String header : headers) {
			String padded = header.toLowerCase() + " ";
			assertThat(ENGLISH).as(header).noneMatch(padded::startsWith);
		}
	}

	static String path(String network, String kind, String format) {
		return "/leernet/netwerken/" + network + "/export/" + kind + "." + format;
	}

	/** The CSV, header first, each cell as text. */
	default List<List<String>> csv(String user, String network, String kind) throws IOException {
		ResponseEntity<byte[]> answer = getBytes(user, path(network, kind, "csv"));
		assertThat(answer.getStatusCode()).as(user + " " + kind).isEqualTo(HttpStatus.OK);
		byte[] bytes = answer.getBody();
		assertThat(Arrays.copyOf(bytes, 3)).as("byte order mark").containsExactly(0xEF, 0xBB, 0xBF);
		try (Reader reader = new InputStreamReader(new ByteArrayInputStream(bytes, 3, bytes.length - 3),
				StandardCharsets.UTF_8)) {
			List<List<String>> rows = new ArrayList<>();
			for (CSVRecord record : CSVFormat.Builder.create().setDelimiter(';').get().parse(reader)) {
				rows.add(record.toList());
			}
			return rows;
		}
	}

	/** The one sheet, header first: text as String, numbers as Double, dates as LocalDateTime, empty as null. */
	default List<List<Object>> xlsx(String user, String network, String kind) throws IOException {
		ResponseEntity<byte[]> answer = getBytes(user, path(network, kind, "xlsx"));
		assertThat(answer.getStatusCode()).as(user + " " + kind).isEqualTo(HttpStatus.OK);
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(answer.getBody()))) {
			assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
			Sheet sheet = workbook.getSheetAt(0);
			int width = sheet.getRow(0).getLastCellNum();
			List<List<Object>> rows = new ArrayList<>();
			for (int r = 0; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				List<Object> cells = new ArrayList<>();
				for (int c = 0; c < width; c++) {
					Cell cell = row.getCell(c);
					if (r == 0) {
						assertThat(workbook.getFontAt(cell.getCellStyle().getFontIndex()).getBold()).as("bold header").isTrue();
					}
					cells.add(value(cell));
				}
				rows.add(cells);
			}
			return rows;
		}
	}

	private static Object value(Cell cell) {
		if (cell == null || cell.getCellType() == CellType.BLANK) {
			return null;
		}
		if (cell.getCellType() == CellType.NUMERIC) {
			if (DateUtil.isCellDateFormatted(cell)) {
				assertThat(cell.getCellStyle().getDataFormatString()).startsWith("dd-mm-yyyy");
				return cell.getLocalDateTimeCellValue();
			}
			return cell.getNumericCellValue();
		}
		assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
		return cell.getStringCellValue();
	}

	static <T> List<List<T>> body(List<List<T>> withHeader) {
		return withHeader.subList(1, withHeader.size());
	}

	static String dutchDate(LocalDate date) {
		return String.format("%02d-%02d-%04d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
	}

	private static String fullName(IdentityService identity, String userId) {
		if (userId == null) {
			return "";
		}
		User user = identity.createUserQuery().userId(userId).singleResult();
		return (user.getFirstName() + " " + user.getLastName()).trim();
	}

	/** Per held session of the whole network: the organisations present, and those taking part then that were not. */
	private static int expectedAttendanceRows(ApplicationContext context, Network network) {
		SessionService sessions = context.getBean(SessionService.class);
		RecruitmentService recruitment = context.getBean(RecruitmentService.class);
		Map<Long, RecruitmentService.Registry> registry = recruitment.registryOfNetwork(network.id());
		int rows = 0;
		for (Session session : sessions.ofNetwork(network.id())) {
			if (!session.kind().withAttendance() || session.status() != SessionStatus.HELD) {
				continue;
			}
			List<Long> present = sessions.attendance(session.id());
			for (Organisation organisation : recruitment.ofNetwork(network.id())) {
				OffsetDateTime withdrawn = registry.get(organisation.id()).withdrawnAt();
				boolean takingPart = organisation.status() != OrganisationStatus.WAITING_LIST
						&& organisation.status() != OrganisationStatus.CANCELLED
						&& (withdrawn == null || withdrawn.isAfter(session.plannedStart()));
				if (present.contains(organisation.id()) || takingPart) {
					rows++;
				}
			}
		}
		return rows;
	}

	private static Session kickoff(ApplicationContext context, Network network) {
		return context.getBean(SessionService.class)
			.ofNetwork(network.id())
			.stream()
			.filter(session -> session.kind() == SessionKind.KICKOFF)
			.findFirst()
			.orElseThrow();
	}

	private static Organisation organisation(ApplicationContext context, Network network, String name) {
		return context.getBean(RecruitmentService.class)
			.ofNetwork(network.id())
			.stream()
			.filter(organisation -> organisation.name().equals(name))
			.findFirst()
			.orElseThrow();
	}

	private static String code(ApplicationContext context, Network network, String name) {
		return organisation(context, network, name).code();
	}

	private static LocalDate withdrawnOn(ApplicationContext context, Network network, Organisation organisation) {
		return context.getBean(RecruitmentService.class)
			.registryOfNetwork(network.id())
			.get(organisation.id())
			.withdrawnAt()
			.atZoneSameInstant(BRUSSELS)
			.toLocalDate();
	}

	/** GET with this session cookie. */
	default ResponseEntity<String> getWithCookie(String cookie, String path) {
		HttpHeaders headers = new HttpHeaders();
		headers.add(HttpHeaders.COOKIE, cookie);
		return rest().exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
	}

	// ------------------------------------------------------------------ the checks' own network

	/** {@value #OWN}, driven once through its tasks as the forms submit them. */
	static Network ownNetwork(ApplicationContext context) {
		return OwnNetwork.of(context);
	}

	/** Built once per application context. */
	final class OwnNetwork {

		private static Network built;

		private OwnNetwork() {
		}

		static synchronized Network of(ApplicationContext context) {
			NetworkService networks = context.getBean(NetworkService.class);
			if (built == null || !networks.exists(OWN)) {
				build(context);
				built = networks.get(OWN);
			}
			return built;
		}

		private static void build(ApplicationContext context) {
			ProcessEngine engine = context.getBean(ProcessEngine.class);
			adviser(engine.getIdentityService(), ADVISER_ALFA, "A");
			adviser(engine.getIdentityService(), ADVISER_BETA, "B");
			FormDriver driver = FormDriver.onEngine(engine).holdingSessionsEarly();
			RuntimeService runtime = engine.getRuntimeService();
			ProcessInstance network = runtime.startProcessInstanceByKey("learning-network", OWN,
					Map.of("networkCode", OWN, "networkName", "Netwerk van de exports", "minimumOrganisations", 1,
							"maximumOrganisations", 15, "collectiveSessions", 1, "individualSessions", 1,
							"registrationDeadline", LocalDate.now().plusMonths(1).toString()));
			driver.runAsyncJobs();
			register(driver, "Export Alfa", "alfa", false);
			register(driver, "Export Beta", "beta", false);
			register(driver, "Export Gamma", "gamma", true);
			driver.complete(driver.one(OWN, "Task_PlanKickoff", "kickoff"), FormDriver.vars("kickoffStart",
					at(30, 9), "kickoffSecondStart", at(30, 13), "sessionLocation", "Gent"));
			Map<String, String> trajectories = driver.trajectories(network, 3);
			RecruitmentService recruitment = context.getBean(RecruitmentService.class);
			Network own = context.getBean(NetworkService.class).get(OWN);
			String alfa = null;
			String beta = null;
			String gamma = null;
			for (Organisation organisation : recruitment.ofNetwork(own.id())) {
				switch (organisation.name()) {
					case "Export Alfa" -> alfa = organisation.code();
					case "Export Beta" -> beta = organisation.code();
					default -> gamma = organisation.code();
				}
			}
			String alfaTrajectory = trajectories.get(alfa);
			String betaTrajectory = trajectories.get(beta);
			// Alfa: intake held and evaluated, baseline out with a tracking study and confirmed
			driver.complete(driver.one(alfaTrajectory, "Task_AssignAdviser"), FormDriver.vars("adviser", ADVISER_ALFA));
			intake(driver, alfaTrajectory);
			driver.complete(driver.one(alfaTrajectory, "Task_DistributeBaselineSurveys"),
					FormDriver.vars("baselineQualitySurvey", true, "baselineMobilitySurvey", true, "trackingStudy",
							"yes", "trackingParticipants", 5));
			// claimed by the coordinator, as in Tasklist: who confirmed is the task's assignee
			Task confirmation = driver.one(alfaTrajectory, "Task_ConfirmBaselineMeasurement");
			engine.getTaskService().claim(confirmation.getId(), "coordinator");
			driver.completeAsRoutedUser(confirmation,
					FormDriver.vars("baselineResponses", 12, "baselineResponsesComplete", true));
			// Beta: intake held (its evaluation left open), baseline out without a tracking study, not confirmed
			driver.complete(driver.one(betaTrajectory, "Task_AssignAdviser"), FormDriver.vars("adviser", ADVISER_BETA));
			intake(driver, betaTrajectory);
			driver.complete(driver.one(betaTrajectory, "Task_DistributeBaselineSurveys"),
					FormDriver.vars("baselineQualitySurvey", true, "baselineMobilitySurvey", true, "trackingStudy",
							"no"));
			// the kickoff, Beta absent; then Gamma, who was there, withdraws
			driver.complete(driver.one(OWN, "Task_ConductKickoff", "kickoff"), FormDriver.vars("attendance",
					FormDriver.json(FormDriver.jsonArray(List.of(alfa, gamma)))));
			runtime.createMessageCorrelation("OrganisationWithdrew")
				.processInstanceVariableEquals("organisationCode", gamma)
				.correlate();
			driver.runAsyncJobs();
			// Alfa evaluates its intake and the kickoff
			TaskAnswers.evaluate(engine, driver, alfa, "Intakegesprek",
					FormDriver.vars("evaluationScore", "4", "evaluationWentWell", "Goed gesprek"));
			TaskAnswers.evaluate(engine, driver, alfa, "Kick-off", FormDriver.vars("evaluationScore", "5",
					"evaluationWentWell", KICKOFF_WENT_WELL, "evaluationToImprove", KICKOFF_TO_IMPROVE));
		}

		private static void register(FormDriver driver, String name, String domain, boolean last) {
			driver.complete(driver.one(OWN, "Task_RegisterOrganisation", "registration"),
					FormDriver.vars("organisationName", name, "sector", "bouw", "caseDescription", "Team",
							"contacts", FormDriver.json("[{\"contactName\":\"Els " + domain + "\",\"contactEmail\":\"els@export-"
									+ domain + ".example.org\"},{\"contactName\":\"Jan " + domain
									+ "\",\"contactEmail\":\"jan@export-" + domain + ".example.org\"}]"),
							"recruitmentClosed", last));
		}

		private static void intake(FormDriver driver, String trajectory) {
			driver.complete(driver.one(trajectory, "Task_ScheduleIntake"),
					FormDriver.vars("sessionStart", at(7, 10), "sessionLocation", "Op locatie"));
			driver.complete(driver.one(trajectory, "Task_ConductIntake"), FormDriver.vars("intakeWorkOrganisation",
					"Functioneel", "intakeMaturity", "advanced", "intakeNeeds", "Regelruimte"));
			driver.complete(driver.one(trajectory, "Task_PrepareCasePresentation"),
					FormDriver.vars("projectSummary", "Project", "caseTeam", "Klantendienst"));
		}

		private static void adviser(IdentityService identity, String id, String letter) {
			if (identity.createUserQuery().userId(id).count() > 0) {
				return;
			}
			User user = identity.newUser(id);
			user.setFirstName("Export");
			user.setLastName("Adviseur " + letter);
			user.setEmail(id + "@leernet.local");
			user.setPassword(id);
			identity.saveUser(user);
			identity.createMembership(id, "advisers");
		}

		/** A day and hour ahead in Brussels, as a form's datetime field sends it. */
		private static String at(int days, int hour) {
			return OffsetDateTime.now(BRUSSELS)
				.plusDays(days)
				.withHour(hour)
				.truncatedTo(ChronoUnit.HOURS)
				.toString();
		}

	}

	/** Completing one organisation's open evaluation of a session, found by the session's title. */
	final class TaskAnswers {

		private TaskAnswers() {
		}

		static void evaluate(ProcessEngine engine, FormDriver driver, String organisationCode, String sessionTitle,
				Map<String, Object> answers) {
			Task task = engine.getTaskService()
				.createTaskQuery()
				.processInstanceBusinessKey(OWN)
				.taskDefinitionKey("Task_EvaluateSession")
				.processVariableValueEquals("organisationCode", organisationCode)
				.processVariableValueEquals("sessionTitle", sessionTitle)
				.singleResult();
			assertThat(task).as("the evaluation of " + sessionTitle + " by " + organisationCode).isNotNull();
			driver.complete(task, answers);
		}

	}

}
