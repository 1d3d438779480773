package org.leernet.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.util.FileSystemUtils;

/**
 * The PostgreSQL the benchmark runs on: an external one from {@code DB_URL}, {@code DB_USER} and
 * {@code DB_PASSWORD}, or else an embedded PostgreSQL (Maven Central binaries) with its data
 * under {@code target/bench/pgdata} and production's durability: {@code fsync=on} and
 * {@code synchronous_commit=on} (the embedded defaults are off). {@code -Dbench.pg.<setting>=<value>} sets more.
 */
final class BenchDatabase implements AutoCloseable {

	static final String DATABASE = "leernet";

	/** Transactions that committed, all and those that wrote (each took a transaction id). */
	record Counters(long commits, long writeTransactions) {
	}

	private final EmbeddedPostgres embedded;

	private final String url;

	private final String user;

	private final String password;

	private final Path dataDirectory;

	private BenchDatabase(EmbeddedPostgres embedded, String url, String user, String password, Path dataDirectory) {
		this.embedded = embedded;
		this.url = url;
		this.user = user;
		this.password = password;
		this.dataDirectory = dataDirectory;
	}

	static BenchDatabase open(Path workDirectory) {
		String externalUrl = System.getenv("DB_URL");
		if (externalUrl != null && !externalUrl.isBlank()) {
			return external(externalUrl, System.getenv("DB_USER"), System.getenv("DB_PASSWORD"));
		}
		return embedded(workDirectory.resolve("pgdata"), workDirectory.resolve("postgres.log"));
	}

	static BenchDatabase external(String url, String user, String password) {
		return new BenchDatabase(null, url, user, password == null ? "" : password, null);
	}

