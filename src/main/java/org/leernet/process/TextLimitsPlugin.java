package org.leernet.process;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.variable.serializer.StringValueSerializer;
import org.camunda.bpm.engine.impl.variable.serializer.TypedValueSerializer;
import org.camunda.bpm.engine.impl.variable.serializer.ValueFields;
import org.camunda.bpm.engine.variable.value.StringValue;
import org.springframework.stereotype.Component;

/**
 * Every text variable the engine stores passes {@link TextLimits} first, whichever door it came
 * through (a form submission, a task's or process instance's variable endpoint), also the fields
 * no listener reads: a too long text is a Dutch 400 naming the variable, never a database error.
 * The engine writes a text with the first serializer that takes it, so ours goes before its own.
 */
@Component
public class TextLimitsPlugin extends AbstractProcessEnginePlugin {

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		List<TypedValueSerializer> serializers = configuration.getCustomPreVariableSerializers() == null
				? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreVariableSerializers());
		serializers.add(0, new LimitedStrings());
		configuration.setCustomPreVariableSerializers(serializers);
	}

	static final class LimitedStrings extends StringValueSerializer {

		@Override
		public void writeValue(StringValue value, ValueFields fields) {
			TextLimits.checkVariable(fields.getName(), value.getValue());
			super.writeValue(value, fields);
		}

	}

}
