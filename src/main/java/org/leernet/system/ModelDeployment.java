package org.leernet.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys the BPMN files of {@code processes/} and the Camunda Forms of {@code forms/} at
 * start-up, as one deployment so that {@code camunda:formRefBinding="deployment"} finds the
 * forms next to their process. Resource names are stable ({@code processes/x.bpmn}), unlike
 * the absolute file paths Camunda's own auto-deployment uses, so duplicate filtering
 * recognises unchanged files on every machine and a restart creates no new versions.
 */
@Component
@Order(ModelDeployment.ORDER)
class ModelDeployment implements ApplicationRunner {

	static final int ORDER = 0;

	static final String DEPLOYMENT_NAME = "leernet";

	/** Folder on the classpath and the files in it that the engine deploys. */
	static final Map<String, String> MODEL_FILES = Map.of("processes", "**/*.bpmn", "forms", "**/*.form");

	private static final Logger log = LoggerFactory.getLogger(ModelDeployment.class);

	private final RepositoryService repositoryService;

	private final PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();

	ModelDeployment(RepositoryService repositoryService) {
		this.repositoryService = repositoryService;
	}

	@Override
	public void run(ApplicationArguments args) {
		deploy();
	}

	Deployment deploy() {
		DeploymentBuilder builder = repositoryService.createDeployment()
			.name(DEPLOYMENT_NAME)
			.source(DEPLOYMENT_NAME)
			.enableDuplicateFiltering(false);
		List<String> names = new ArrayList<>();
		for (var folder : MODEL_FILES.entrySet()) {
			for (Resource resource : modelFiles(folder.getKey(), folder.getValue())) {
				String name = resourceName(folder.getKey(), resource);
				try (InputStream in = resource.getInputStream()) {
					builder.addInputStream(name, in);
				}
				catch (IOException ex) {
					throw new UncheckedIOException("Cannot read model file " + name, ex);
				}
				names.add(name);
			}
		}
		Deployment deployment = builder.deploy();
		log.info("Deployed {} model files as deployment '{}' ({})", names.size(), DEPLOYMENT_NAME, deployment.getId());
		return deployment;
	}

	private Resource[] modelFiles(String folder, String pattern) {
		try {
			return resolver.getResources("classpath*:" + folder + "/" + pattern);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list " + folder + "/ on the classpath", ex);
		}
	}

	/** {@code processes/learning-network.bpmn}, wherever the classpath entry lives. */
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
