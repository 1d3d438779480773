package org.leernet.deployment;

import java.beans.FeatureDescriptor;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.AccessibleObject;
import java.lang.reflect.Member;
import java.util.Iterator;
import java.util.List;

import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;
import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.impl.juel.jakarta.el.ELContext;
import org.camunda.bpm.impl.juel.jakarta.el.ELException;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;
import org.springframework.beans.factory.BeanFactory;

/**
 * Resolves nothing itself; refuses, before any other resolver runs, a property or method that
 * leads to classes, class loaders, reflection, processes or the engine
 * ({@link ModelBeans#FORBIDDEN_MEMBERS}), anything at all of such an object, and of the
 * engine's objects for the running step ({@code execution}, {@code task}) anything but
 * {@link ModelBeans#ENGINE_OBJECT_MEMBERS}. The engine turns the refusal into an error of the
 * step, so a job fails and is retried without harm, and nothing of the JVM is reached.
 */
final class ExpressionGuard extends ELResolver {

	private static final List<Class<?>> FORBIDDEN_BASES = List.of(Class.class, ClassLoader.class, Module.class,
			Runtime.class, Thread.class, ProcessBuilder.class, Process.class, AccessibleObject.class, Member.class,
			MethodHandle.class, MethodHandles.Lookup.class, ScriptEngine.class, ScriptEngineManager.class,
			ProcessEngineServices.class, ProcessEngineConfiguration.class, CommandContext.class, BeanFactory.class,
			DataSource.class);

	@Override
	public Object getValue(ELContext context, Object base, Object property) {
		check(base, property);
		return null;
	}

	@Override
	public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
		check(base, method);
		return null;
	}

	@Override
	public void setValue(ELContext context, Object base, Object property, Object value) {
		check(base, property);
	}

	@Override
	public boolean isReadOnly(ELContext context, Object base, Object property) {
		check(base, property);
		return false;
	}

	@Override
	public Class<?> getType(ELContext context, Object base, Object property) {
		check(base, property);
		return null;
	}

	@Override
	public Iterator<FeatureDescriptor> getFeatureDescriptors(ELContext context, Object base) {
		return null;
	}

	@Override
	public Class<?> getCommonPropertyType(ELContext context, Object base) {
		return null;
	}

	private static void check(Object base, Object member) {
		if (base == null) {
			return; // a top-level name: only variables, the step's objects and Leernet's beans resolve
		}
		String name = String.valueOf(member);
		if (ModelBeans.FORBIDDEN_MEMBERS.contains(name) || isServerInternal(base)
				|| base instanceof VariableScope && !ModelBeans.isEngineObjectMember(name)) {
			throw new ELException("Not allowed in an expression of a Leernet model: " + name + " of "
					+ base.getClass().getSimpleName());
		}
	}

	private static boolean isServerInternal(Object base) {
		for (Class<?> type : FORBIDDEN_BASES) {
			if (type.isInstance(base)) {
				return true;
			}
		}
		// the engine's services (IdentityServiceImpl, ...), should one ever be returned by a value
		String type = base.getClass().getName();
		return type.startsWith("org.camunda.bpm.engine.") && type.endsWith("ServiceImpl");
	}

}
