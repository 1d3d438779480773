package org.leernet.notification;

import java.util.HashMap;
import java.util.Map;

import org.leernet.network.Network;
import org.leernet.recruitment.Organisation;
import org.leernet.session.Session;
import org.leernet.session.SessionService;

/** The template model every mail shares: the network's and the organisation's name. */
final class MailContent {

	private MailContent() {
	}

	static Map<String, Object> model(Network network, Organisation organisation) {
		Map<String, Object> model = new HashMap<>();
		model.put("networkName", network.name());
		model.put("networkCode", network.code());
		model.put("organisationName", organisation == null ? null : organisation.name());
		return model;
	}

	static Map<String, Object> model(Network network, Organisation organisation, Session session) {
		Map<String, Object> model = model(network, organisation);
		model.put("sessionTitle", session.title());
		model.put("sessionWhen", SessionService.dutch(session.plannedStart()));
		model.put("sessionLocation", session.location());
		model.put("sessionThemes", session.themes());
		return model;
	}

}
