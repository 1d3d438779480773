package org.leernet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The browser tests' English detector finds what Tasklist showed before it was Dutch, and nothing in Dutch. */
class EnglishTextTests {

	@Test
	void findsTasklistsEnglishLabelsDatesAndFormTexts() {
		String page = """
				My tasks
				Claim
				Due in a month Created a few seconds ago
				Select
				Add new
				Field must be a valid email.
				mm/dd/yyyy
				Sun
				""";
		assertThat(EnglishText.in("tasklist", page)).containsExactly("My tasks", "Claim",
				"Due in a month Created a few seconds ago", "Select", "Add new", "Field must be a valid email.",
				"mm/dd/yyyy", "Sun");
	}

	@Test
	void findsNothingOnADutchPage() {
		String page = """
				Mijn taken
				Claimen
				Vervalt over een maand Aangemaakt een paar seconden geleden
				Kies een waarde
				Toevoegen
				Vul een geldig e-mailadres in.
				dd/mm/jjjj
				zo
				Cockpit
				Lerend Netwerk Het Nieuwe Werken - Gevorderden
				""";
		assertThat(EnglishText.in("tasklist", page)).isEmpty();
	}

}
