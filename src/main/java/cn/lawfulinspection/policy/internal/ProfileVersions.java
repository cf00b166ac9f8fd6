package cn.lawfulinspection.policy.internal;

import cn.lawfulinspection.policy.PolicyProfile;
import cn.lawfulinspection.policy.ProfileVersion;
import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Table {@code insp_policy_profile_version}: the versions administrators made (version 1 is the file). */
@Repository
class ProfileVersions {

  private static final TypeReference<List<ProfileVersion.Change>> CHANGES = new TypeReference<>() {};

  private final JdbcTemplate jdbc;

  ProfileVersions(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The newest stored version of a profile, if an administrator ever changed it. */
  Optional<PolicyProfile> newest(String name) {
    return jdbc.query("SELECT content FROM insp_policy_profile_version WHERE name = ? ORDER BY version DESC LIMIT 1",
        (rs, i) -> ProfileFiles.parse(rs.getString(1)), name).stream().findFirst();
  }

  Optional<PolicyProfile> find(String name, int version) {
    return jdbc.query("SELECT content FROM insp_policy_profile_version WHERE name = ? AND version = ?",
        (rs, i) -> ProfileFiles.parse(rs.getString(1)), name, version).stream().findFirst();
  }

  List<ProfileVersion> all(String name) {
    return jdbc.query("SELECT version, changed_by, changed_at, reason, changes, content"
            + " FROM insp_policy_profile_version WHERE name = ? ORDER BY version",
        (rs, i) -> new ProfileVersion(name, rs.getInt(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
            rs.getString(4), changes(rs.getString(5)), ProfileFiles.parse(rs.getString(6))), name);
  }

  /** Stores a new version; a duplicate (name, version) — a lost race — throws DuplicateKeyException. */
  void insert(PolicyProfile profile, String changedBy, Instant changedAt, String reason,
      List<ProfileVersion.Change> changes) {
    try {
      jdbc.update("INSERT INTO insp_policy_profile_version (name, version, content, changed_by, changed_at, reason,"
              + " changes) VALUES (?, ?, ?, ?, ?, ?, ?)", profile.name(), profile.version(),
          ProfileFiles.write(profile), changedBy, Timestamp.from(changedAt), reason,
          ProfileFiles.JSON.writeValueAsString(changes));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<ProfileVersion.Change> changes(String json) {
    try {
      return ProfileFiles.JSON.readValue(json, CHANGES);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
