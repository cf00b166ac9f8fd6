package cn.lawfulinspection.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ActiveProfilesResolver;

/**
 * Points the test application at the database named by {@code -Dit.database}: H2 in memory (default) or MariaDB/MySQL
 * at {@code it.mysql.host:port} (default 127.0.0.1:3306, root, empty password), where it creates a fresh utf8mb4
 * database {@code inspection_it} once per JVM.
 */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  public static final String DATABASE = System.getProperty("it.database", "h2");
  private static final String HOST = System.getProperty("it.mysql.host", "127.0.0.1");
  private static final String PORT = System.getProperty("it.mysql.port", "3306");
  private static final String USER = System.getProperty("it.mysql.user", "root");
  private static final String PASSWORD = System.getProperty("it.mysql.password", "");
  private static final String SCHEMA = System.getProperty("it.mysql.schema", "inspection_it");
  private static boolean created;

  public static boolean isMySqlFamily() {
    return "mariadb".equals(DATABASE) || "mysql".equals(DATABASE);
  }

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    if (!isMySqlFamily()) {
      return;
    }
    createSchemaOnce();
    context.getEnvironment().getPropertySources()
        .addFirst(new MapPropertySource("it-database", mySqlProperties(DATABASE, SCHEMA)));
  }

  /** The settings that point the application (profile {@code mysql}) at {@code schema} on the test server. */
  public static Map<String, Object> mySqlProperties(String database, String schema) {
    Map<String, Object> properties = new java.util.HashMap<>(Map.of(
        "INSPECTION_DB_URL", "jdbc:mysql://" + HOST + ":" + PORT + "/" + schema,
        "INSPECTION_DB_USER", USER,
        "INSPECTION_DB_PASSWORD", PASSWORD,
        "INSPECTION_ADMIN_PASSWORD", "demo",
        "INSPECTION_QR_SECRET", "integration-test-key-of-at-least-32-bytes",
        "INSPECTION_DEMO_DATA", "true"));
    if ("mariadb".equals(database)) {
      // Connector/J reports MariaDB as MySQL "5.5.5"; Hibernate's own MariaDB dialect knows the real server
      properties.put("spring.jpa.database-platform", "org.hibernate.dialect.MariaDBDialect");
    }
    return properties;
  }

  /**
   * Profiles of an integration test: {@code test}, then {@code mysql} on the MySQL family. The profile must be known
   * before the configuration files are read (an initializer that adds it comes too late for
   * {@code application-mysql.yml}), and {@code mysql} comes last so its settings win over {@code test}'s.
   */
  public static class Profiles implements ActiveProfilesResolver {
    @Override
    public String[] resolve(Class<?> testClass) {
      return isMySqlFamily() ? new String[] {"test", "mysql"} : new String[] {"test"};
    }
  }

  private static synchronized void createSchemaOnce() {
    if (created) {
      return;
    }
    recreate(SCHEMA);
    created = true;
  }

  /** Drops and creates the utf8mb4 database {@code schema} on the test server. */
  public static void recreate(String schema) {
    String url = "jdbc:mysql://" + HOST + ":" + PORT + "/?allowPublicKeyRetrieval=true&useSSL=false";
    try (Connection c = DriverManager.getConnection(url, USER, PASSWORD); Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + schema);
      s.execute("CREATE DATABASE " + schema + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create the test database on " + HOST + ":" + PORT
          + " (is a MariaDB/MySQL server running? .ci/test installs one)", e);
    }
  }

  /** Opens a root connection to the test schema, for assertions on the MySQL family. */
  public static Connection openMySql() throws SQLException {
    return DriverManager.getConnection(
        "jdbc:mysql://" + HOST + ":" + PORT + "/" + SCHEMA + "?allowPublicKeyRetrieval=true&useSSL=false", USER, PASSWORD);
  }
}
