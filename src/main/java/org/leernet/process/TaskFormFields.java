package org.leernet.process;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.GetDeployedTaskFormCmd;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

/**
 * What a task's form submits: the variables its deployed Camunda Form declares as field keys (a
 * group or dynamic list with a {@code path} submits that one variable). Tasklist sends exactly
 * these; anything else a client sends with the task is not the form's to set.
 */
public final class TaskFormFields {

	private static final ObjectMapper JSON = new ObjectMapper();

	/** The fields per form that cannot change (binding {@code deployment}), so that a submission does not read its file again. */
	private static final Map<String, Set<String>> FIXED = new ConcurrentHashMap<>();

	private TaskFormFields() {
	}

	/**
	 * The form's fields of a task the current user may see; empty when the task does not exist
	 * or is not theirs to see, so that the caller answers as the engine would.
	 */
	public static Optional<Set<String>> ofVisibleTask(ProcessEngine engine, String taskId) {
		if (engine.getTaskService().createTaskQuery().taskId(taskId).count() == 0) {
			return Optional.empty();
		}
		ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
		return Optional.ofNullable(configuration.getCommandExecutorTxRequired()
			.execute(context -> context.runWithoutAuthorization(() -> fields(context, taskId))));
	}

	private static Set<String> fields(CommandContext context, String taskId) {
		TaskEntity task = context.getTaskManager().findTaskById(taskId);
		if (task == null) {
			return null;
		}
		String fixed = fixedForm(task);
		return fixed == null ? read(taskId) : FIXED.computeIfAbsent(fixed, key -> read(taskId));
	}

	private static Set<String> read(String taskId) {
		Set<String> fields = new LinkedHashSet<>();
		JsonNode form = deployedForm(taskId);
		if (form != null) {
			collectFields(form, fields);
		}
		return Set.copyOf(fields);
	}

	static void collectFields(JsonNode component, Set<String> fields) {
		String path = component.path("path").asText("");
		if (!path.isBlank()) {
			fields.add(firstSegment(path));
			return;
		}
		String key = component.path("key").asText("");
		if (!key.isBlank()) {
			fields.add(firstSegment(key));
		}
		for (JsonNode child : component.path("components")) {
			collectFields(child, fields);
		}
	}

	/** form-js nests a dotted key ({@code a.b}) in one variable {@code a}. */
	private static String firstSegment(String key) {
		int dot = key.indexOf('.');
		return dot < 0 ? key : key.substring(0, dot);
	}

	/**
	 * The task's form as a cache key when it cannot change: with binding {@code deployment} the
	 * process definition fixes it. Null otherwise (latest, version): then it is read every time.
	 */
	static String fixedForm(TaskEntity task) {
		if (task.getTaskDefinition() == null || task.getTaskDefinition().getFormDefinition() == null) {
			return null;
		}
		String binding = task.getTaskDefinition().getFormDefinition().getCamundaFormDefinitionBinding();
		return "deployment".equals(binding) ? task.getProcessDefinitionId() + "/" + task.getTaskDefinitionKey() : null;
	}

	/** The task's deployed Camunda Form, read inside a command; null for a task without one. */
	static JsonNode deployedForm(String taskId) {
		try (InputStream form = new GetDeployedTaskFormCmd(taskId).execute(Context.getCommandContext())) {
			return JSON.readTree(form);
		}
		catch (ProcessEngineException | IOException ex) {
			// no Camunda Form (or none deployed)
			return null;
		}
	}

}
