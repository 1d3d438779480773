package org.leernet.process;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.plugin.variable.value.JsonValue;

/**
 * The choices behind one {@code valuesKey} of our Camunda Forms, worked out when a task's form
 * variables are read ({@link TaskFormOptionsPlugin}), so a form always offers what is true now:
 * an adviser added in Admin a minute ago, not the advisers of the day the network opened.
 */
public interface FormOptionSource {

	/** The {@code valuesKey} this source fills, e.g. {@code adviserOptions}. */
	String valuesKey();

	/**
	 * The options for the task whose variables are read, as a Json list of {label, value}
	 * ({@link FormOptions#json}); null when this task has none.
	 */
	JsonValue options(VariableScope task);

}
