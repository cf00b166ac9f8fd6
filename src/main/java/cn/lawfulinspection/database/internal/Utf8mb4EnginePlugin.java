package cn.lawfulinspection.database.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Converts Camunda's own tables ({@code ACT_*}) to {@code utf8mb4} on the MySQL family, right after the engine has
 * created or updated its schema.
 *
 * <p>Camunda's MySQL create scripts declare {@code DEFAULT CHARSET=utf8 COLLATE utf8_bin}, which is the 3-byte
 * {@code utf8mb3}: a variable, a task name or a business key with a character outside the Basic Multilingual Plane
 * (e.g. 𠮷, common in person and business names) is refused by the server. See {@link EngineTableConverter}.
 * H2 and other databases are left alone.
 */
@Component
class Utf8mb4EnginePlugin extends AbstractProcessEnginePlugin {

  private static final Set<String> MYSQL_FAMILY = Set.of("mysql", "mariadb");

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
    if (!MYSQL_FAMILY.contains(configuration.getDatabaseType())) {
      return;
    }
    try (Connection connection = configuration.getDataSource().getConnection()) {
      new EngineTableConverter(connection).convert();
    } catch (SQLException e) {
      throw new ProcessEngineException("cannot convert the engine tables to " + EngineTableConverter.COLLATION, e);
    }
  }
}
