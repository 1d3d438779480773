package org.leernet.web;

import java.util.Map;

import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.web.servlet.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.server.ResponseStatusException;

/**
 * What Leernet's error page ({@code templates/error.html}) tells a person, in Dutch, whatever
 * went wrong: a title and an explanation per status, and the reason only where Leernet itself
 * wrote it for people (a {@link ResponseStatusException} such as a spent password link). Never
 * an exception's text or a stack trace; a server error gets an error id that the log holds too.
 */
@Component
class DutchErrorAttributes extends DefaultErrorAttributes {

	@Override
	public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
		Map<String, Object> attributes = super.getErrorAttributes(request, options);
		int status = attributes.get("status") instanceof Integer code ? code : 500;
		attributes.put("titel", title(status));
		attributes.put("uitleg", explanation(status));
		Throwable error = getError(request);
		if (error instanceof ResponseStatusException ours && ours.getReason() != null) {
			attributes.put("reden", ours.getReason());
		}
		if (status >= 500) {
			attributes.put("foutcode", ServerErrors.log(error, String.valueOf(attributes.get("path"))));
		}
		// whatever Spring was configured to add, never the exception's text or its trace
		attributes.remove("exception");
		attributes.remove("trace");
		attributes.remove("message");
		attributes.remove("errors");
		return attributes;
	}

	static String title(int status) {
		return switch (status) {
			case 400 -> "Dit verzoek klopt niet";
			case 401 -> "Meld u eerst aan";
			case 403 -> "Geen toegang";
			case 404 -> "Pagina niet gevonden";
			case 405 -> "Dit kan hier niet";
			default -> status >= 500 ? "Er ging iets mis" : "Dit lukte niet";
		};
	}

	static String explanation(int status) {
		return switch (status) {
			case 401 -> "Deze pagina is alleen voor wie aangemeld is.";
			case 403 -> "U hebt geen rechten voor deze pagina. Denkt u dat dat niet klopt, vraag het dan aan de coördinatoren.";
			case 404 -> "Deze pagina of link bestaat niet (meer).";
			default -> status >= 500 ? "Er ging iets mis bij Leernet. Probeer het straks opnieuw; lukt het dan nog niet, "
					+ "verwittig de coördinatoren." : "Controleer wat u invulde en probeer opnieuw.";
		};
	}

}
