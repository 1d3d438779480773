package org.leernet.notification;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;

/** Reads a sent mail back: its plain text, and the names of its attachments. */
public final class MailParts {

	private MailParts() {
	}

	public static String text(Part part, List<String> attachmentNames) throws MessagingException, IOException {
		if (part.getFileName() != null) {
			attachmentNames.add(part.getFileName());
			return "";
		}
		if (part.isMimeType("text/plain")) {
			return part.getContent().toString();
		}
		if (part.getContent() instanceof Multipart multipart) {
			StringBuilder text = new StringBuilder();
			for (int i = 0; i < multipart.getCount(); i++) {
				BodyPart child = multipart.getBodyPart(i);
				text.append(text(child, attachmentNames));
			}
			return text.toString();
		}
		return "";
	}

	/** The content of the first attachment whose type starts with {@code mimeType}, or null. */
	public static String attachment(Part part, String mimeType) throws MessagingException, IOException {
		if (part.getFileName() != null && part.isMimeType(mimeType)) {
			return new String(part.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		}
		if (part.getContent() instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				String found = attachment(multipart.getBodyPart(i), mimeType);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	/** The HTML body of a mail (not an attachment), or null when it has none. */
	public static String html(Part part) throws MessagingException, IOException {
		if (part.getFileName() == null && part.isMimeType("text/html")) {
			return part.getContent().toString();
		}
		if (part.getContent() instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				String found = html(multipart.getBodyPart(i));
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

}
