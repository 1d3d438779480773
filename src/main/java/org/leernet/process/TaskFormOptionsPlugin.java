package org.leernet.process;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.GetTaskFormVariablesCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Tasklist reads a task's data with {@code /task/{id}/form-variables}, which sees only the
 * task's own process instance. The options of a select or checklist ({@code valuesKey}) are
 * therefore added there, whenever anyone reads them (Tasklist, REST, Java API), by the
 * {@link FormOptionSource} of each {@code valuesKey} the task's deployed form declares. They are
 * never stored, so they cannot go stale or leak from one task into another.
 */
@Component
class TaskFormOptionsPlugin extends AbstractProcessEnginePlugin {

	// lazily: the sources use engine services, which need this plugin first
	private final ObjectProvider<FormOptionSource> sources;

	/** The valuesKeys per form, so that opening a task does not read its form's file again. */
	private final Map<String, Set<String>> formKeys = new ConcurrentHashMap<>();

	TaskFormOptionsPlugin(ObjectProvider<FormOptionSource> sources) {
		this.sources = sources;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		if (configuration.getCustomPostCommandInterceptorsTxRequired() == null) {
			configuration.setCustomPostCommandInterceptorsTxRequired(new ArrayList<>());
		}
		configuration.getCustomPostCommandInterceptorsTxRequired().add(new AddOptions());
	}

	private final class AddOptions extends CommandInterceptor {

		@Override
		public <T> T execute(Command<T> command) {
			T result = next.execute(command);
			if (command instanceof GetTaskFormVariablesCmd read && result instanceof VariableMap variables) {
				addOptions(read.resourceId, read.formVariableNames, variables);
			}
			return result;
		}

	}

	private void addOptions(String taskId, Collection<String> wanted, VariableMap variables) {
		CommandContext context = Context.getCommandContext();
		TaskEntity task = context.getTaskManager().findTaskById(taskId);
		if (task == null) {
			return;
		}
		String form = TaskFormFields.fixedForm(task);
		Set<String> keys = form == null ? context.runWithoutAuthorization(() -> valuesKeys(taskId))
				: formKeys.computeIfAbsent(form, key -> context.runWithoutAuthorization(() -> valuesKeys(taskId)));
		for (FormOptionSource source : sources) {
			if (keys.contains(source.valuesKey()) && (wanted == null || wanted.contains(source.valuesKey()))) {
				JsonValue options = source.options(task);
				if (options != null) {
					variables.putValueTyped(source.valuesKey(), options);
				}
			}
		}
	}

	/** The {@code valuesKey}s of the task's deployed Camunda Form; none for a task without one. */
	private static Set<String> valuesKeys(String taskId) {
		Set<String> keys = new LinkedHashSet<>();
		JsonNode form = TaskFormFields.deployedForm(taskId);
		if (form != null) {
			collectValuesKeys(form, keys);
		}
		return keys;
	}

	static void collectValuesKeys(JsonNode component, Set<String> keys) {
		if (component.hasNonNull("valuesKey")) {
			keys.add(component.get("valuesKey").asText());
		}
		for (JsonNode child : component.path("components")) {
			collectValuesKeys(child, keys);
		}
	}

}
