package org.leernet.deployment;

import javax.script.ScriptEngine;
import javax.script.ScriptEngineFactory;
import javax.script.ScriptEngineManager;

import org.camunda.bpm.engine.impl.scripting.engine.ScriptEngineResolver;

/**
 * No script language for the engine, not even Camunda's built-in JUEL scripts, whose own resolver
 * reaches every Spring bean. Leernet's models use none; a script in an older deployment fails its
 * step with Camunda's "Can't find scripting engine" instead of running.
 */
final class NoScriptEngines implements ScriptEngineResolver {

	@Override
	public void addScriptEngineFactory(ScriptEngineFactory factory) {
		// refused: a factory added later would bring a language back
	}

	@Override
	public ScriptEngineManager getScriptEngineManager() {
		return new ScriptEngineManager(null);
	}

	@Override
	public ScriptEngine getScriptEngine(String language, boolean resolveFromCache) {
		return null;
	}

}
