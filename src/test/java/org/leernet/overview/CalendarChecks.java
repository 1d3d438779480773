package org.leernet.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.Temporal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.leernet.network.Network;
import org.leernet.network.NetworkService;
import org.leernet.overview.calendar.FeedTokens;
import org.leernet.recruitment.Organisation;
import org.leernet.recruitment.RecruitmentService;
import org.leernet.session.Session;
import org.leernet.session.SessionKind;
import org.leernet.session.SessionService;
import org.leernet.session.SessionStatus;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The calendar: a user makes a subscription link on {@code /leernet/agenda}, a calendar app
 * fetches the feed with it (no login), and the feed carries the invitations' UIDs and follows a
 * moved session. Each role sees in a feed only what it sees on the pages.
 */
public interface CalendarChecks extends OverviewUser {

	/** A bean of the running application (read, or a reschedule as the product's service does it). */
	<T> T bean(Class<T> type);

	Pattern FORM_TOKEN = Pattern.compile("name=\"formToken\" value=\"([^\"]+)\"");

	Pattern FEED_URL = Pattern.compile("value=\"https?://[^/\"]+(/leernet/agenda/[A-Za-z0-9_-]{43}/[^\"]+\\.ics)\"");

	Pattern INVITATION = Pattern.compile("href=\"(/leernet/mails/\\d+/uitnodiging\\.ics)\"");

	/** POST of the page's form (its hidden form token unless {@code formToken} is given), from our own origin. */
	private ResponseEntity<String> postForm(String user, String path, String formToken, String origin) {
		HttpHeaders headers = new HttpHeaders();
		headers.add(HttpHeaders.COOKIE, session(user));
		headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
		headers.add(HttpHeaders.ORIGIN, origin != null ? origin : rest().getRootUri());
		return rest().exchange(path, HttpMethod.POST,
				new HttpEntity<>(formToken == null ? "" : "formToken=" + formToken, headers), String.class);
	}

	private String formToken(String user) {
		ResponseEntity<String> page = get(user, "/leernet/agenda");
		assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
		Matcher token = FORM_TOKEN.matcher(page.getBody());
		assertThat(token.find()).as("the page's form token").isTrue();
		return token.group(1);
	}

