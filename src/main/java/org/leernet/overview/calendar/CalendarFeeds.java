package org.leernet.overview.calendar;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.Name;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RefreshInterval;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.leernet.identity.Groups;
import org.leernet.network.Network;
import org.leernet.notification.CalendarInvite;
import org.leernet.overview.Viewer;
import org.leernet.overview.Visibility;
import org.leernet.recruitment.Organisation;
import org.leernet.session.Session;
import org.leernet.session.SessionService;
import org.springframework.stereotype.Service;

/**
 * The subscribable calendars: one per network and, for an adviser, one of their own sessions.
 * Built from the session table at every request, with the events of the invitations
 * ({@link CalendarInvite#sessionEvent}: same UID and SEQUENCE), so a moved session moves in the
 * calendar at its next refresh, and a calendar that also got the invitation shows it once. Who
 * may see what is {@link Visibility}'s answer for the token's user as they are now.
 */
@Service
public class CalendarFeeds {

	/** How often a subscribed calendar should fetch the feed again (RFC 7986; Outlook reads X-PUBLISHED-TTL). */
	static final Duration REFRESH = Duration.ofHours(1);

	/** One feed a user may subscribe to: its name and its path after {@code /leernet/agenda/{token}/}. */
	public record Feed(String name, String path) {
	}

	private final Visibility visibility;

	private final SessionService sessions;

	private final IdentityService identity;

	CalendarFeeds(Visibility visibility, SessionService sessions, IdentityService identity) {
		this.visibility = visibility;
		this.sessions = sessions;
		this.identity = identity;
	}

	/** The feeds this viewer may subscribe to: each visible network, and for an adviser their own sessions. */
	public List<Feed> feeds(Viewer viewer) {
		List<Feed> feeds = new ArrayList<>();
		if (viewer.isAdviser()) {
			feeds.add(new Feed("Mijn sessies", "adviseur.ics"));
		}
		for (Network network : visibility.networks(viewer)) {
			feeds.add(new Feed(network.name() + " (" + network.code() + ")", "netwerk/" + network.code() + ".ics"));
		}
		return feeds;
	}

	/** The network's calendar as this user may see it now; empty if the network is unknown or not theirs. */
	public Optional<String> network(String userId, String code) {
		Optional<Viewer> viewer = viewer(userId);
		Optional<Network> network = viewer.flatMap(v -> visibility.network(v, code));
		if (network.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(write("Leernet – " + network.get().name(), events(viewer.get(), List.of(network.get()))));
	}

	/**
	 * An adviser's own sessions: the intakes and individual sessions of the organisations they
	 * follow, and the sessions of the whole network (kick-off, collective, closing) of the
	 * networks those are in. Empty for anyone who is not an adviser now.
	 */
	public Optional<String> adviser(String userId) {
		Optional<Viewer> viewer = viewer(userId).filter(Viewer::isAdviser);
		if (viewer.isEmpty()) {
			return Optional.empty();
		}
		// as an adviser only, also when they are a coordinator too: their own organisations
		Viewer adviser = new Viewer(userId, Set.of(Groups.ADVISERS));
		return Optional.of(write("Leernet – mijn sessies", events(adviser, visibility.networks(adviser))));
	}

	/** The user of a token as the engine knows them now; empty if the account is gone. */
	Optional<Viewer> viewer(String userId) {
		if (identity.createUserQuery().userId(userId).count() == 0) {
			return Optional.empty();
		}
		Set<String> groups = new HashSet<>();
		for (Group group : identity.createGroupQuery().groupMember(userId).list()) {
			groups.add(group.getId());
		}
		return Optional.of(new Viewer(userId, groups));
	}

	/**
	 * The planned and held sessions of these networks that the viewer may see: the sessions of the
	 * whole network, and those of one organisation only if they see that organisation. Cancelled
	 * sessions are left out rather than sent with STATUS:CANCELLED: in a subscribed calendar
	 * (no iTIP METHOD) Google Calendar and Outlook show a cancelled event as if it still took
	 * place, while every client drops an event that is no longer in the feed. Whoever had the
	 * invitation also got its cancellation (METHOD:CANCEL), which carries the status.
	 */
	private List<VEvent> events(Viewer viewer, List<Network> networks) {
		List<VEvent> shown = new ArrayList<>();
		for (Network network : networks) {
			Set<Long> organisations = new HashSet<>();
			visibility.organisations(viewer, network).stream().map(Organisation::id).forEach(organisations::add);
			for (Session session : sessions.inCalendar(network.id())) {
				if (session.organisationId() == null || organisations.contains(session.organisationId())) {
					shown.add(CalendarInvite.sessionEvent(session, network.name()));
				}
			}
		}
		return shown;
	}

	private static String write(String name, List<VEvent> events) {
		Calendar calendar = new Calendar();
		calendar.add(new ProdId(CalendarInvite.PRODUCT_ID));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		calendar.add(new Name(name));
		calendar.add(new XProperty("X-WR-CALNAME", name));
		calendar.add(new RefreshInterval(new ParameterList(List.of(Value.DURATION)), REFRESH));
		calendar.add(new XProperty("X-PUBLISHED-TTL", REFRESH.toString()));
		events.forEach(calendar::add);
		return CalendarInvite.write(calendar);
	}

}
