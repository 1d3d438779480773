package org.leernet.network;

import static org.leernet.process.ProcessVariables.*;

import java.util.Objects;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.leernet.process.FormOptions;
import org.leernet.process.FormValues;
import org.leernet.process.ReminderSettings;
import org.springframework.stereotype.Component;

/**
 * The start form's network is registered ({@link NetworkService#register}). Runs in the
 * transaction that starts the network, so a bad value rolls the start back and the coordinator
 * sees the message on the form, with everything they typed still there. The network code
 * becomes the business key (Tasklist's Camunda Forms have no business key field).
 */
@Component
public class RegisterNetworkDelegate implements JavaDelegate {

	private final NetworkService networks;

	private final ReminderSettings reminders;

	RegisterNetworkDelegate(NetworkService networks, ReminderSettings reminders) {
		this.networks = networks;
		this.reminders = reminders;
	}

	@Override
	public void execute(DelegateExecution execution) {
		FormValues form = FormValues.of(execution);
		NetworkRegistration registration = new NetworkRegistration(
				Objects.requireNonNullElse(form.text(NETWORK_CODE), Objects.toString(execution.getProcessBusinessKey(), "")),
				form.text(NETWORK_NAME), ProgrammeSettings.read(form),
				execution.hasVariable(COLLECTIVE_THEMES) ? Objects.requireNonNullElse(form.text(COLLECTIVE_THEMES), "") : null,
				Objects.toString(execution.getVariable("initiator"), null));
		Network network = networks.register(registration);
		execution.setProcessBusinessKey(network.code());
		execution.setVariable(NETWORK_ID, network.id());
		execution.setVariable(NETWORK_CODE, network.code());
		execution.setVariables(registration.settings().variables());
		execution.setVariables(reminders.variables());
		execution.setVariable(REGISTERED_ORGANISATIONS, 0);
		execution.setVariable(RECRUITMENT_CLOSED, false);
		execution.setVariable(THEME_OPTIONS, FormOptions.json(
				registration.themeList().stream().map(theme -> FormOptions.option(theme, theme)).toList()));
	}

}
