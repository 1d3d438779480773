package org.leernet.deployment;


import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.impl.BpmnModelConstants;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
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

	/** The binding of forms and calls that looks in the caller's own deployment only. */
	private static final String DEPLOYMENT = "deployment";

	/** A file as it is deployed: {@code processes/x.bpmn} or {@code forms/x.form}. */
	sealed interface ModelFile permits BpmnFile, FormFile {

		String name();

		byte[] content();

	}

	/**
	 * A BPMN file, its executable processes, and what its processes find in their own deployment
	 * only: the forms bound with formRefBinding="deployment" and the processes called with
	 * calledElementBinding="deployment".
	 */
	record BpmnFile(String name, byte[] content, List<String> processKeys, List<String> formsOfItsDeployment,
			List<String> callsOfItsDeployment) implements ModelFile {
	}

	/** A Camunda Form and its id, the key that formRef names. */
	record FormFile(String name, byte[] content, String key) implements ModelFile {
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
				.filter(element -> DEPLOYMENT.equals(camunda(element, "formRefBinding")))
				.map(element -> camunda(element, "formRef"))
				.filter(key -> key != null && !key.contains("{"))
				.distinct()
				.toList();
			List<String> calls = model.getModelElementsByType(CallActivity.class)
				.stream()
				.filter(call -> DEPLOYMENT.equals(call.getCamundaCalledElementBinding()))
				.map(CallActivity::getCalledElement)
				.filter(key -> key != null && !key.contains("{"))
				.distinct()
				.toList();
			processes.add(new BpmnFile(resourceName("processes", resource), content, keys, forms, calls));
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

	Optional<BpmnFile> process(String key) {
		return processes.stream().filter(bpmn -> bpmn.processKeys().contains(key)).findFirst();
	}

	/**
	 * The files a deployment of this BPMN must hold: the file itself, the BPMN files of the
	 * processes it calls there (and that they call there), and the forms all of these bind there.
	 * A reference without a file of ours is left out; the deployment's validation reports it.
	 */
	List<ModelFile> deploymentOf(BpmnFile bpmn) {
		Set<BpmnFile> bpmnFiles = new LinkedHashSet<>();
		Deque<BpmnFile> toVisit = new ArrayDeque<>(List.of(bpmn));
		while (!toVisit.isEmpty()) {
			BpmnFile next = toVisit.pop();
			if (bpmnFiles.add(next)) {
				next.callsOfItsDeployment().forEach(key -> process(key).ifPresent(toVisit::add));
			}
		}
		Set<ModelFile> files = new LinkedHashSet<>(bpmnFiles);
		bpmnFiles.forEach(file -> file.formsOfItsDeployment().forEach(key -> form(key).ifPresent(files::add)));
		return List.copyOf(files);
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