	/** Makes new links as this user, through the page; answers the feed paths by their last part. */
	private Map<String, String> subscribe(String user) {
		ResponseEntity<String> made = postForm(user, "/leernet/agenda/nieuw", formToken(user), null);
		assertThat(made.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(made.getHeaders().getCacheControl()).contains("no-store");
		assertThat(made.getHeaders().getFirst("Referrer-Policy")).isEqualTo("no-referrer");
		assertThat(made.getBody()).contains("Bewaar deze links nu", "webcal://");
		Map<String, String> feeds = new HashMap<>();
		Matcher url = FEED_URL.matcher(made.getBody());
		while (url.find()) {
			String path = url.group(1);
			feeds.put(path.substring(path.indexOf('/', "/leernet/agenda/".length()) + 1), path);
		}
		return feeds;
	}

	/** The feed as a calendar app fetches it: no login, no cookie. */
	private ResponseEntity<String> fetch(String path) {
		return get(null, path);
	}

	private static Calendar parse(ResponseEntity<String> feed) throws Exception {
		assertThat(feed.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(feed.getHeaders().getContentType()).hasToString("text/calendar;charset=UTF-8");
		assertThat(feed.getHeaders().getCacheControl()).contains("no-store");
		assertThat(feed.getHeaders().getFirst("Referrer-Policy")).isEqualTo("no-referrer");
		return new CalendarBuilder().build(new StringReader(feed.getBody()));
	}

	private static List<VEvent> events(Calendar calendar) {
		return calendar.getComponents("VEVENT");
	}

	private static String value(VEvent event, String property) {
		return event.getProperty(property).map(Property::getValue).orElseThrow();
	}

	private static Map<String, VEvent> byUid(Calendar calendar) {
		return events(calendar).stream().collect(Collectors.toMap(event -> value(event, Property.UID), event -> event));
	}

	private static Instant start(VEvent event) {
		return Instant.from(event.<Temporal>getStartDate().orElseThrow().getDate());
	}

	private Network demo() {
		return bean(NetworkService.class).get(DEMO_NETWORK);
	}

	private Organisation organisation(String code) {
		return bean(RecruitmentService.class).get(code);
	}

	/** The UIDs of the demo network's sessions that a calendar shows: planned and held ones. */
	private List<Session> calendarSessions() {
		return bean(SessionService.class).ofNetwork(demo().id())
			.stream()
			.filter(session -> session.status() != SessionStatus.CANCELLED)
			.toList();
	}

	private Session intakeOf(String organisationCode) {
		long id = organisation(organisationCode).id();
		return calendarSessions().stream()
			.filter(session -> session.kind() == SessionKind.INTAKE && Long.valueOf(id).equals(session.organisationId()))
			.findFirst()
			.orElseThrow();
	}

	private Session kickoff() {
		return calendarSessions().stream().filter(session -> session.kind() == SessionKind.KICKOFF).findFirst().orElseThrow();
	}

	/** UID → SEQUENCE of the calendar invitations caught (demo mode), the latest per UID. */
	private Map<String, Integer> invitations() throws Exception {
		ResponseEntity<String> mails = get("coordinator", "/leernet/mails");
		assertThat(mails.getStatusCode()).isEqualTo(HttpStatus.OK);
		Map<String, Integer> sequences = new HashMap<>();
		Matcher link = INVITATION.matcher(mails.getBody());
		while (link.find()) {
			Calendar invitation = parseInvitation(get("coordinator", link.group(1)));
			for (VEvent event : events(invitation)) {
				sequences.merge(value(event, Property.UID), Integer.valueOf(value(event, Property.SEQUENCE)), Math::max);
			}
		}
		return sequences;
	}

	private static Calendar parseInvitation(ResponseEntity<String> ics) throws Exception {
		assertThat(ics.getStatusCode()).isEqualTo(HttpStatus.OK);
		return new CalendarBuilder().build(new StringReader(ics.getBody()));
	}

	@Test
	default void theCoordinatorsNetworkFeedHasEverySessionWithTheInvitationsUidAndFollowsAReschedule() throws Exception {
		Map<String, String> feeds = subscribe("coordinator");
		String path = feeds.get("netwerk/" + DEMO_NETWORK + ".ics");
		assertThat(path).as("the demo network's feed on the page").isNotNull();
		assertThat(feeds).doesNotContainKey("adviseur.ics");

		Calendar calendar = parse(fetch(path));
		assertThat(calendar.getProperty(Property.METHOD)).as("a feed, not an iTIP message").isEmpty();
		Map<String, VEvent> events = byUid(calendar);
		assertThat(events).as("one event per planned or held session").hasSize(events(calendar).size());
		assertThat(events.keySet()).containsExactlyInAnyOrderElementsOf(
				calendarSessions().stream().map(Session::calendarUid).toList());

		// the invitations that were mailed carry the same UID and SEQUENCE: a calendar with both shows each once
		Map<String, Integer> invited = invitations();
		Session kickoff = kickoff();
		assertThat(invited).containsKey(kickoff.calendarUid());
		for (Session session : calendarSessions()) {
			if (invited.containsKey(session.calendarUid())) {
				assertThat(Integer.valueOf(value(events.get(session.calendarUid()), Property.SEQUENCE)))
					.as("SEQUENCE of " + session.title()).isEqualTo(invited.get(session.calendarUid()));
			}
		}
		VEvent before = events.get(kickoff.calendarUid());
		assertThat(start(before)).isEqualTo(kickoff.plannedStart().toInstant());
		assertThat(value(before, Property.SUMMARY)).isEqualTo("Kick-off – " + demo().name());

		// the kickoff moves a day; the feed shows it at the next fetch, with a higher SEQUENCE
		SessionService sessions = bean(SessionService.class);
		OffsetDateTime planned = kickoff.plannedStart();
		OffsetDateTime moved = planned.plusDays(1);
		sessions.reschedule(kickoff.id(), new SessionService.Moving(moved, moved.plusHours(4), null, false));
		try {
			VEvent after = byUid(parse(fetch(path))).get(kickoff.calendarUid());
			assertThat(start(after)).isEqualTo(moved.toInstant());
			assertThat(Integer.parseInt(value(after, Property.SEQUENCE)))
				.isGreaterThan(Integer.parseInt(value(before, Property.SEQUENCE)))
				.isEqualTo(sessions.get(kickoff.id()).sequence());
		}
		finally {
			// back to the demo's date, for the other checks that read the kickoff
			sessions.reschedule(kickoff.id(), new SessionService.Moving(planned, planned.plusHours(4), null, false));
		}

		// new links: the old one stops; revoked: the new one stops too, with a short 404
		Map<String, String> renewed = subscribe("coordinator");
		String newPath = renewed.get("netwerk/" + DEMO_NETWORK + ".ics");
		assertThat(newPath).isNotEqualTo(path);
		assertThat(fetch(path).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(fetch(newPath).getStatusCode()).isEqualTo(HttpStatus.OK);
		ResponseEntity<String> revoked = postForm("coordinator", "/leernet/agenda/intrekken", formToken("coordinator"), null);
		assertThat(revoked.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(revoked.getBody()).contains("werken niet meer").doesNotContain(newPath);
		ResponseEntity<String> gone = fetch(newPath);
		assertThat(gone.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(gone.getBody()).isEqualTo("Deze agenda bestaat niet of is niet meer beschikbaar.");
		assertThat(gone.getHeaders().getCacheControl()).contains("no-store");
	}

	@Test
	default void anAdvisersFeedHasOnlyTheirOwnOrganisationsSessions() throws Exception {
		Session aurora = intakeOf("zorggroep-aurora");
		Session berkenhof = intakeOf("bouwbedrijf-berkenhof");
		String kickoff = kickoff().calendarUid();

		// adviser2 follows Aurora and Berkenhof: their intakes, and the network's kickoff
		Map<String, String> second = subscribe("adviser2");
		assertThat(byUid(parse(fetch(second.get("adviseur.ics")))).keySet())
			.contains(kickoff, aurora.calendarUid(), berkenhof.calendarUid());

		// adviser1 follows Cederdal only: none of the other organisations' sessions
		Map<String, String> first = subscribe("adviser1");
		assertThat(first).containsKeys("adviseur.ics", "netwerk/" + DEMO_NETWORK + ".ics");
		List<Organisation> followed = bean(RecruitmentService.class).advisedBy("adviser1");
		Set<Long> own = Set.copyOf(followed.stream().map(Organisation::id).toList());
		// other checks may give adviser1 organisations in networks of their own: those sessions count too
		Map<String, Session> byUid = followed.stream()
			.map(Organisation::networkId)
			.distinct()
			.flatMap(network -> bean(SessionService.class).ofNetwork(network).stream())
			.collect(Collectors.toMap(Session::calendarUid, s -> s));
		for (String feed : List.of("adviseur.ics", "netwerk/" + DEMO_NETWORK + ".ics")) {
			Set<String> uids = byUid(parse(fetch(first.get(feed)))).keySet();
			assertThat(uids).as(feed).contains(kickoff).doesNotContain(aurora.calendarUid(), berkenhof.calendarUid());
			for (String uid : uids) {
				Session session = byUid.get(uid);
				assertThat(session.organisationId() == null || own.contains(session.organisationId())).as(uid).isTrue();
			}
		}
		// a network that does not exist (or is not theirs) is a plain 404
		String token = first.get("adviseur.ics").split("/")[3];
		assertThat(fetch("/leernet/agenda/" + token + "/netwerk/GEEN-NETWERK.ics").getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
	}

	@Test
	default void aParticipantSeesNoOtherOrganisationsIndividualSessions() throws Exception {
		Map<String, String> feeds = subscribe("participant-a");
		assertThat(feeds).containsOnlyKeys("netwerk/" + DEMO_NETWORK + ".ics");
		Set<String> uids = byUid(parse(fetch(feeds.get("netwerk/" + DEMO_NETWORK + ".ics")))).keySet();
		long aurora = organisation("zorggroep-aurora").id();
		assertThat(uids).contains(kickoff().calendarUid(), intakeOf("zorggroep-aurora").calendarUid())
			.doesNotContain(intakeOf("bouwbedrijf-berkenhof").calendarUid());
		for (Session session : calendarSessions()) {
			if (session.organisationId() != null && session.organisationId() != aurora) {
				assertThat(uids).doesNotContain(session.calendarUid());
			}
		}
		String token = feeds.get("netwerk/" + DEMO_NETWORK + ".ics").split("/")[3];
		assertThat(fetch("/leernet/agenda/" + token + "/adviseur.ics").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
	}

	@Test
	default void aProcessOwnerGetsNoCalendar() {
		HttpHeaders headers = new HttpHeaders();
		headers.add(HttpHeaders.COOKIE, session("process-owner"));
		ResponseEntity<String> page = rest().exchange("/leernet/agenda", HttpMethod.GET, new HttpEntity<>(headers),
				String.class);
		assertThat(page.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(page.getBody()).contains("Geen toegang");
		headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
		headers.add(HttpHeaders.ORIGIN, rest().getRootUri());
		ResponseEntity<String> post = rest().exchange("/leernet/agenda/nieuw", HttpMethod.POST,
				new HttpEntity<>("formToken=x", headers), String.class);
		assertThat(post.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

		// even with a token (made behind the page's back) the feeds show nothing
		String token = bean(FeedTokens.class).issue("process-owner");
		assertThat(fetch("/leernet/agenda/" + token + "/netwerk/" + DEMO_NETWORK + ".ics").getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(fetch("/leernet/agenda/" + token + "/adviseur.ics").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
	}

	@Test
	default void anonymousGetsTheLoginPageAndUnknownTokensNothing() {
		ResponseEntity<String> page = get(null, "/leernet/agenda");
		assertThat(page.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(page.getBody()).contains("Log eerst in", "/camunda/app/tasklist/default/");
		assertThat(page.getHeaders().getCacheControl()).contains("no-store");

		for (String token : List.of("A".repeat(43), "kort", "A".repeat(44))) {
			ResponseEntity<String> feed = fetch("/leernet/agenda/" + token + "/netwerk/" + DEMO_NETWORK + ".ics");
			assertThat(feed.getStatusCode()).as(token).isEqualTo(HttpStatus.NOT_FOUND);
			assertThat(feed.getBody()).doesNotContain(DEMO_NETWORK);
		}
	}

	@Test
	default void aPostFromAnotherSiteOrWithoutTheFormTokenChangesNothing() {
		String formToken = formToken("adviser2");
		ResponseEntity<String> foreign = postForm("adviser2", "/leernet/agenda/nieuw", formToken, "https://evil.example");
		assertThat(foreign.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(foreign.getBody()).contains("Geweigerd").doesNotContain("webcal://");
		ResponseEntity<String> tokenless = postForm("adviser2", "/leernet/agenda/intrekken", null, null);
		assertThat(tokenless.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		ResponseEntity<String> wrong = postForm("adviser2", "/leernet/agenda/nieuw", formToken + "x", null);
		assertThat(wrong.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
	}

}