	private static BenchDatabase embedded(Path data, Path log) {
		try {
			FileSystemUtils.deleteRecursively(data);
			Files.createDirectories(data.getParent());
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
				.setDataDirectory(data)
				// -Dbench.keep=true leaves the data for a look with psql afterwards
				.setCleanDataDirectory(!Boolean.getBoolean("bench.keep"))
				// production's durability; the embedded defaults (-F, synchronous_commit off) skip the disk
				.setServerConfig("fsync", "on")
				.setServerConfig("synchronous_commit", "on")
				.setServerConfig("max_connections", "300")
				.setOutputRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
				.setErrorRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()));
			if (Boolean.getBoolean("bench.profile")) {
				builder.setServerConfig("shared_preload_libraries", "pg_stat_statements");
			}
			System.getProperties().stringPropertyNames().stream().filter(name -> name.startsWith("bench.pg."))
				.forEach(name -> builder.setServerConfig(name.substring("bench.pg.".length()), System.getProperty(name)));
			EmbeddedPostgres postgres = builder.start();
			String base = "jdbc:postgresql://localhost:" + postgres.getPort() + "/";
			try (Connection connection = DriverManager.getConnection(base + "postgres", "postgres", "");
					Statement statement = connection.createStatement()) {
				statement.execute("create database " + DATABASE);
			}
			return new BenchDatabase(postgres, base + DATABASE, "postgres", "", data);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot start the embedded PostgreSQL", ex);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	String url() {
		return url;
	}

	String user() {
		return user;
	}

	String password() {
		return password;
	}

	CpuMeter cpuMeter() {
		return new CpuMeter(dataDirectory);
	}

	boolean isEmbedded() {
		return embedded != null;
	}

	Connection connect() throws SQLException {
		return DriverManager.getConnection(url, user, password);
	}

	/**
	 * An empty database next to the benchmark's, for a first start-up; its URL. Null when the
	 * user may not create databases (an external server): then only restarts are measured.
	 */
	String createEmptyDatabase(String name) {
		try (Connection connection = connect(); Statement statement = connection.createStatement()) {
			statement.execute("drop database if exists " + name);
			statement.execute("create database " + name);
			return url.replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1");
		}
		catch (SQLException ex) {
			return null;
		}
	}

	void dropDatabase(String name) {
		try (Connection connection = connect(); Statement statement = connection.createStatement()) {
			statement.execute("drop database if exists " + name + " with (force)");
		}
		catch (SQLException ex) {
			// left behind: harmless
		}
	}

	/**
	 * Reads the commit counters of the benchmark's database. On the embedded server the reading
	 * connection is to another database, so that it does not count itself.
	 */
	Counters counters() {
		String statsUrl = isEmbedded() ? url.replaceFirst("/" + DATABASE + "$", "/postgres") : url;
		try (Connection connection = DriverManager.getConnection(statsUrl, user, password);
				Statement statement = connection.createStatement();
				ResultSet row = statement.executeQuery("select (select xact_commit from pg_stat_database where datname = '"
						+ databaseName() + "'), pg_snapshot_xmax(pg_current_snapshot())::text::bigint")) {
			row.next();
			return new Counters(row.getLong(1), row.getLong(2));
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * With {@code -Dbench.profile=true} (which loads pg_stat_statements into the embedded server): forgets the statements
	 * so far, so that {@link #topStatements} shows one scenario's. False without the extension.
	 */
	boolean resetStatements() {
		try (Connection connection = connect(); Statement statement = connection.createStatement()) {
			statement.execute("create extension if not exists pg_stat_statements");
			statement.execute("select pg_stat_statements_reset()");
			return true;
		}
		catch (SQLException ex) {
			return false;
		}
	}

	/** The statements that took the most database time since {@link #resetStatements}, for profiling. */
	String topStatements(int limit) {
		StringBuilder top = new StringBuilder("total ms | calls | ms/call | rows/call | statement\n");
		try (Connection connection = connect(); Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select total_exec_time, calls, rows, regexp_replace(query, '\\s+', ' ', 'g') "
						+ "from pg_stat_statements where dbid = (select oid from pg_database where datname = current_database()) "
						+ "order by total_exec_time desc limit " + limit)) {
			while (rows.next()) {
				long calls = Math.max(1, rows.getLong(2));
				top.append(String.format(java.util.Locale.ROOT, "%.0f | %d | %.3f | %.1f | %s%n", rows.getDouble(1), calls,
						rows.getDouble(1) / calls, rows.getDouble(3) / calls, rows.getString(4)));
			}
		}
		catch (SQLException ex) {
			top.append("(no pg_stat_statements: ").append(ex.getMessage()).append(")\n");
		}
		return top.toString();
	}

	private String databaseName() {
		String path = url.substring(url.lastIndexOf('/') + 1);
		int query = path.indexOf('?');
		return query < 0 ? path : path.substring(0, query);
	}

	/**
	 * Tables as autovacuum leaves them a few minutes after a bulk load: statistics, so that the
	 * planner does not measure a freshly filled table it still believes empty, and vacuumed, so
	 * that autovacuum does not start on them in the middle of the measurement (on two cores it
	 * took a third of the first role's task-list time).
	 */
	void analyze() {
		try (Connection connection = connect(); Statement statement = connection.createStatement()) {
			connection.setAutoCommit(true);
			statement.execute("vacuum (analyze)");
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Server version and the settings that decide commit speed, for the results. */
	Map<String, String> describe() {
		Map<String, String> described = new LinkedHashMap<>();
		described.put("database", isEmbedded() ? "embedded PostgreSQL (io.zonky.test), data in " + dataDirectory + " on "
				+ filesystemOf(dataDirectory) : "external PostgreSQL at " + url);
		try (Connection connection = connect(); Statement statement = connection.createStatement()) {
			try (ResultSet version = statement.executeQuery("select version()")) {
				version.next();
				described.put("PostgreSQL", version.getString(1));
			}
			StringBuilder settings = new StringBuilder();
			for (String setting : List.of("fsync", "synchronous_commit", "wal_sync_method", "shared_buffers", "max_connections",
					"work_mem")) {
				try (ResultSet value = statement.executeQuery("show " + setting)) {
					value.next();
					settings.append(settings.isEmpty() ? "" : ", ").append(setting).append('=').append(value.getString(1));
				}
			}
			described.put("PostgreSQL settings", settings.toString());
		}
		catch (SQLException ex) {
			described.put("PostgreSQL", "unknown: " + ex.getMessage());
		}
		return described;
	}

	private static String filesystemOf(Path path) {
		try {
			Process df = new ProcessBuilder("df", "-hT", path.toString()).redirectErrorStream(true).start();
			List<String> lines = new String(df.getInputStream().readAllBytes()).lines().toList();
			df.waitFor();
			String[] columns = lines.get(lines.size() - 1).trim().split("\\s+");
			return columns[0] + " (" + columns[1] + ", " + columns[2] + ")";
		}
		catch (IOException | RuntimeException ex) {
			return "unknown filesystem";
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return "unknown filesystem";
		}
	}

	@Override
	public void close() {
		if (embedded != null) {
			try {
				embedded.close();
			}
			catch (IOException ex) {
				// the data directory is deleted at the next start anyway
			}
		}
	}

}
