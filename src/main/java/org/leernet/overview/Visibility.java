package org.leernet.overview;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.leernet.network.Network;
import org.leernet.network.NetworkService;
import org.leernet.recruitment.Organisation;
import org.leernet.recruitment.RecruitmentService;
import org.springframework.stereotype.Service;

/**
 * Who sees which network and organisation, for every page, export and feed: coordinators see
 * everything; advisers the networks and organisations they follow; a participant only their own
 * organisation; anyone else (process owners) no participant data at all.
 */
@Service
public class Visibility {

	private final NetworkService networks;

	private final RecruitmentService recruitment;

	Visibility(NetworkService networks, RecruitmentService recruitment) {
		this.networks = networks;
		this.recruitment = recruitment;
	}

	/** The networks this viewer may see, newest first. */
	public List<Network> networks(Viewer viewer) {
		if (viewer.isCoordinator()) {
			return networks.all();
		}
		Set<Long> ids = new HashSet<>();
		own(viewer).forEach(organisation -> ids.add(organisation.networkId()));
		return networks.all().stream().filter(network -> ids.contains(network.id())).toList();
	}

	/** The network with this code, if it exists and this viewer may see it. */
	public Optional<Network> network(Viewer viewer, String code) {
		Optional<Network> network = networks.find(code);
		if (network.isEmpty() || viewer.isCoordinator()) {
			return network;
		}
		long id = network.get().id();
		return own(viewer).stream().anyMatch(organisation -> organisation.networkId() == id) ? network : Optional.empty();
	}

	/** The organisations of this network this viewer may see, in their order of registration. */
	public List<Organisation> organisations(Viewer viewer, Network network) {
		if (viewer.isCoordinator()) {
			return recruitment.ofNetwork(network.id());
		}
		return own(viewer).stream().filter(organisation -> organisation.networkId() == network.id()).toList();
	}

	/** True if this viewer may see the network's collective figures (all organisations'): coordinators and advisers. */
	public boolean seesWholeNetwork(Viewer viewer) {
		return viewer.isCoordinator() || viewer.isAdviser();
	}

	/**
	 * The organisations this viewer is limited to, in every network: an adviser's, a
	 * participant's own; empty for coordinators (who see all of them) and for anyone else.
	 */
	public List<Organisation> followed(Viewer viewer) {
		return viewer.isCoordinator() ? List.of() : own(viewer);
	}

	/** The organisations an adviser follows, or a participant's own; nothing for others. */
	private List<Organisation> own(Viewer viewer) {
		if (viewer.isAdviser()) {
			return recruitment.advisedBy(viewer.userId());
		}
		if (viewer.isParticipant()) {
			return recruitment.ofContactUser(viewer.userId());
		}
		return List.of();
	}

}
