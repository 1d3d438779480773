package org.leernet.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The choices the "Mail sturen" template offers in Modeler are exactly what the mail step can send. */
class SendMailTemplateTests {

	static JsonNode template() throws IOException {
		return new ObjectMapper().readTree(new File("processes/element-templates/send-mail.json")).get(0);
	}

	static List<String> choices(String inputParameter) throws IOException {
		List<String> values = new ArrayList<>();
		for (JsonNode property : template().path("properties")) {
			if (inputParameter.equals(property.path("binding").path("name").asText())) {
				property.path("choices").forEach(choice -> values.add(choice.path("value").asText()));
			}
		}
		return values;
	}

	@Test
	void offersTheKindsOfMailTheStepCanFill() throws IOException {
		assertThat(choices(SendMailDelegate.MAIL_KIND))
			.containsExactlyInAnyOrderElementsOf(MailStepInputs.KINDS.stream().map(Enum::name).toList());
	}

	@Test
	void offersTheRecipientsTheStepKnows() throws IOException {
		assertThat(choices(SendMailDelegate.MAIL_TO))
			.containsExactlyInAnyOrderElementsOf(Arrays.stream(MailTo.values()).map(Enum::name).toList());
	}

	@Test
	void callsTheMailStepAsynchronously() throws IOException {
		List<String> hidden = new ArrayList<>();
		template().path("properties")
			.forEach(property -> hidden.add(property.path("binding").path("name").asText() + "=" + property.path("value").asText()));
		assertThat(hidden).contains("camunda:delegateExpression=" + MailStepRetries.SEND_MAIL, "camunda:asyncBefore=true");
	}

}
