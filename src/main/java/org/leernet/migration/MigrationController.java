package org.leernet.migration;

import org.leernet.identity.Groups;
import org.leernet.identity.StaffLogin;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Moves running networks to the newest version of the processes: {@code GET} is the dry run,
 * {@code POST} migrates. {@code ?network=CODE} limits both to one network's process instances.
 * For coordinators and process owners (HTTP Basic); a migration that cannot map every running
 * instance migrates nothing and answers 409 with the report.
 */
@RestController
@RequestMapping("/leernet/api/migration")
class MigrationController {

	private final VersionMigration migration;

	private final StaffLogin staffLogin;

	MigrationController(VersionMigration migration, StaffLogin staffLogin) {
		this.migration = migration;
		this.staffLogin = staffLogin;
	}

	@GetMapping
	ResponseEntity<?> dryRun(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
			@RequestParam(required = false) String network) {
		ResponseEntity<?> refusal = refusal(authorization);
		return refusal != null ? refusal : ResponseEntity.ok(migration.dryRun(network));
	}

	@PostMapping
	ResponseEntity<?> migrate(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
			@RequestParam(required = false) String network) {
		ResponseEntity<?> refusal = refusal(authorization);
		if (refusal != null) {
			return refusal;
		}
		VersionMigration.Report report = migration.migrate(network);
		return ResponseEntity.status(report.hasProblems() ? HttpStatus.CONFLICT : HttpStatus.OK).body(report);
	}

	private ResponseEntity<?> refusal(String authorization) {
		var user = staffLogin.user(authorization);
		if (user.isEmpty()) {
			return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
				.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Leernet\", charset=\"UTF-8\"")
				.body(new Refusal("Log in als coördinator of proceseigenaar."));
		}
		if (!staffLogin.isMember(user.get(), Groups.COORDINATORS, Groups.PROCESS_OWNERS, "camunda-admin")) {
			return ResponseEntity.status(HttpStatus.FORBIDDEN)
				.body(new Refusal("Alleen coördinatoren en proceseigenaars mogen netwerken migreren."));
		}
		return null;
	}

	record Refusal(String message) {
	}

}
