package org.leernet.network;

import static org.leernet.process.ProcessVariables.NETWORK_CODE;
import static org.leernet.process.ProcessVariables.NEW_REGISTRATION_DEADLINE;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.leernet.identity.SystemActions;
import org.leernet.process.DutchDates;
import org.leernet.process.FormValues;
import org.leernet.process.InvalidInputException;
import org.springframework.stereotype.Service;

/**
 * The front door of the network feature: registering a network and moving it through its
 * life (open, extend its registrations, cancel, end phase, close), and what other features,
 * pages and adapters may read of it.
 */
@Service
public class NetworkService {

	static final String MESSAGE_END_PHASE_STARTED = "EndPhaseStarted";

	private final NetworkRepository networks;

	private final RuntimeService runtimeService;

	private final SystemActions system;

	NetworkService(NetworkRepository networks, RuntimeService runtimeService, SystemActions system) {
		this.networks = networks;
		this.runtimeService = runtimeService;
		this.system = system;
	}

	/** Checks the registration and stores the network, recruiting. */
	public Network register(NetworkRegistration registration) {
		registration.validate(today());
		if (networks.exists(registration.code())) {
			throw new InvalidInputException(NETWORK_CODE, "Er bestaat al een netwerk met code " + registration.code() + ".");
		}
		long id = networks.insert(registration.code(), registration.name(), registration.settings(),
				registration.createdBy());
		return networks.get(id);
	}

	public Network get(String code) {
		return networks.find(code).orElseThrow(() -> new InvalidInputException(NETWORK_CODE, "Onbekend netwerk: " + code));
	}

	public Network get(long id) {
		return networks.get(id);
	}

	/** Every network, newest first. */
	public List<Network> all() {
		return networks.all();
	}

	public Optional<Network> find(String code) {
		return networks.find(code);
	}

	public boolean exists(String code) {
		return networks.exists(code);
	}

	/** Enough organisations took part: the network runs. */
	public void open(long id) {
		networks.updateStatus(id, NetworkStatus.RUNNING);
	}

	/** Too few organisations: registrations stay open until the new deadline, which must lie after today. */
	public Network extendRegistration(String code, LocalDate deadline) {
		if (deadline == null) {
			throw new InvalidInputException(NEW_REGISTRATION_DEADLINE,
					"Kies een nieuwe uiterste inschrijvingsdatum om de inschrijvingen te verlengen.");
		}
		if (!deadline.isAfter(today())) {
			throw new InvalidInputException(NEW_REGISTRATION_DEADLINE,
					"De nieuwe uiterste inschrijvingsdatum (" + DutchDates.date(deadline) + ") moet na vandaag liggen.");
		}
		Network network = get(code);
		networks.updateRegistrationDeadline(network.id(), deadline);
		return networks.get(network.id());
	}

	public void cancel(long id, String reason) {
		networks.cancel(id, reason);
	}

	/**
	 * After the last collective session: the network enters its end phase, and every trajectory
	 * that waits for it starts its end measurement. Trajectories still in their individual
	 * sessions see the phase when they get there ({@link NetworkPhase}).
	 */
	public void startEndPhase(String code) {
		networks.updateStatus(get(code).id(), NetworkStatus.END_PHASE);
		// often a participant's evaluation moves the network here: the correlation runs as the application
		system.run(() -> runtimeService.createMessageCorrelation(MESSAGE_END_PHASE_STARTED)
			.processInstanceVariableEquals(NETWORK_CODE, code)
			.correlateAll());
	}

	/** The closing session is held: its evaluation and follow-up decision are kept, the network is closed. */
	public void close(String code, String evaluation, String followUp, String followUpNotes) {
		networks.close(get(code).id(), evaluation, followUp, followUpNotes);
	}

	/** Today in Brussels, on the engine's clock (which tests move). */
	static LocalDate today() {
		return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), FormValues.BRUSSELS);
	}

}
