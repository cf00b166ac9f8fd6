package cn.lawfulinspection.policy.internal;

import cn.lawfulinspection.common.NotFoundException;
import cn.lawfulinspection.common.RuleViolationException;
import cn.lawfulinspection.identity.Actor;
import cn.lawfulinspection.identity.Actors;
import cn.lawfulinspection.identity.RoleGroups;
import cn.lawfulinspection.policy.PolicyProfile;
import cn.lawfulinspection.policy.ProfileCheck;
import cn.lawfulinspection.policy.ProfileVersion;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * An administrator's change of a profile at run time (docs/policy-profiles.md): the changed values and a reason make
 * the next version, stored with who, when, why and every value's old and new value. Nothing is stored when a value
 * is invalid (422) or another administrator's change came first (409: the stated {@code baseVersion} is no longer the
 * newest, or the unique key (name, version) refused the second of two simultaneous inserts).
 */
@Service
class PolicyAdministration {

  private static final Logger log = LoggerFactory.getLogger(PolicyAdministration.class);
  /** Settings that BPMN uses as due dates and timers ({@code ${…}WD}) and the team size: at least 1. */
  private static final List<String> AT_LEAST_ONE = List.of("minInspectors", "postHocApprovalDays", "quietFilingDays",
      "resultBackfillWorkingDays", "planApprovalWorkingDays", "planFilingWorkingDays", "revisionWorkingDays",
      "emergencyReportWorkingDays", "followUpCheckWorkingDays", "triggeredFilingWorkingDays");

  private final ConfiguredPolicies policies;
  private final ProfileVersions stored;
  private final Actors actors;
  private final Clock clock;
  private final List<ProfileCheck> checks;

  PolicyAdministration(ConfiguredPolicies policies, ProfileVersions stored, Actors actors, Clock clock,
      List<ProfileCheck> checks) {
    this.checks = checks;
    this.policies = policies;
    this.stored = stored;
    this.actors = actors;
    this.clock = clock;
  }

  /**
   * The change request: the values to change (keys as in the file, without their clauses), the reason, and
   * optionally the version the administrator changed (a newer one answers 409).
   */
  record Change(Integer baseVersion, String reason, JsonNode values) {}

  /** Only the administrators (camunda-admin) read versions and change profiles. */
  Actor administrator() {
    Actor actor = actors.current();
    if (actor.isSystem() || !actor.in(RoleGroups.ADMIN)) {
      throw new AccessDeniedException("policy profiles are changed by administrators only");
    }
    return actor;
  }

  PolicyProfile newest(String name) {
    administrator();
    return policies.byName(known(name));
  }

  List<ProfileVersion> versions(String name) {
    administrator();
    return policies.versions(known(name));
  }

  ProfileVersion change(String name, Change change) {
    Actor admin = administrator();
    String profileName = known(name);
    String reason = change == null || change.reason() == null ? "" : change.reason().strip();
    if (reason.isEmpty()) {
      throw new RuleViolationException(null, "reason", "请填写修改理由：政策配置的每次修改都记入审计记录（修改人、时间、理由、原值和新值）。");
    }
    if (reason.length() > 1000) {
      throw new RuleViolationException(null, "reason", "修改理由不能超过1000字，请精简后重新提交。");
    }
    if (change.values() == null || !change.values().isObject() || change.values().isEmpty()) {
      throw new RuleViolationException(null, "values", "请在 values 中填写要修改的配置项及其新值（键名与配置文件相同，例如 "
          + "{\"postHocApprovalDays\": 5}）。");
    }
    PolicyProfile base = stored.newest(profileName).orElseGet(() -> ProfileFiles.SHIPPED.get(profileName));
    if (change.baseVersion() != null && change.baseVersion() != base.version()) {
      policies.forget(profileName);
      throw new OptimisticLockingFailureException("policy profile " + profileName + " is at version " + base.version()
          + ", the change was made on version " + change.baseVersion());
    }
    ObjectNode before = ProfileFiles.values(base);
    ObjectNode after = before.deepCopy();
    merge(after, change.values(), "");
    int version = base.version() + 1;
    Map<String, String> oldLeaves = leaves(before);
    Map<String, String> newLeaves = leaves(after);
    List<ProfileVersion.Change> changes = new ArrayList<>();
    Map<String, String> basis = new TreeMap<>(base.basis());
    for (Map.Entry<String, String> leaf : newLeaves.entrySet()) {
      String old = oldLeaves.get(leaf.getKey());
      if (!leaf.getValue().equals(old)) {
        changes.add(new ProfileVersion.Change(leaf.getKey(), old, leaf.getValue()));
        basis.put(basisKey(base.basis(), leaf.getKey()), "第" + version + "版由管理员 " + admin.userId() + " 修改：" + reason);
      }
    }
    if (changes.isEmpty()) {
      throw new RuleViolationException(null, "values", "所填的值与现行第" + base.version() + "版相同，没有修改任何配置项。");
    }
    PolicyProfile next = bind(base, after, version, basis);
    validate(next);
    checks.forEach(check -> check.check(next));
    try {
      stored.insert(next, admin.userId(), clock.instant(), reason, changes);
    } catch (DuplicateKeyException lostRace) {
      policies.forget(profileName);
      throw lostRace;
    }
    policies.stored(next);
    log.info("policy profile {} version {} by {}: {} ({})", profileName, version, admin.userId(), changes, reason);
    return new ProfileVersion(profileName, version, admin.userId(), clock.instant(), reason, changes, next);
  }

