package org.leernet.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The cluster in {@code deploy/}: both nodes alike and health-checked, every setting the
 * compose file reads documented in {@code .env.example}, sticky sessions at the proxy.
 */
class DeployFilesTests {

	static final Path DEPLOY = Path.of("deploy");

	@SuppressWarnings("unchecked")
	static Map<String, Map<String, Object>> services() throws IOException {
		Map<String, Object> compose = new Yaml().load(Files.readString(DEPLOY.resolve("docker-compose.yml")));
		return (Map<String, Map<String, Object>>) compose.get("services");
	}

	@Test
	void startsPostgresTwoNodesAProxyAndMailpit() throws IOException {
		assertThat(services()).containsOnlyKeys("postgres", "leernet-1", "leernet-2", "proxy", "mailpit");
	}

	@Test
	void bothNodesRunTheSameImageWithTheSameSettingsAndAReadinessCheck() throws IOException {
		Map<String, Object> first = services().get("leernet-1");
		Map<String, Object> second = services().get("leernet-2");
		assertThat(first).isEqualTo(second);
		assertThat(first.get("healthcheck").toString()).contains("/actuator/health/readiness");
		@SuppressWarnings("unchecked")
		Map<String, Object> environment = (Map<String, Object>) first.get("environment");
		assertThat(environment).containsEntry("SPRING_PROFILES_ACTIVE", "postgres")
			.containsKeys("DB_URL", "DB_PASSWORD", "LEERNET_ADMIN_USER", "LEERNET_ADMIN_PASSWORD", "SPRING_MAIL_HOST");
	}

	@Test
	void everySettingTheComposeFileReadsIsDocumentedInTheExample() throws IOException {
		Set<String> read = new TreeSet<>();
		// $${X} is left to the container's shell, not read by compose
		Matcher variable = Pattern.compile("(?<!\\$)\\$\\{([A-Z_][A-Z0-9_]*)").matcher(Files.readString(DEPLOY.resolve("docker-compose.yml")));
		while (variable.find()) {
			read.add(variable.group(1));
		}
		Set<String> documented = Files.readAllLines(DEPLOY.resolve(".env.example"))
			.stream()
			.filter(line -> line.matches("[A-Z_][A-Z0-9_]*=.*"))
			.map(line -> line.substring(0, line.indexOf('=')))
			.collect(Collectors.toSet());
		assertThat(read).isNotEmpty();
		assertThat(documented).containsAll(read);
	}

	@Test
	void secretsHaveNoDefaultAndAreRequired() throws IOException {
		String compose = Files.readString(DEPLOY.resolve("docker-compose.yml"));
		assertThat(compose).contains("${DB_PASSWORD:?").contains("${LEERNET_ADMIN_PASSWORD:?");
		assertThat(Files.readAllLines(DEPLOY.resolve(".env.example"))).contains("DB_PASSWORD=", "LEERNET_ADMIN_PASSWORD=");
	}

	@Test
	void theProxyKeepsABrowserOnOneNodeAndRoutesOnlyToReadyNodes() throws IOException {
		String proxy = Files.readString(DEPLOY.resolve("haproxy.cfg"));
		assertThat(proxy).contains("cookie SERVERID insert")
			.contains("server leernet-1 leernet-1:8080")
			.contains("server leernet-2 leernet-2:8080")
			.contains("/actuator/health/readiness");
	}

}
