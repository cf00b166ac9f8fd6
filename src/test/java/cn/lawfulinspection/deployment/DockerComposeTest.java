package cn.lawfulinspection.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * There is no Docker engine on the build machines, so {@code docker-compose.yml} is checked against what the app
 * needs: the services, the {@code mysql} profile, every setting the profile cannot default, matching credentials on
 * both sides, and the start order behind the database's healthcheck.
 */
class DockerComposeTest {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z0-9_.]+)(:[^}]*)?}");
  private static final Pattern JDBC_URL = Pattern.compile("jdbc:mysql://([^:/]+):(\\d+)/([A-Za-z0-9_]+)");

  private Map<String, Object> compose;
  private Map<String, Object> services;
  private Map<String, Object> mysql;
  private Map<String, Object> app;

  @BeforeEach
  void readCompose() throws IOException {
    compose = new Yaml().load(Files.readString(Path.of("docker-compose.yml")));
    services = map(compose.get("services"));
    mysql = map(services.get("mysql"));
    app = map(services.get("app"));
  }

  @Test
  @DisplayName("the compose file has a MySQL 8.4 service and the app")
  void bothServicesExist() {
    assertThat(services).containsKeys("mysql", "app");
    assertThat(mysql.get("image")).isEqualTo("mysql:8.4");
    assertThat(String.join(" ", strings(mysql.get("command"))))
        .contains("--character-set-server=utf8mb4", "--collation-server=utf8mb4_bin");
  }

  @Test
  @DisplayName("the app runs with the mysql profile and gets every setting the profile has no default for")
  void appGetsWhatTheMysqlProfileNeeds() throws IOException {
    Map<String, Object> env = map(app.get("environment"));
    assertThat(env.get("SPRING_PROFILES_ACTIVE")).isEqualTo("mysql");

    Set<String> required = new TreeSet<>();
    for (String file : List.of("src/main/resources/application.yml", "src/main/resources/application-mysql.yml")) {
      Matcher m = PLACEHOLDER.matcher(Files.readString(Path.of(file)));
      while (m.find()) {
        // no default, or an empty one (":"), which the application refuses at start-up
        if (m.group(2) == null || m.group(2).equals(":")) {
          required.add(m.group(1));
        }
      }
    }
    assertThat(required).as("placeholders without default").contains("INSPECTION_ADMIN_PASSWORD", "INSPECTION_QR_SECRET");
    assertThat(env).containsKeys(required.toArray(String[]::new));
    // these have defaults for a developer's machine, which are wrong inside the compose network
    assertThat(env).containsKeys("INSPECTION_DB_URL", "INSPECTION_DB_USER", "INSPECTION_DB_PASSWORD");
    assertThat(env.values()).allSatisfy(value -> assertThat(String.valueOf(value)).isNotBlank());
  }

  @Test
  @DisplayName("the app's database URL, user and password are those the mysql service creates")
  void credentialsMatch() {
    Map<String, Object> appEnv = map(app.get("environment"));
    Map<String, Object> dbEnv = map(mysql.get("environment"));
    Matcher url = JDBC_URL.matcher(String.valueOf(appEnv.get("INSPECTION_DB_URL")));
    assertThat(url.matches()).as("INSPECTION_DB_URL is jdbc:mysql://host:port/db without parameters").isTrue();
    assertThat(url.group(1)).isEqualTo("mysql");
    assertThat(url.group(2)).isEqualTo("3306");
    assertThat(url.group(3)).isEqualTo(dbEnv.get("MYSQL_DATABASE"));
    assertThat(appEnv.get("INSPECTION_DB_USER")).isEqualTo(dbEnv.get("MYSQL_USER"));
    assertThat(appEnv.get("INSPECTION_DB_PASSWORD")).isEqualTo(dbEnv.get("MYSQL_PASSWORD"));
    assertThat(dbEnv).containsKey("MYSQL_ROOT_PASSWORD");
  }

  @Test
  @DisplayName("the database has a healthcheck and the app starts only once it is healthy")
  void appWaitsForTheHealthyDatabase() {
    Map<String, Object> healthcheck = map(mysql.get("healthcheck"));
    assertThat(String.join(" ", strings(healthcheck.get("test")))).contains("mysqladmin", "ping");
    Map<String, Object> dependsOn = map(app.get("depends_on"));
    assertThat(map(dependsOn.get("mysql")).get("condition")).isEqualTo("service_healthy");
  }

  @Test
  @DisplayName("the database keeps its data in a declared named volume")
  void dataLivesInANamedVolume() {
    List<String> volumes = strings(mysql.get("volumes"));
    assertThat(volumes).anySatisfy(v -> assertThat(v).endsWith(":/var/lib/mysql"));
    String volume = volumes.stream().filter(v -> v.endsWith(":/var/lib/mysql")).findFirst().orElseThrow().split(":")[0];
    assertThat(volume).doesNotStartWith(".").doesNotStartWith("/");
    assertThat(map(compose.get("volumes"))).containsKey(volume);
  }

  @Test
  @DisplayName("the app is built from the repository's Dockerfile, which exposes the published port 8080")
  void dockerfileExistsAndExposesThePort() throws IOException {
    Map<String, Object> build = map(app.get("build"));
    Path dockerfile = Path.of(String.valueOf(build.getOrDefault("context", "."))).resolve(String.valueOf(build.get("dockerfile")));
    assertThat(dockerfile).isRegularFile();
    String content = Files.readString(dockerfile);
    assertThat(content).containsPattern("(?m)^EXPOSE 8080$").contains("eclipse-temurin:17").containsPattern("(?m)^USER ");
    assertThat(strings(app.get("ports"))).anySatisfy(p -> assertThat(p).endsWith(":8080"));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value) {
    assertThat(value).isInstanceOf(Map.class);
    return (Map<String, Object>) value;
  }

  private static List<String> strings(Object value) {
    if (value instanceof List<?> list) {
      return list.stream().map(String::valueOf).toList();
    }
    return List.of(String.valueOf(value));
  }
}