  private String known(String name) {
    if (name == null || !ProfileFiles.SHIPPED.containsKey(name.strip())) {
      throw new NotFoundException("没有名为“" + name + "”的政策配置；可选：" + String.join("、", ProfileFiles.NAMES));
    }
    return name.strip();
  }

  /** Deep merge of the changed values; a key the profile does not have is refused. */
  private static void merge(ObjectNode target, JsonNode changes, String prefix) {
    Iterator<Map.Entry<String, JsonNode>> fields = changes.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      String key = prefix + field.getKey();
      if (!target.has(field.getKey())) {
        throw new RuleViolationException(null, key, "政策配置没有“" + key + "”这一项，不能修改；可修改的项见 GET /api/admin/policy-profiles/{name}。");
      }
      JsonNode current = target.get(field.getKey());
      if (current.isObject() && field.getValue().isObject() && !isMapLike(key)) {
        merge((ObjectNode) current, field.getValue(), key + ".");
      } else {
        target.set(field.getKey(), field.getValue());
      }
    }
  }

  /** Values replaced as a whole even when they are objects (a quiet period, tier caps). */
  private static boolean isMapLike(String key) {
    return key.equals("quietPeriod") || key.endsWith(".tiers");
  }

  private static PolicyProfile bind(PolicyProfile base, ObjectNode values, int version, Map<String, String> basis) {
    ObjectNode tree = values.deepCopy();
    tree.put("name", base.name());
    tree.put("locality", base.locality());
    tree.put("seed", base.seed());
    tree.put("version", version);
    tree.set("basis", ProfileFiles.JSON.valueToTree(basis));
    try {
      return ProfileFiles.JSON.treeToValue(tree, PolicyProfile.class);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new RuleViolationException(null, "values", "配置项的值无效，请核对类型和可选值（例如天数须为整数，模式须为文档所列之一）："
          + e.getOriginalMessage());
    }
  }

  private static void validate(PolicyProfile p) {
    ObjectNode tree = ProfileFiles.values(p);
    for (Map.Entry<String, String> leaf : leaves(tree).entrySet()) {
      if (leaf.getValue().matches("-\\d+")) {
        throw new RuleViolationException(null, leaf.getKey(), "配置项“" + leaf.getKey() + "”不能为负数。");
      }
    }
    for (String key : AT_LEAST_ONE) {
      if (tree.get(key).asInt() < 1) {
        throw new RuleViolationException(null, key, "配置项“" + key + "”至少为1（流程的办理期限和定时器使用它）。");
      }
    }
    if (p.quietPeriod() != null && (p.quietPeriod().fromDay() < 1 || p.quietPeriod().toDay() > 31
        || p.quietPeriod().fromDay() > p.quietPeriod().toDay())) {
      throw new RuleViolationException(null, "quietPeriod", "安静期须为每月1日至31日之间的一段（fromDay ≤ toDay）。");
    }
    if (p.noticeLead() == null || p.noticeLead().mode() == null) {
      throw new RuleViolationException(null, "noticeLead.mode", "请填写检查预告期限的模式（NONE、BEFORE_INSPECTION、WARN、WARN_WITH_CONSENT 或 BLOCK）。");
    }
    boolean numbered = switch (p.noticeLead().mode()) {
      case WARN, WARN_WITH_CONSENT, BLOCK -> true;
      case NONE, BEFORE_INSPECTION -> false;
    };
    if (numbered && (p.noticeLead().workingDays() == null || p.noticeLead().workingDays() < 1)) {
      throw new RuleViolationException(null, "noticeLead.workingDays", "检查预告期限模式为 " + p.noticeLead().mode()
          + " 时须填写至少1个工作日。");
    }
    if (p.annualCap() == null || p.annualCap().mode() == null) {
      throw new RuleViolationException(null, "annualCap.mode", "请填写年度频次上限的模式（NONE、TIERS、PLAN_CAP 或 HEAD_DECIDES）。");
    }
    if (p.annualCap().mode() == PolicyProfile.AnnualCap.Mode.TIERS
        && (p.annualCap().tiers() == null || p.annualCap().defaultCap() == null)) {
      throw new RuleViolationException(null, "annualCap.tiers", "年度频次上限模式为 TIERS 时须填写各信用等级的上限（tiers）和未评级企业的上限（defaultCap）。");
    }
  }

  /** Every leaf of a tree as JSON text, by its dotted key. */
  static Map<String, String> leaves(JsonNode tree) {
    Map<String, String> leaves = new TreeMap<>();
    collect(tree, "", leaves);
    return leaves;
  }

  private static void collect(JsonNode node, String key, Map<String, String> leaves) {
    if (node.isObject() && !node.isEmpty()) {
      node.fields().forEachRemaining(e -> collect(e.getValue(), key.isEmpty() ? e.getKey() : key + "." + e.getKey(),
          leaves));
    } else {
      leaves.put(key, node.toString());
    }
  }

  /** The clause key a leaf belongs to: itself, or the longest key that contains it ({@code annualCap.tiers}). */
  private static String basisKey(Map<String, String> basis, String leaf) {
    String key = leaf;
    while (!basis.containsKey(key) && key.contains(".")) {
      key = key.substring(0, key.lastIndexOf('.'));
    }
    return basis.containsKey(key) ? key : leaf;
  }
}
