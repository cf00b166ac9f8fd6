package cn.lawfulinspection.deployment.internal;

import cn.lawfulinspection.deployment.ModelDeploymentRecord;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps {@link ModelDeploymentRecord}s. A deployment is recorded inside the engine's own transaction (it is kept exactly
 * when the deployment is); a refusal in a transaction of its own, so that the rollback of the refused deployment does
 * not take the record with it.
 */
@Component
public class ModelDeploymentLog {

  private static final String SEPARATOR = "\n";

  private final JdbcTemplate jdbc;
  private final TransactionTemplate ownTransaction;
  private final Clock clock;

  ModelDeploymentLog(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
    this.jdbc = jdbc;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.clock = clock;
  }

  void deployed(String deployer, String deploymentId, String name, String source, List<String> resources,
      List<String> formsAdded) {
    insert(deployer, deploymentId, name, source, ModelDeploymentRecord.DEPLOYED, resources, formsAdded, List.of());
  }

  void refused(String deployer, String name, String source, List<String> resources, List<String> problems) {
    ownTransaction.executeWithoutResult(status ->
        insert(deployer, null, name, source, ModelDeploymentRecord.REFUSED, resources, List.of(), problems));
  }

  /** The newest records, newest first. */
  public List<ModelDeploymentRecord> latest(int limit) {
    return jdbc.query("""
        SELECT id, recorded_at, deployer, deployment_id, deployment_name, source, outcome, resources, forms_added,
               problems
        FROM insp_model_deployment ORDER BY id DESC""",
        rs -> {
          List<ModelDeploymentRecord> records = new java.util.ArrayList<>();
          while (rs.next() && records.size() < limit) {
            records.add(new ModelDeploymentRecord(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), split(rs.getString(8)),
                split(rs.getString(9)), split(rs.getString(10))));
          }
          return records;
        });
  }

  private void insert(String deployer, String deploymentId, String name, String source, String outcome,
      List<String> resources, List<String> formsAdded, List<String> problems) {
    jdbc.update("""
        INSERT INTO insp_model_deployment (recorded_at, deployer, deployment_id, deployment_name, source, outcome,
          resources, forms_added, problems) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        Timestamp.from(Instant.now(clock)), truncate(deployer, 64), deploymentId, truncate(name, 255),
        truncate(source, 255), outcome, truncate(join(resources), 4000), truncate(join(formsAdded), 2000),
        truncate(join(problems), 4000));
  }

  private static String join(List<String> lines) {
    return lines.isEmpty() ? null : String.join(SEPARATOR, lines);
  }

  private static List<String> split(String joined) {
    return joined == null ? List.of() : Arrays.asList(joined.split(SEPARATOR));
  }

  private static String truncate(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }
}
