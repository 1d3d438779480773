package org.leernet.notification;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** Renders a mail from its Thymeleaf templates ({@code templates/mail/<template>.html/.txt}), in Dutch. */
@Component
class MailTemplates {

	private static final Locale DUTCH = Locale.forLanguageTag("nl-BE");

	private final MailLinks links;

	private final TemplateEngine templates = templateEngine();

	MailTemplates(MailLinks links) {
		this.links = links;
	}

	RenderedMail render(Mail mail) {
		Map<String, Object> model = new HashMap<>(mail.model());
		model.put("recipientName", mail.recipient().name());
		model.put("tasklistUrl", links.tasklistUrl());
		String unsubscribeUrl = mail.kind().isReminder() && mail.recipient().unsubscribeToken() != null
				? links.unsubscribeUrl(mail.recipient().unsubscribeToken()) : null;
		model.put("unsubscribeUrl", unsubscribeUrl);
		Context context = new Context(DUTCH, model);
		return new RenderedMail(mail.key(), mail.recipient().email(), mail.kind().subject(mail.about()),
				templates.process(mail.kind().template() + ".txt", context),
				templates.process(mail.kind().template() + ".html", context), mail.calendar(),
				mail.calendar() == null ? null : mail.calendarFileName(), unsubscribeUrl);
	}

	/** The engine that renders {@code templates/mail/*.html} and {@code *.txt}. */
	static TemplateEngine templateEngine() {
		TemplateEngine engine = new SpringTemplateEngine();
		engine.addTemplateResolver(resolver(TemplateMode.HTML, "*.html", 1));
		engine.addTemplateResolver(resolver(TemplateMode.TEXT, "*.txt", 2));
		return engine;
	}

	private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String pattern, int order) {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/mail/");
		resolver.setTemplateMode(mode);
		resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
		resolver.getResolvablePatternSpec().addPattern(pattern);
		resolver.setOrder(order);
		resolver.setCheckExistence(true);
		return resolver;
	}

}
