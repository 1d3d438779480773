package org.leernet.deployment;

import java.util.Set;

/**
 * What an expression in a model may name besides its process variables: Leernet's own helper
 * beans and delegates (those the processes in {@code processes/} use), the engine's objects of the
 * running step and the functions of Tasklist filters. Everything else on the server (Camunda's
 * services, Spring's beans, the JVM) stays out of reach of whoever deploys a model, at deployment
 * ({@link ModelExpressions}) and again at run time ({@link RestrictedExpressionManager}).
 */
final class ModelBeans {

	/** Kept equal to what {@code processes/} uses by {@code ModelBeansTests}. */
	static final Set<String> NAMES = Set.of(
			// helpers for due dates and phases
			"dueDates", "reminderDates", "networkPhase",
			// network
			"registerNetworkDelegate", "openNetworkDelegate", "extendRegistrationDelegate", "startEndPhaseDelegate",
			"closeNetworkDelegate", "cancelNetworkDelegate",
			// recruitment
			"registerOrganisationListener", "assignAdviserListener", "prepareCasePresentationListener",
			"recordWithdrawalDelegate", "completeTrajectoryDelegate",
			// sessions
			"planSessionListener", "recordIntakeListener", "recordSessionListener",
			// measurement
			"distributeSurveysListener", "confirmMeasurementListener", "writeBasicReportListener",
			"approveBasicReportListener", "deliverBasicReportListener",
			// evaluation
			"requestEvaluationsDelegate", "saveEvaluationListener", "recordUnansweredEvaluationDelegate",
			// identity
			"escalateToCoordinatorsDelegate",
			// notification
			"sendMailDelegate", "deliverMailDelegate", "sendRegistrationMailDelegate", "sendSessionInvitationDelegate",
			"sendSessionReminderDelegate", "sendSessionCancellationsDelegate", "sendSurveyReminderDelegate",
			"sendSurveyEscalationDelegate", "sendNetworkCancelledMailsDelegate", "sendOverdueTaskRemindersDelegate");

	/**
	 * The engine's objects for the running step (Camunda's VariableScopeElResolver). They lead to
	 * the engine itself, so a model may only read the members in {@link #ENGINE_OBJECT_MEMBERS}.
	 */
	static final Set<String> ENGINE_OBJECTS = Set.of("execution", "task", "caseExecution", "externalTask");

	/** Plain facts about the running step and its variables; {@code getX()} counts as {@code x}. */
	static final Set<String> ENGINE_OBJECT_MEMBERS = Set.of("id", "processBusinessKey", "businessKey",
			"processInstanceId", "processDefinitionId", "activityInstanceId", "currentActivityId", "currentActivityName",
			"eventName", "tenantId", "parentId", "executionId", "taskDefinitionKey", "name", "description", "assignee",
			"owner", "priority", "dueDate", "followUpDate", "createTime", "variable", "variableLocal", "variables",
			"variablesLocal", "variableNames", "hasVariable", "hasVariableLocal", "hasVariables");

	/** Camunda's own functions, as Tasklist filters use them. */
	static final Set<String> FUNCTIONS = Set.of("currentUser", "currentUserGroups", "now", "dateTime");

	/**
	 * Names that lead from any value to classes, class loaders, reflection, processes or the
	 * engine; refused on whatever they are called.
	 */
	static final Set<String> FORBIDDEN_MEMBERS = Set.of("class", "getClass", "forName", "classLoader", "getClassLoader",
			"contextClassLoader", "getContextClassLoader", "loadClass", "defineClass", "newInstance", "getMethod",
			"getMethods", "getDeclaredMethod", "getDeclaredMethods", "getField", "getFields", "getDeclaredField",
			"getDeclaredFields", "getConstructor", "getConstructors", "getDeclaredConstructor", "getDeclaredConstructors",
			"invoke", "invokeExact", "invokeWithArguments", "setAccessible", "trySetAccessible", "getRuntime", "runtime",
			"exec", "exit", "halt", "load", "loadLibrary", "getenv", "module", "getModule", "lookup", "unreflect",
			"processEngineServices", "getProcessEngineServices", "processEngine", "getProcessEngine",
			"processEngineConfiguration", "getProcessEngineConfiguration", "applicationContext", "getApplicationContext",
			"beanFactory", "getBean");

	/** Identifiers that only make sense as a way to Java classes. */
	static final Set<String> FORBIDDEN_IDENTIFIERS = Set.of("Class", "ClassLoader", "Runtime", "System", "Thread",
			"ProcessBuilder", "java", "javax", "jdk", "sun");

	private ModelBeans() {
	}

	/** {@code getProcessBusinessKey} and {@code processBusinessKey} are the same member of an engine object. */
	static boolean isEngineObjectMember(String member) {
		return ENGINE_OBJECT_MEMBERS.contains(member) || ENGINE_OBJECT_MEMBERS.contains(property(member));
	}

	private static String property(String member) {
		if (member.length() > 3 && member.startsWith("get") && Character.isUpperCase(member.charAt(3))) {
			return Character.toLowerCase(member.charAt(3)) + member.substring(4);
		}
		return member;
	}

}
