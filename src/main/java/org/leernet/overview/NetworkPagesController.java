package org.leernet.overview;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.leernet.network.Network;
import org.leernet.recruitment.Organisation;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The networks page ({@code /leernet/netwerken}) and one network's page, for whoever is logged in
 * to the webapps: coordinators see everything, advisers the organisations they follow, a
 * participant only their own organisation's trajectory ({@code /leernet/mijn-traject}). Process
 * owners see no participant data (403); a network one may not see does not exist (404).
 */
@Controller
class NetworkPagesController {

	static final String TASKLIST = "/camunda/app/tasklist/default/";

	private final NetworkOverview overview;

	private final Visibility visibility;

	NetworkPagesController(NetworkOverview overview, Visibility visibility) {
		this.overview = overview;
		this.visibility = visibility;
	}

	@GetMapping("/leernet/netwerken")
	String networks(@RequestParam(name = "fase", required = false) String phase,
			@RequestParam(name = "zoek", required = false) String search, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		Optional<Viewer> viewer = WebappViewer.of(request);
		String refused = refusal(viewer, response);
		if (refused != null) {
			return refused;
		}
		if (!visibility.seesWholeNetwork(viewer.get())) {
			return "redirect:/leernet/mijn-traject";
		}
		Optional<NetworkOverview.Phase> chosen = NetworkOverview.Phase.named(phase);
		model.addAttribute("phases", NetworkOverview.Phase.values());
		model.addAttribute("phase", chosen.map(NetworkOverview.Phase::label).orElse(""));
		model.addAttribute("search", search == null ? "" : search.strip());
		model.addAttribute("networks", overview.networks(viewer.get(), chosen.orElse(null), search));
		model.addAttribute("viewer", viewer.get());
		return "leernet/netwerken";
	}

	/** A participant's one page: their organisation's trajectory. */
	@GetMapping("/leernet/mijn-traject")
	String ownTrajectory(HttpServletRequest request, HttpServletResponse response) {
		Optional<Viewer> viewer = WebappViewer.of(request);
		String refused = refusal(viewer, response);
		if (refused != null) {
			return refused;
		}
		if (visibility.seesWholeNetwork(viewer.get())) {
			return "redirect:/leernet/netwerken";
		}
		List<Network> networks = visibility.networks(viewer.get());
		if (networks.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_NOT_FOUND);
			return "leernet/overzicht-onbekend";
		}
		return "redirect:/leernet/netwerken/" + networks.get(0).code();
	}

	@GetMapping("/leernet/netwerken/{code}")
	String network(@PathVariable String code, HttpServletRequest request, HttpServletResponse response, Model model) {
		Optional<Viewer> viewer = WebappViewer.of(request);
		String refused = refusal(viewer, response);
		if (refused != null) {
			return refused;
		}
		Optional<NetworkOverview.NetworkPage> page = overview.network(viewer.get(), code);
		if (page.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_NOT_FOUND);
			return "leernet/overzicht-onbekend";
		}
		model.addAttribute("page", page.get());
		model.addAttribute("viewer", viewer.get());
		if (!page.get().wholeNetwork()) {
			Network network = visibility.network(viewer.get(), code).orElseThrow();
			model.addAttribute("organisation",
					visibility.organisations(viewer.get(), network).stream().findFirst().map(Organisation::name).orElse(""));
			return "leernet/traject";
		}
		return "leernet/netwerk";
	}

	/**
	 * Null for a coordinator, adviser or participant logged in to the webapps; otherwise the Dutch
	 * page that says why not (401: log in first, 403: no participant data for this role).
	 */
	private static String refusal(Optional<Viewer> viewer, HttpServletResponse response) {
		if (viewer.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
			return "leernet/overzicht-login";
		}
		Viewer who = viewer.get();
		if (!who.isCoordinator() && !who.isAdviser() && !who.isParticipant()) {
			response.setStatus(HttpServletResponse.SC_FORBIDDEN);
			return "leernet/overzicht-geen-toegang";
		}
		return null;
	}

}
