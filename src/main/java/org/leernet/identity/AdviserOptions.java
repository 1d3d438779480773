package org.leernet.identity;

import static org.leernet.process.ProcessVariables.ADVISER_OPTIONS;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.leernet.process.FormOptionSource;
import org.leernet.process.FormOptions;
import org.springframework.stereotype.Component;

/** Every member of the group {@code advisers}, by last name, for the form that assigns one. */
@Component
class AdviserOptions implements FormOptionSource {

	private final IdentityService identityService;

	private final SystemActions system;

	AdviserOptions(IdentityService identityService, SystemActions system) {
		this.identityService = identityService;
		this.system = system;
	}

	@Override
	public String valuesKey() {
		return ADVISER_OPTIONS;
	}

	@Override
	public JsonValue options(VariableScope task) {
		return FormOptions.json(system.run(() -> identityService.createUserQuery()
			.memberOfGroup(Groups.ADVISERS)
			.orderByUserLastName()
			.asc()
			.list())
			.stream()
			.map(user -> FormOptions.option(fullName(user.getFirstName(), user.getLastName(), user.getId()), user.getId()))
			.toList());
	}

	private static String fullName(String first, String last, String id) {
		String name = ((first == null ? "" : first) + " " + (last == null ? "" : last)).trim();
		return name.isEmpty() ? id : name;
	}

}
