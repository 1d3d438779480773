package org.leernet.network;

import static org.leernet.process.ProcessVariables.COLLECTIVE_THEMES;
import static org.leernet.process.ProcessVariables.NETWORK_CODE;
import static org.leernet.process.ProcessVariables.NETWORK_NAME;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.leernet.process.InvalidInputException;

/**
 * What a coordinator asks for when a network starts. {@code themes} is null when the
 * submission does not carry the field (the reference programme's themes), blank when it
 * carries it empty (refused: a coordinator cleared it).
 */
public record NetworkRegistration(String code, String name, ProgrammeSettings settings, String themes,
		String createdBy) {

	static final Pattern CODE = Pattern.compile("[A-Z0-9]+(-[A-Z0-9]+)*");

	/** Every rule but the code's uniqueness, each broken one as a form error in Dutch. */
	public void validate(LocalDate today) {
		if (code == null || code.isBlank()) {
			throw new InvalidInputException(NETWORK_CODE, "De netwerkcode ontbreekt.");
		}
		if (!CODE.matcher(code).matches()) {
			throw new InvalidInputException(NETWORK_CODE, "De netwerkcode '" + code
					+ "' mag enkel hoofdletters, cijfers en koppeltekens bevatten, bijvoorbeeld HNW-2027-1.");
		}
		if (name == null || name.isBlank()) {
			throw new InvalidInputException(NETWORK_NAME, "De naam van het netwerk is verplicht.");
		}
		List<String> problems = settings.problems(today);
		if (!problems.isEmpty()) {
			throw new InvalidInputException("programmeSettings",
					"Ongeldige programma-instellingen: " + String.join(" ", problems));
		}
		if (themes != null && themes.isBlank()) {
			throw new InvalidInputException(COLLECTIVE_THEMES, "Geef minstens één thema voor de collectieve sessies.");
		}
	}

	/** One theme per line; the reference programme's themes when none are given. */
	public List<String> themeList() {
		if (themes == null) {
			return ProgrammeSettings.DEFAULT_THEMES;
		}
		List<String> list = Arrays.stream(themes.split("\\R")).map(String::trim).filter(line -> !line.isEmpty()).toList();
		return list.isEmpty() ? ProgrammeSettings.DEFAULT_THEMES : list;
	}

}
