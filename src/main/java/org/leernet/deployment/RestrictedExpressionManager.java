package org.leernet.deployment;

import java.beans.FeatureDescriptor;
import java.util.Iterator;

import org.camunda.bpm.engine.impl.el.JuelExpressionManager;
import org.camunda.bpm.engine.impl.el.VariableContextElResolver;
import org.camunda.bpm.engine.impl.el.VariableScopeElResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ArrayELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.BeanELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.CompositeELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ELContext;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ListELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.MapELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.PropertyNotWritableException;
import org.springframework.beans.factory.BeanFactory;

/**
 * The engine's expression manager with what Camunda's SpringExpressionManager resolves, except
 * that an expression finds only the beans of {@link ModelBeans} instead of every Spring bean, and
 * {@link ExpressionGuard} refuses every way to classes, reflection and the engine. It holds for
 * whatever reaches the engine without Leernet's parse: a deployment from before that check, a
 * Tasklist filter, a DMN table.
 */
class RestrictedExpressionManager extends JuelExpressionManager {

	private final BeanFactory beans;

	RestrictedExpressionManager(BeanFactory beans) {
		this.beans = beans;
	}

	@Override
	protected ELResolver createElResolver() {
		CompositeELResolver resolver = new CompositeELResolver();
		resolver.add(new ExpressionGuard()); // first: it sees every step before anything resolves it
		resolver.add(new VariableScopeElResolver());
		resolver.add(new VariableContextElResolver());
		resolver.add(new LeernetBeans(beans));
		resolver.add(new ArrayELResolver());
		resolver.add(new ListELResolver());
		resolver.add(new MapELResolver());
		resolver.add(new BeanELResolver());
		return resolver;
	}

	/** Resolves a top-level name to a Spring bean only when it is on {@link ModelBeans#NAMES}; looked up when used. */
	static final class LeernetBeans extends ELResolver {

		private final BeanFactory beans;

		LeernetBeans(BeanFactory beans) {
			this.beans = beans;
		}

		@Override
		public Object getValue(ELContext context, Object base, Object property) {
			if (base == null && property instanceof String name && ModelBeans.NAMES.contains(name) && beans.containsBean(name)) {
				context.setPropertyResolved(true);
				return beans.getBean(name);
			}
			return null;
		}

		@Override
		public boolean isReadOnly(ELContext context, Object base, Object property) {
			if (base == null && property instanceof String name && ModelBeans.NAMES.contains(name)) {
				context.setPropertyResolved(true);
			}
			return true;
		}

		@Override
		public void setValue(ELContext context, Object base, Object property, Object value) {
			if (base == null && property instanceof String name && ModelBeans.NAMES.contains(name)) {
				throw new PropertyNotWritableException("Leernet's bean " + name + " cannot be replaced by an expression");
			}
		}

		@Override
		public Class<?> getType(ELContext context, Object base, Object property) {
			return null;
		}

		@Override
		public Iterator<FeatureDescriptor> getFeatureDescriptors(ELContext context, Object base) {
			return null;
		}

		@Override
		public Class<?> getCommonPropertyType(ELContext context, Object base) {
			return base == null ? Object.class : null;
		}

	}

}
