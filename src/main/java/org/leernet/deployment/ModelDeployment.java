package org.leernet.deployment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.form.entity.CamundaFormDefinitionManager;
import org.camunda.bpm.engine.impl.persistence.entity.CamundaFormDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.leernet.deployment.ModelFiles.BpmnFile;
import org.leernet.deployment.ModelFiles.FormFile;
import org.leernet.deployment.ModelFiles.ModelFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deploys the BPMN files of {@code processes/} and the Camunda Forms of {@code forms/} at
 * start-up. These files are the source of truth, also after a process owner deployed a change
 * from Camunda Modeler: they are compared with the latest deployed version of each process and
 * form, whichever deployment that came from, and only what differs is deployed, so a change
 * deployed from Modeler and then committed unchanged is not deployed a second time.
 * <ul>
 * <li>A BPMN file is deployed when one of its processes has no deployed version or a different
 * one, or when something it finds in its own deployment differs from that in the deployment of
 * its latest version: a form bound with {@code camunda:formRefBinding="deployment"}, a process
 * called with {@code camunda:calledElementBinding="deployment"}, and what that process binds
 * so. It is deployed together with all of these, because its new version looks for them in its
 * own deployment ({@link ModelFiles#deploymentOf}).</li>
 * <li>A form file is deployed when its form (by id) has no deployed version or a different
 * one.</li>
 * </ul>
 * Whatever differs goes into one deployment named {@code leernet}; nothing differs, nothing is
 * deployed. The comparison and the deployment run in one transaction under Camunda's
 * deployment lock, so nodes starting together deploy once. Resource names are stable
 * ({@code processes/x.bpmn}), unlike the absolute file paths of Camunda's own auto-deployment.
 */
@Component
@Order(ModelDeployment.ORDER)
public class ModelDeployment implements ApplicationRunner {

	static final int ORDER = 0;

	public static final String DEPLOYMENT_NAME = "leernet";

	private static final Logger log = LoggerFactory.getLogger(ModelDeployment.class);

	private final RepositoryService repositoryService;

	private final ProcessEngineConfigurationImpl engine;

	private final TransactionTemplate transaction;

	private final String location;

	@Autowired
	ModelDeployment(RepositoryService repositoryService, ProcessEngineConfigurationImpl engine,
			PlatformTransactionManager transactions) {
		this(repositoryService, engine, transactions, "classpath*:");
	}

	/** Reads the model files under {@code location} instead of the classpath (see {@link ModelFiles#read}). */
	ModelDeployment(RepositoryService repositoryService, ProcessEngineConfigurationImpl engine,
			PlatformTransactionManager transactions, String location) {
		this.repositoryService = repositoryService;
		this.engine = engine;
		this.transaction = new TransactionTemplate(transactions);
		this.location = location;
	}

	@Override
	public void run(ApplicationArguments args) {
		deploy();
	}

	/** The new deployment, or empty when every file equals its latest deployed version. */
	Optional<Deployment> deploy() {
		ModelFiles files = ModelFiles.read(location);
		return transaction.execute(status -> {
			lockDeployments();
			Map<String, byte[]> changed = changedFiles(files);
			if (changed.isEmpty()) {
				log.info("Processes and forms are up to date: {} BPMN and {} form files equal their latest deployed versions",
						files.processes().size(), files.forms().size());
				return Optional.empty();
			}
			DeploymentBuilder builder = repositoryService.createDeployment().name(DEPLOYMENT_NAME).source(DEPLOYMENT_NAME);
			changed.forEach((name, content) -> builder.addInputStream(name, new ByteArrayInputStream(content)));
			Deployment deployment = builder.deploy();
			log.info("Deployed {} as deployment '{}' ({})", changed.keySet(), DEPLOYMENT_NAME, deployment.getId());
			return Optional.of(deployment);
		});
	}

	/** Held until the transaction ends; Camunda's own deployment takes the same lock. */
	private void lockDeployments() {
		if (engine.isDeploymentLockUsed()) {
			engine.getCommandExecutorTxRequired().execute(context -> {
				context.getPropertyManager().acquireExclusiveLock();
				return null;
			});
		}
	}

	private Map<String, byte[]> changedFiles(ModelFiles files) {
		Map<String, byte[]> changed = new LinkedHashMap<>();
		for (BpmnFile bpmn : files.processes()) {
			if (differs(bpmn, files)) {
				files.deploymentOf(bpmn).forEach(file -> changed.put(file.name(), file.content()));
			}
		}
		for (FormFile form : files.forms()) {
			byte[] deployed = deployedForm(forms -> forms.findLatestDefinitionByKeyAndTenantId(form.key(), null));
			if (!Arrays.equals(deployed, form.content())) {
				changed.put(form.name(), form.content());
			}
		}
		return changed;
	}

	/** Whether the latest version of a process in the file, or what its deployment holds for it, differs from the files. */
	private boolean differs(BpmnFile bpmn, ModelFiles files) {
		for (String key : bpmn.processKeys()) {
			ProcessDefinition latest = repositoryService.createProcessDefinitionQuery()
				.processDefinitionKey(key)
				.withoutTenantId()
				.latestVersion()
				.singleResult();
			if (latest == null) {
				return true;
			}
			for (ModelFile file : files.deploymentOf(bpmn)) {
				if (!Arrays.equals(deployedIn(latest.getDeploymentId(), file), file.content())) {
					return true;
				}
			}
		}
		return false;
	}

	/** The content of this file's process or form in the deployment, or null. */
	private byte[] deployedIn(String deploymentId, ModelFile file) {
		if (file instanceof FormFile form) {
			return deployedForm(forms -> forms.findDefinitionByDeploymentAndKey(deploymentId, form.key()));
		}
		BpmnFile bpmn = (BpmnFile) file;
		if (bpmn.processKeys().isEmpty()) {
			return bpmn.content(); // nothing to run, nothing to compare
		}
		ProcessDefinition definition = repositoryService.createProcessDefinitionQuery()
			.deploymentId(deploymentId)
			.processDefinitionKey(bpmn.processKeys().get(0))
			.singleResult();
		return definition == null ? null : resource(deploymentId, definition.getResourceName());
	}

	private byte[] resource(String deploymentId, String name) {
		try (InputStream in = repositoryService.getResourceAsStream(deploymentId, name)) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + name + " of deployment " + deploymentId, ex);
		}
	}

	/** The content of a deployed form, or null; Camunda has no public query for form definitions. */
	private byte[] deployedForm(Function<CamundaFormDefinitionManager, CamundaFormDefinitionEntity> find) {
		return engine.getCommandExecutorTxRequired().execute(context -> {
			CamundaFormDefinitionEntity form = find.apply(context.getCamundaFormDefinitionManager());
			if (form == null) {
				return null;
			}
			ResourceEntity resource = context.getResourceManager()
				.findResourceByDeploymentIdAndResourceName(form.getDeploymentId(), form.getResourceName());
			return resource == null ? null : resource.getBytes();
		});
	}

}
