package org.leernet.network;

import java.util.Optional;

import org.springframework.stereotype.Service;

/** The front door of the network feature: what other features, pages and adapters may ask of a network. */
@Service
public class NetworkService {

	private final NetworkRepository networks;

	NetworkService(NetworkRepository networks) {
		this.networks = networks;
	}

	public Network get(String code) {
		return networks.get(code);
	}

	public Network get(long id) {
		return networks.get(id);
	}

	public Optional<Network> find(String code) {
		return networks.find(code);
	}

	public boolean exists(String code) {
		return networks.exists(code);
	}

	/** Enough organisations took part: the network runs. */
	public void open(long id) {
		networks.updateStatus(id, NetworkStatus.RUNNING);
	}

	public void cancel(long id, String reason) {
		networks.cancel(id, reason);
	}

}
