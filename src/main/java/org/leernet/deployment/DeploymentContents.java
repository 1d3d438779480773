package org.leernet.deployment;


import java.io.ByteArrayInputStream;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.Process;

/**
 * The processes and forms that a deployment brings, as binding {@code deployment} finds them:
 * a process by its id in any BPMN file of the deployment, a form by the id in its JSON.
 */
final class DeploymentContents {

	private final Collection<ResourceEntity> resources;

	private Set<String> processKeys;

	private Set<String> formKeys;

	DeploymentContents(Collection<ResourceEntity> resources) {
		this.resources = resources;
	}

	boolean hasProcess(String key) {
		if (processKeys == null) {
			processKeys = resources.stream()
				.filter(resource -> resource.getName().endsWith(".bpmn") || resource.getName().endsWith(".bpmn20.xml"))
				.flatMap(DeploymentContents::executableProcessKeys)
				.collect(Collectors.toSet());
		}
		return processKeys.contains(key);
	}

	boolean hasForm(String key) {
		if (formKeys == null) {
			formKeys = resources.stream()
				.filter(resource -> resource.getName().endsWith(".form"))
				.flatMap(resource -> FormIds.of(resource.getBytes()).stream())
				.collect(Collectors.toSet());
		}
		return formKeys.contains(key);
	}

	private static Stream<String> executableProcessKeys(ResourceEntity bpmn) {
		try {
			return Bpmn.readModelFromStream(new ByteArrayInputStream(bpmn.getBytes()))
				.getModelElementsByType(Process.class)
				.stream()
				.filter(Process::isExecutable)
				.map(Process::getId);
		}
		catch (RuntimeException notReadable) {
			return Stream.empty(); // Camunda's parse of that file reports it
		}
	}

}
