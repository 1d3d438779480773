package org.leernet.network;

import org.springframework.stereotype.Component;

/**
 * Answers BPMN conditions about a network's phase, e.g.
 * {@code ${networkPhase.isInEndPhase(networkCode)}} in the organisation trajectory.
 */
@Component("networkPhase")
public class NetworkPhase {

	private final NetworkService networks;

	NetworkPhase(NetworkService networks) {
		this.networks = networks;
	}

	public boolean isInEndPhase(String networkCode) {
		return networks.get(networkCode).status() == NetworkStatus.END_PHASE;
	}

}
