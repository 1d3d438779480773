package org.leernet.system;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.camunda.bpm.engine.impl.form.handler.DefaultFormHandler;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.impl.BpmnModelConstants;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The BPMN files of {@code processes/} and the Camunda Forms of {@code forms/} under one
 * location (the classpath in the application), with the resource names they are deployed under
 * ({@code processes/learning-network.bpmn}) and what deciding about a deployment needs.
 */
record ModelFiles(List<BpmnFile> processes, List<FormFile> forms) {

	/** A BPMN file, its executable processes, and the forms it binds with formRefBinding="deployment". */
	record BpmnFile(String name, byte[] content, List<String> processKeys, List<String> formsOfItsDeployment) {
	}

	/** A Camunda Form and its id, the key that formRef names. */
	record FormFile(String name, byte[] content, String key) {
	}

	/** {@code classpath*:} or a folder URL ending in a slash, e.g. {@code file:/tmp/models/}. */
	static ModelFiles read(String location) {
		List<BpmnFile> processes = new ArrayList<>();
		for (Resource resource : find(location, "processes", "**/*.bpmn")) {
			byte[] content = bytes(resource);
			BpmnModelInstance model = Bpmn.readModelFromStream(new ByteArrayInputStream(content));
			List<String> keys = model.getModelElementsByType(Process.class)
				.stream()
				.filter(Process::isExecutable)
				.map(Process::getId)
				.toList();
			List<String> forms = Stream
				.concat(model.getModelElementsByType(UserTask.class).stream(),
						model.getModelElementsByType(StartEvent.class).stream())
				.filter(element -> DefaultFormHandler.FORM_REF_BINDING_DEPLOYMENT.equals(camunda(element, "formRefBinding")))
				.map(element -> camunda(element, "formRef"))
				.filter(key -> key != null && !key.contains("{"))
				.distinct()
				.toList();
			processes.add(new BpmnFile(resourceName("processes", resource), content, keys, forms));
		}
		List<FormFile> forms = new ArrayList<>();
		for (Resource resource : find(location, "forms", "**/*.form")) {
			byte[] content = bytes(resource);
			String name = resourceName("forms", resource);
			String key = FormIds.of(content).orElseThrow(() -> new IllegalStateException(name + " has no form id"));
			forms.add(new FormFile(name, content, key));
		}
		return new ModelFiles(processes, forms);
	}

	Optional<FormFile> form(String key) {
		return forms.stream().filter(form -> form.key().equals(key)).findFirst();
	}

	private static String camunda(ModelElementInstance element, String attribute) {
		return element.getAttributeValueNs(BpmnModelConstants.CAMUNDA_NS, attribute);
	}

	private static Resource[] find(String location, String folder, String pattern) {
		try {
			Resource[] found = new PathMatchingResourcePatternResolver().getResources(location + folder + "/" + pattern);
			// the same order on every machine, so equal files make equal deployments
			Arrays.sort(found, Comparator.comparing(resource -> resourceName(folder, resource)));
			return found;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list " + folder + "/ in " + location, ex);
		}
	}

	private static byte[] bytes(Resource resource) {
		try (InputStream in = resource.getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read model file " + resource, ex);
		}
	}

	/** {@code processes/learning-network.bpmn}, wherever the location lives. */
	static String resourceName(String folder, Resource resource) {
		String url;
		try {
			url = resource.getURL().toString();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		int at = url.lastIndexOf("/" + folder + "/");
		return url.substring(at + 1);
	}

}
