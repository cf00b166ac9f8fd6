package cn.lawfulinspection.database.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Converts every {@code ACT_*} table of the connection's schema whose default or any text column is not
 * {@code utf8mb4_bin} yet (binary like Camunda's {@code utf8_bin}: ids and keys compare case-sensitively).
 *
 * <p>MariaDB refuses to change the character set of a column in a foreign key even with {@code foreign_key_checks}
 * off, so the foreign keys that touch a table to convert are dropped first and added again, unchanged, once both
 * ends are converted. Each one is logged before it is dropped. Tables already converted are left alone: a second
 * run finds nothing to do.
 */
final class EngineTableConverter {

  static final String CHARSET = "utf8mb4";
  static final String COLLATION = "utf8mb4_bin";
  private static final Logger log = LoggerFactory.getLogger(EngineTableConverter.class);

  private final Connection connection;

  EngineTableConverter(Connection connection) {
    this.connection = connection;
  }

  /** Converts what is not utf8mb4 yet; returns the tables converted. */
  List<String> convert() throws SQLException {
    List<String> tables = tablesToConvert();
    if (tables.isEmpty()) {
      log.debug("engine tables are {} already", COLLATION);
      return tables;
    }
    log.info("converting {} engine tables to {}: {}", tables.size(), COLLATION, tables);
    List<ForeignKey> foreignKeys = foreignKeys().stream().filter(fk -> fk.touches(tables)).toList();
    try (Statement statement = connection.createStatement()) {
      for (ForeignKey fk : foreignKeys) {
        log.debug("dropping foreign key while converting, to be added again: {}", fk.addSql());
        statement.execute(fk.dropSql());
      }
      try {
        for (String table : tables) {
          statement.execute("ALTER TABLE `" + table + "` CONVERT TO CHARACTER SET " + CHARSET + " COLLATE " + COLLATION);
        }
      } finally {
        addAgain(statement, foreignKeys);
      }
    }
    log.info("engine tables converted to {} ({} foreign keys restored)", COLLATION, foreignKeys.size());
    return tables;
  }

  /** Adds the dropped foreign keys again; if that fails, logs the statements still to run by hand. */
  private static void addAgain(Statement statement, List<ForeignKey> foreignKeys) throws SQLException {
    for (int i = 0; i < foreignKeys.size(); i++) {
      try {
        statement.execute(foreignKeys.get(i).addSql());
      } catch (SQLException e) {
        log.error("could not add the engine foreign keys again; run these statements: {}",
            foreignKeys.subList(i, foreignKeys.size()).stream().map(fk -> fk.addSql() + ";").toList());
        throw e;
      }
    }
  }

  /** Engine tables whose default collation or any text column's collation is not utf8mb4_bin. */
  List<String> tablesToConvert() throws SQLException {
    String sql = """
        SELECT t.TABLE_NAME FROM information_schema.TABLES t
        WHERE t.TABLE_SCHEMA = DATABASE() AND t.TABLE_TYPE = 'BASE TABLE' AND UPPER(t.TABLE_NAME) LIKE 'ACT\\_%'
          AND (t.TABLE_COLLATION <> ?
            OR EXISTS (SELECT 1 FROM information_schema.COLUMNS c
                       WHERE c.TABLE_SCHEMA = t.TABLE_SCHEMA AND c.TABLE_NAME = t.TABLE_NAME
                         AND c.COLLATION_NAME IS NOT NULL AND c.COLLATION_NAME <> ?))
        ORDER BY t.TABLE_NAME""";
    List<String> tables = new ArrayList<>();
    try (PreparedStatement query = connection.prepareStatement(sql)) {
      query.setString(1, COLLATION);
      query.setString(2, COLLATION);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          tables.add(rows.getString(1));
        }
      }
    }
    return tables;
  }

  /** Foreign keys of the engine tables in the current schema, columns in key order. */
  List<ForeignKey> foreignKeys() throws SQLException {
    String sql = """
        SELECT rc.CONSTRAINT_NAME, rc.TABLE_NAME, rc.REFERENCED_TABLE_NAME, rc.UPDATE_RULE, rc.DELETE_RULE,
               k.COLUMN_NAME, k.REFERENCED_COLUMN_NAME
        FROM information_schema.REFERENTIAL_CONSTRAINTS rc
        JOIN information_schema.KEY_COLUMN_USAGE k
          ON k.CONSTRAINT_SCHEMA = rc.CONSTRAINT_SCHEMA AND k.TABLE_NAME = rc.TABLE_NAME
         AND k.CONSTRAINT_NAME = rc.CONSTRAINT_NAME
        WHERE rc.CONSTRAINT_SCHEMA = DATABASE() AND UPPER(rc.TABLE_NAME) LIKE 'ACT\\_%'
        ORDER BY rc.TABLE_NAME, rc.CONSTRAINT_NAME, k.ORDINAL_POSITION""";
    Map<String, ForeignKey> keys = new LinkedHashMap<>();
    try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
      while (rows.next()) {
        String id = rows.getString(2) + "." + rows.getString(1);
        ForeignKey key = keys.get(id);
        if (key == null) {
          key = new ForeignKey(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4),
              rows.getString(5), new ArrayList<>(), new ArrayList<>());
          keys.put(id, key);
        }
        key.columns().add(rows.getString(6));
        key.referencedColumns().add(rows.getString(7));
      }
    }
    return List.copyOf(keys.values());
  }

  record ForeignKey(String name, String table, String referencedTable, String updateRule, String deleteRule,
                    List<String> columns, List<String> referencedColumns) {

    boolean touches(List<String> tables) {
      return tables.contains(table) || tables.contains(referencedTable);
    }

    String dropSql() {
      return "ALTER TABLE `" + table + "` DROP FOREIGN KEY `" + name + "`";
    }

    String addSql() {
      return "ALTER TABLE `" + table + "` ADD CONSTRAINT `" + name + "` FOREIGN KEY (" + quoted(columns)
          + ") REFERENCES `" + referencedTable + "` (" + quoted(referencedColumns) + ") ON DELETE " + deleteRule
          + " ON UPDATE " + updateRule;
    }

    private static String quoted(List<String> names) {
      return String.join(", ", names.stream().map(n -> "`" + n + "`").toList());
    }
  }
}
