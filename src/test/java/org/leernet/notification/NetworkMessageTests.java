package org.leernet.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.leernet.network.Network;
import org.leernet.network.NetworkStatus;
import org.leernet.recruitment.Organisation;
import org.leernet.recruitment.OrganisationStatus;
import org.thymeleaf.context.Context;

/** A coordinator's message as its mail shows it: paragraphs and lines kept, every character escaped in the HTML. */
class NetworkMessageTests {

	@Test
	void theTextIsSplitIntoParagraphsOfLines() {
		assertThat(NotificationService.paragraphs("Een\ntwee  \n\n \n\nDrie")).isEqualTo(List.of(List.of("Een", "twee"),
				List.of("Drie")));
	}

	@Test
	void theHtmlEscapesTheTextAndTheTextPartKeepsItAsTyped() {
		Network network = new Network(1, "HNW-TEST", "Het Nieuwe Werken Gent", 4, 12, 3, 2, 12, LocalDate.of(2027, 1, 31),
				NetworkStatus.RUNNING);
		Organisation organisation = new Organisation(1, 1, "ORG-A", "Stad Gent", "Lokaal bestuur",
				OrganisationStatus.REGISTERED, null);
		String text = "Hallo <b>allen</b>,\n<script>alert(1)</script>\n\nTot dan & groet";
		Map<String, Object> model = MailContent.model(network, organisation);
		model.put("recipientName", "Els");
		model.put("messageSubject", "Nieuws <i>kort</i>");
		model.put("messageText", text);
		model.put("messageParagraphs", NotificationService.paragraphs(text));
		model.put("senderName", "Carla Coördinator");
		var engine = MailTemplates.templateEngine();
		String html = engine.process("network-message.html", new Context(java.util.Locale.forLanguageTag("nl-BE"), model));
		String txt = engine.process("network-message.txt", new Context(java.util.Locale.forLanguageTag("nl-BE"), model));
		assertThat(html).contains("Hallo &lt;b&gt;allen&lt;/b&gt;,", "<br>", "&lt;script&gt;alert(1)&lt;/script&gt;",
				"Tot dan &amp; groet", "<title>Nieuws &lt;i&gt;kort&lt;/i&gt;</title>", "Carla Coördinator")
			.doesNotContain("<script>", "<b>allen", "<i>kort");
		assertThat(txt).contains("Beste Els,", text, "Dit bericht stuurde Carla Coördinator");
	}

}
