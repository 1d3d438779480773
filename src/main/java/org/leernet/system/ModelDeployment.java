package org.leernet.system;

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
import org.leernet.system.ModelFiles.BpmnFile;
import org.leernet.system.ModelFiles.FormFile;
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
 * from Camunda Modeler: a file is deployed only when it differs from the latest deployed version
 * of its process or form, whichever deployment that came from, so a change deployed from
 * Modeler and then committed unchanged is not deployed a second time.
 * <ul>
 * <li>A BPMN file is deployed when one of its processes has no deployed version or a different
 * one, or when a form it binds with {@code camunda:formRefBinding="deployment"} differs from
 * that form in the deployment of its latest version. It is deployed together with every form it
 * binds that way, because the new version looks for them in its own deployment.</li>
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
class ModelDeployment implements ApplicationRunner {

	static final int ORDER = 0;

	static final String DEPLOYMENT_NAME = "leernet";

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
				changed.put(bpmn.name(), bpmn.content());
				for (String key : bpmn.formsOfItsDeployment()) {
					files.form(key).ifPresent(form -> changed.put(form.name(), form.content()));
				}
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

	private boolean differs(BpmnFile bpmn, ModelFiles files) {
		for (String key : bpmn.processKeys()) {
			ProcessDefinition latest = repositoryService.createProcessDefinitionQuery()
				.processDefinitionKey(key)
				.withoutTenantId()
				.latestVersion()
				.singleResult();
			if (latest == null || !Arrays.equals(resource(latest.getDeploymentId(), latest.getResourceName()), bpmn.content())) {
				return true;
			}
			for (String formKey : bpmn.formsOfItsDeployment()) {
				Optional<FormFile> form = files.form(formKey);
				byte[] deployed = deployedForm(forms -> forms.findDefinitionByDeploymentAndKey(latest.getDeploymentId(), formKey));
				if (form.isPresent() && !Arrays.equals(deployed, form.get().content())) {
					return true;
				}
			}
		}
		return false;
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
