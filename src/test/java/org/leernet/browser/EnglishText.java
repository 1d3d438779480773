package org.leernet.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * English that a page in Dutch should not show: the webapp's own English labels (the webjar's
 * en.json, less the texts our nl.json uses as well, such as "Cockpit"), the fixed texts of
 * form-js and its date picker, and moment's English dates. A line of the page counts when it is
 * such a label, contains a longer English sentence or matches one of the patterns.
 */
final class EnglishText {

	private static final String APPS = "META-INF/resources/webjars/camunda/app/";

	private static final String UNITS = "(seconds|minutes|hours|days|months|years)";

	private static final String UNIT = "an? (minute|hour|day|month|year)";

	private static final List<Pattern> PATTERNS = List.of(
			// relative dates ("Created a few seconds ago", "Due in 7 days")
			Pattern.compile("\\b(a few seconds|" + UNIT + "|\\d+ " + UNITS + ") ago\\b"),
			Pattern.compile("\\bin (a few seconds|" + UNIT + "|\\d+ " + UNITS + ")\\b"),
			Pattern.compile("\\b(January|February|March|April|June|July|August|September|October)\\b"),
			Pattern.compile("\\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b"),
			Pattern.compile("^(Sun|Mon|Tue|Wed|Thu|Fri|Sat)$"),
			// form-js and its date picker
			Pattern.compile("^(Select|Search|Add new|No results|Collapse|Nothing to show\\.)$"),
			Pattern.compile("^Field (is|must) "),
			Pattern.compile("yyyy|hh:mm"),
			// Tasklist's own words, wherever on a line
			Pattern.compile("\\b(Claim|Unclaim|Complete|Filters|Add a simple filter|Start process|Create task)\\b"));

	private final Set<String> labels = new HashSet<>();

	private final List<String> sentences = new ArrayList<>();

	private EnglishText(String app) {
		Set<String> dutch = new HashSet<>();
		read(APPS + app + "/locales/nl.json").path("labels").forEach(label -> dutch.add(clean(label.asText())));
		read(APPS + app + "/locales/en.json").path("labels").forEach(label -> {
			String english = clean(label.asText());
			if (english.length() >= 4 && !english.contains("{{") && !dutch.contains(english)) {
				labels.add(english);
				if (english.length() >= 20 && english.split(" ").length >= 3) {
					sentences.add(english);
				}
			}
		});
	}

	/** The English lines of a page of this webapp (tasklist, cockpit, admin or welcome). */
	static List<String> in(String app, String page) {
		EnglishText english = new EnglishText(app);
		List<String> found = new ArrayList<>();
		for (String line : page.split("\\R")) {
			String text = line.strip();
			if (!text.isEmpty() && english.isEnglish(text)) {
				found.add(text);
			}
		}
		return found;
	}

	private boolean isEnglish(String line) {
		return labels.contains(line) || sentences.stream().anyMatch(line::contains)
				|| PATTERNS.stream().anyMatch(pattern -> pattern.matcher(line).find());
	}

	private static String clean(String label) {
		return label.replaceAll("<[^>]+>", "").replaceAll("\\s+", " ").strip();
	}

	private static JsonNode read(String resource) {
		try (InputStream in = EnglishText.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("not on the classpath: " + resource);
			}
			// the webjar's files start with a byte order mark, which Jackson does not skip
			return new ObjectMapper().readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\uFEFF", ""));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
