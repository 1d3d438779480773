package org.leernet.deployment;

import java.util.Optional;
import java.util.function.Predicate;

import org.camunda.bpm.impl.juel.AstBracket;
import org.camunda.bpm.impl.juel.AstDot;
import org.camunda.bpm.impl.juel.AstFunction;
import org.camunda.bpm.impl.juel.AstIdentifier;
import org.camunda.bpm.impl.juel.AstMethod;
import org.camunda.bpm.impl.juel.AstNode;
import org.camunda.bpm.impl.juel.AstString;
import org.camunda.bpm.impl.juel.Builder;
import org.camunda.bpm.impl.juel.Node;
import org.camunda.bpm.impl.juel.TreeBuilderException;

/**
 * Whether an expression of a model stays within {@link ModelBeans}. Read with the engine's own
 * JUEL parser, so the check sees the expression exactly as the engine will run it.
 */
final class ModelExpressions {

	/** As Camunda's expression factory reads expressions: with method calls and varargs. */
	private static final Builder PARSER = new Builder(Builder.Feature.METHOD_INVOCATIONS, Builder.Feature.VARARGS);

	private final Predicate<String> isBean;

	/** {@code isBean}: whether a name resolves to a Spring bean, which an expression would reach. */
	ModelExpressions(Predicate<String> isBean) {
		this.isBean = isBean;
	}

	/** Whether the text holds an expression at all; plain text is what it says. */
	static boolean isExpression(String text) {
		return text != null && (text.contains("${") || text.contains("#{"));
	}

	/** Why the expression may not run on the server, in Dutch; empty when it may. */
	Optional<String> problem(String text) {
		Node root;
		try {
			root = PARSER.build(text.strip()).getRoot();
		}
		catch (TreeBuilderException notAnExpression) {
			return Optional.of("'" + text.strip() + "' is geen geldige expressie.");
		}
		return problem(root).map(what -> "de expressie " + text.strip() + " " + what
				+ " Een model mag alleen procesvariabelen, eenvoudige bewerkingen en Leernets eigen onderdelen gebruiken.");
	}

	/** The first problem in reading order: {@code ''.getClass()} before the {@code forName} called on it. */
	private Optional<String> problem(Node node) {
		for (int i = 0; i < node.getCardinality(); i++) {
			Optional<String> child = problem(node.getChild(i));
			if (child.isPresent()) {
				return child;
			}
		}
		return ownProblem(node);
	}

	private Optional<String> ownProblem(Node node) {
		if (node instanceof AstIdentifier identifier) {
			return identifierProblem(identifier.getName());
		}
		if (node instanceof AstFunction function && !ModelBeans.FUNCTIONS.contains(function.getName())) {
			return Optional.of("roept de functie " + function.getName() + "() aan; dat mag niet.");
		}
		AstNode member = node instanceof AstMethod method ? (AstNode) method.getChild(0) : (AstNode) node;
		if (member instanceof AstDot || member instanceof AstBracket) {
			return memberProblem(member);
		}
		return Optional.empty();
	}

	private Optional<String> identifierProblem(String name) {
		if (ModelBeans.FORBIDDEN_IDENTIFIERS.contains(name)) {
			return Optional.of("gebruikt " + name + "; dat mag niet.");
		}
		if (!ModelBeans.NAMES.contains(name) && !ModelBeans.ENGINE_OBJECTS.contains(name) && isBean.test(name)) {
			return Optional.of("gebruikt '" + name + "', een onderdeel van de server; dat mag niet.");
		}
		return Optional.empty();
	}

	/** {@code a.b}, {@code a['b']}, and these as method calls. */
	private static Optional<String> memberProblem(AstNode member) {
		String name = memberName(member);
		if (name == null) {
			return Optional.empty(); // a computed name like a[key]: only known at run time, where the resolver guards it
		}
		if (ModelBeans.FORBIDDEN_MEMBERS.contains(name)) {
			return Optional.of("gebruikt " + name + "; dat mag niet.");
		}
		Node prefix = member.getChild(0);
		if (prefix instanceof AstIdentifier object && ModelBeans.ENGINE_OBJECTS.contains(object.getName())
				&& !ModelBeans.isEngineObjectMember(name)) {
			return Optional.of("gebruikt " + object.getName() + "." + name + "; van " + object.getName()
					+ " mag een model alleen gegevens als processBusinessKey en variabelen lezen.");
		}
		return Optional.empty();
	}

	private static String memberName(AstNode member) {
		if (member instanceof AstDot) {
			return member.toString().substring(2); // JUEL prints a dot as ". name"
		}
		return member.getChild(1) instanceof AstString literal ? (String) literal.eval(null, null) : null;
	}

}
