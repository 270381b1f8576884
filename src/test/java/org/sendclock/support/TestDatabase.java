package org.sendclock.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Points the integration tests at the database the build asks for ({@code -Dsendclock.test.database=h2|postgresql}):
 * an in-memory H2, or a brand-new database on the local PostgreSQL, created for this JVM.
 */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    static final String POSTGRES_ADMIN_URL = System.getProperty("sendclock.test.postgres.url",
            "jdbc:postgresql://127.0.0.1:5432/test");
    static final String POSTGRES_USER = System.getProperty("sendclock.test.postgres.user", "postgres");

    /**
     * In memory for the tests. The benchmarks set a file database instead, as the product runs: an in-memory H2 keeps
     * every row on the heap, which would measure H2 rather than the application.
     */
    static final String H2_URL = System.getProperty("sendclock.test.h2.url", "jdbc:h2:mem:sendclock-it;DB_CLOSE_DELAY=-1");

    private static final String PREFIX = "sendclock_it_";
    private static String postgresDatabase;

    public static boolean wantsPostgres() {
        return "postgresql".equalsIgnoreCase(System.getProperty("sendclock.test.database", "h2"));
    }

    /** Null when PostgreSQL answers, else why not. */
    static String postgresUnavailableBecause() {
        try (Connection ignored = DriverManager.getConnection(POSTGRES_ADMIN_URL, POSTGRES_USER, "")) {
            return null;
        } catch (SQLException e) {
            return e.getMessage();
        }
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        if (wantsPostgres()) {
            String database = postgresDatabase();
            TestPropertyValues.of(
                    "spring.datasource.url=" + POSTGRES_ADMIN_URL.substring(0, POSTGRES_ADMIN_URL.lastIndexOf('/') + 1) + database,
                    "spring.datasource.username=" + POSTGRES_USER,
                    "spring.datasource.password=").applyTo(context);
        } else {
            TestPropertyValues.of(
                    "spring.datasource.url=" + H2_URL,
                    "spring.datasource.username=sa",
                    "spring.datasource.password=").applyTo(context);
        }
    }

    /**
     * Settings for a second, empty database of the same kind, for a test that starts application contexts of its own
     * (two nodes on one database) and must not share the integration tests' rows and timers.
     */
    public static Map<String, Object> freshDatabase(String purpose) {
        if (!wantsPostgres()) {
            return Map.of("spring.datasource.url", "jdbc:h2:mem:sendclock-" + purpose + "-" + System.nanoTime()
                    + ";DB_CLOSE_DELAY=-1", "spring.datasource.username", "sa", "spring.datasource.password", "");
        }
        String name = PREFIX + ProcessHandle.current().pid() + "_" + System.currentTimeMillis() + "_" + purpose;
        try (Connection connection = DriverManager.getConnection(POSTGRES_ADMIN_URL, POSTGRES_USER, "");
             Statement statement = connection.createStatement()) {
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + POSTGRES_ADMIN_URL + ": " + e.getMessage(), e);
        }
        return Map.of("spring.datasource.url",
                POSTGRES_ADMIN_URL.substring(0, POSTGRES_ADMIN_URL.lastIndexOf('/') + 1) + name,
                "spring.datasource.username", POSTGRES_USER, "spring.datasource.password", "");
    }

    /**
     * Databases are named after the test JVM's process id. Dropping one while its JVM shuts down would cut the
     * application's connections mid-close, so each run instead removes those left by JVMs no longer alive.
     */
    private static synchronized String postgresDatabase() {
        if (postgresDatabase == null) {
            String name = PREFIX + ProcessHandle.current().pid() + "_" + System.currentTimeMillis();
            try (Connection connection = DriverManager.getConnection(POSTGRES_ADMIN_URL, POSTGRES_USER, "");
                 Statement statement = connection.createStatement()) {
                List<String> leftOver = new ArrayList<>();
                try (ResultSet rs = statement.executeQuery(
                        "select datname from pg_database where datname like '" + PREFIX + "%'")) {
                    while (rs.next()) {
                        leftOver.add(rs.getString(1));
                    }
                }
                for (String old : leftOver) {
                    long pid = Long.parseLong(old.substring(PREFIX.length(), old.indexOf('_', PREFIX.length())));
                    if (ProcessHandle.of(pid).isEmpty()) {
                        statement.execute("drop database if exists " + old + " with (force)");
                    }
                }
                statement.execute("create database " + name);
            } catch (SQLException e) {
                throw new IllegalStateException("PostgreSQL at " + POSTGRES_ADMIN_URL + ": " + e.getMessage(), e);
            }
            postgresDatabase = name;
        }
        return postgresDatabase;
    }
}
