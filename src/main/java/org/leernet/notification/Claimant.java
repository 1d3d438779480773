package org.leernet.notification;

import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutorContext;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;

/**
 * The job run that claims a mail: the job and the job executor that holds its lock. When the
 * same job runs again under another lock owner, Camunda gave up on the first owner (its lock
 * expired: the node died), so that owner's claims are free to take over.
 */
record Claimant(String jobId, String lockOwner) {

	static final Claimant NONE = new Claimant(null, null);

	static Claimant current() {
		JobExecutorContext context = Context.getJobExecutorContext();
		JobEntity job = context == null ? null : context.getCurrentJob();
		return job == null ? NONE : new Claimant(job.getId(), job.getLockOwner());
	}

	/**
	 * The id of the job the current command runs, also when an operator runs it by hand (Cockpit,
	 * REST API) rather than the job executor; null outside a job. A retry runs the same job.
	 */
	static String currentJobId() {
		CommandContext command = Context.getCommandContext();
		JobEntity job = command == null ? null : command.getCurrentJob();
		return job == null ? null : job.getId();
	}

}
