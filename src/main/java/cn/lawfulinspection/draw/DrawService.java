package cn.lawfulinspection.draw;

import cn.lawfulinspection.common.NotFoundException;
import cn.lawfulinspection.common.RuleConflictException;
import cn.lawfulinspection.common.RuleViolationException;
import cn.lawfulinspection.draw.internal.DrawEntities;
import cn.lawfulinspection.draw.internal.DrawEntity;
import cn.lawfulinspection.enterprise.CreditTier;
import cn.lawfulinspection.enterprise.Enterprise;
import cn.lawfulinspection.enterprise.EnterpriseService;
import cn.lawfulinspection.identity.Actor;
import cn.lawfulinspection.identity.Actors;
import cn.lawfulinspection.inspector.Inspector;
import cn.lawfulinspection.inspector.InspectorService;
import cn.lawfulinspection.plan.InspectionPlan;
import cn.lawfulinspection.plan.PlanService;
import cn.lawfulinspection.plan.PlanVersion;
import cn.lawfulinspection.plan.StaffAgency;
import cn.lawfulinspection.policy.Policies;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * R-PL-5 (YQ 5): double-random draws (双随机、一公开) in two steps. {@link #commit}: the platform draws a secret seed
 * (SecureRandom), freezes the sorted pools and shows the seed's SHA-256; {@link #execute}: reveals the seed and draws
 * with {@link DrawAlgorithm}, once (row lock; a second or simultaneous execution is a 409). {@link #published} and
 * {@link #replay} are for anyone (一公开).
 */
@Service
@Transactional
public class DrawService {

  static final String COMMITTED = "COMMITTED";
  static final String DRAWN = "DRAWN";
  private static final int SEED_BYTES = 32;
  private static final int PAGE = 100;

  private final DrawEntities draws;
  private final PlanService plans;
  private final EnterpriseService enterprises;
  private final InspectorService inspectors;
  private final Policies policies;
  private final Actors actors;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  DrawService(DrawEntities draws, PlanService plans, EnterpriseService enterprises, InspectorService inspectors,
      Policies policies, Actors actors, Clock clock) {
    this.draws = draws;
    this.plans = plans;
    this.enterprises = enterprises;
    this.inspectors = inspectors;
    this.policies = policies;
    this.actors = actors;
    this.clock = clock;
  }

  /**
   * What to draw: the plan (id or number), the enterprise filter (credit tiers, a keyword in the name or the start of
   * the code; empty = all), how many enterprises, the team size (null = the profile's minimum).
   */
  public record DrawRequest(Long planId, String planNumber, List<CreditTier> creditTiers, String keyword,
      Integer enterpriseCount, Integer teamSize) {}

  /** A drawn enterprise and its team; {@code inspectorIds} only for the agency's staff. */
  public record Assignment(String enterpriseCode, String enterpriseName, List<String> inspectorIds,
      List<String> inspectorNames) {}

  /** One step of the trace. */
  public record Step(String step, String actor, Instant at, String detail) {}

  /**
   * A draw. The seed is {@code null} until executed; the public view leaves out actors, inspector ids and steps.
   *
   * @param enterprisePool the frozen enterprise pool, sorted credit codes
   * @param inspectorPool the names of the frozen inspector pool, in its sorted order (by staff code)
   */
  public record Draw(String drawNumber, String status, String planNumber, int planVersion, String planTitle,
      String agencyName, String enterpriseFilter, int enterpriseCount, int teamSize, String algorithm,
      String seedHash, String seed, int enterprisePoolSize, int inspectorPoolSize, List<String> enterprisePool,
      List<String> inspectorPool, Instant committedAt, String committedBy, Instant executedAt, String executedBy,
      List<Assignment> result, List<Step> steps) {}

  /** The answer of a replay: the draw recomputed from the published seed and the stored pools. */
  public record Replay(String drawNumber, boolean seedMatchesHash, boolean resultMatches, String seedHash,
      String seed, List<Assignment> recomputed) {}

  /** Step 1 (commit): the caller's agency, a filed routine plan of it, frozen pools, a secret seed. */
  public Draw commit(DrawRequest r) {
    Actor actor = actors.current();
    if (actor.isSystem()) {
      throw new RuleViolationException("R-IG-2", "actor", "无法确定抽取人：请登录后再进行双随机抽取。");
    }
    StaffAgency agency = plans.staffAgencyWithoutItemsOf(actor.userId());
    InspectionPlan plan = plan(r, agency.agencyCode());
    DrawPolicy.plan(plan, agency.agencyCode()).orThrow();
    PlanVersion filed = plan.filedVersion().orElseThrow();
    int minTeam = Math.max(2, policies.current().minInspectors());
    int teamSize = r.teamSize() == null ? minTeam : r.teamSize();
    int count = r.enterpriseCount() == null ? 0 : r.enterpriseCount();
    Set<CreditTier> tiers = r.creditTiers() == null || r.creditTiers().isEmpty()
        ? EnumSet.allOf(CreditTier.class) : EnumSet.copyOf(r.creditTiers());
    String keyword = r.keyword() == null ? "" : r.keyword().strip();
    List<String> enterprisePool = enterprisePool(keyword, tiers);
    List<Inspector> inspectorPool = inspectors.ofAgency(agency.agencyCode()).stream()
        .filter(i -> DrawPolicy.qualifiedThroughout(i, filed.windowStart(), filed.windowEnd()))
        .sorted(Comparator.comparing(Inspector::id))
        .toList();
    DrawPolicy.sizes(count, teamSize, minTeam, enterprisePool.size(), inspectorPool.size()).orThrow();
    byte[] seed = new byte[SEED_BYTES];
    random.nextBytes(seed);
    String filter = "信用等级：" + tiers.stream().map(CreditTier::name).collect(Collectors.joining("、"))
        + (keyword.isEmpty() ? "" : "；关键词：" + keyword);
    Instant now = clock.instant();
    DrawEntity draw = draws.saveAndFlush(new DrawEntity(plan.id(), plan.planNumber(), filed.version(), plan.title(),
        plan.agencyCode(), plan.agencyName(), filter, count, teamSize, DrawAlgorithm.NAME,
        DrawAlgorithm.commitment(seed), HexFormat.of().formatHex(seed), actor.userId(), now, enterprisePool,
        inspectorPool.stream().map(i -> new DrawEntity.PoolInspector(i.id(), i.name())).toList()));
    draw.number(String.format(Locale.ROOT, "CQ-%s-%d-%05d", plan.agencyCode().toUpperCase(Locale.ROOT),
        LocalDate.ofInstant(now, clock.getZone()).getYear(), draw.id()));
    draw.step(new DrawEntity.Step("COMMIT", actor.userId(), now, "承诺随机种子（SHA-256 " + draw.seedHash()
        + "），冻结企业库 " + enterprisePool.size() + " 家、执法人员库 " + inspectorPool.size() + " 人；" + filter
        + "；抽取 " + count + " 家，每组 " + teamSize + " 人"));
    draws.flush();
    return view(draw, true);
  }

  /** Step 2 (execute): reveals the seed and draws, once; by the staff of the draw's agency. */
  public Draw execute(String drawNumber) {
    Actor actor = actors.current();
    if (actor.isSystem()) {
      throw new RuleViolationException("R-IG-2", "actor", "无法确定抽取人：请登录后再执行抽取。");
    }
    StaffAgency agency = plans.staffAgencyWithoutItemsOf(actor.userId());
    DrawEntity draw = draws.lock(normalize(drawNumber))
        .orElseThrow(() -> new NotFoundException("双随机抽取 " + drawNumber + " 不存在。"));
    if (!draw.agencyCode().equals(agency.agencyCode())) {
      throw new RuleViolationException(DrawPolicy.RULE, "drawNumber", "双随机抽取 " + draw.drawNumber() + " 属于"
          + draw.agencyName() + "，只能由该单位的人员执行。");
    }
    if (!COMMITTED.equals(draw.status())) {
      throw new RuleConflictException(DrawPolicy.RULE, "drawNumber", "双随机抽取 " + draw.drawNumber() + " 已于 "
          + LocalDateTime.ofInstant(draw.executedAt(), clock.getZone()).truncatedTo(ChronoUnit.SECONDS)
              .toString().replace('T', ' ') + " 由 " + draw.executedBy() + " 执行，结果已公开，不能再次抽取。");
    }
    List<DrawEntity.ResultRow> rows = compute(draw).stream()
        .map(a -> new DrawEntity.ResultRow(a.enterpriseCode(), a.enterpriseName(), a.inspectorIds(),
            a.inspectorNames()))
        .toList();
    Instant now = clock.instant();
    draw.drawn(rows, actor.userId(), now);
    draw.step(new DrawEntity.Step("EXECUTE", actor.userId(), now, "公开随机种子并抽取："
        + rows.stream().map(x -> x.enterpriseCode() + "→" + String.join("、", x.inspectorIds()))
            .collect(Collectors.joining("；"))));
    draws.flush();
    return view(draw, true);
  }

  /** The draw as its agency's staff see it (with actors, inspector ids and the trace). */
  @Transactional(readOnly = true)
  public Draw get(String drawNumber, Set<String> agencies) {
    DrawEntity draw = entity(drawNumber);
    if (agencies != null && !agencies.contains(draw.agencyCode())) {
      return view(draw, false);
    }
    return view(draw, true);
  }

  /** 一公开: the draw as anyone sees it. */
  @Transactional(readOnly = true)
  public Draw published(String drawNumber) {
    return view(entity(drawNumber), false);
  }

  /** Recomputes the draw from the published seed and the stored pools; before execution nothing to compare. */
  @Transactional(readOnly = true)
  public Replay replay(String drawNumber) {
    DrawEntity draw = entity(drawNumber);
    if (!DRAWN.equals(draw.status())) {
      throw new RuleViolationException(DrawPolicy.RULE, "drawNumber", "双随机抽取 " + draw.drawNumber()
          + " 尚未执行，随机种子尚未公开，暂不能复核。");
    }
    byte[] seed = HexFormat.of().parseHex(draw.seed());
    List<Assignment> recomputed = compute(draw).stream().map(DrawService::publicOf).toList();
    List<Assignment> stored = draw.result().stream()
        .map(x -> new Assignment(x.enterpriseCode(), x.enterpriseName(), null, x.inspectorNames())).toList();
    return new Replay(draw.drawNumber(), DrawAlgorithm.commitment(seed).equals(draw.seedHash()),
        recomputed.equals(stored), draw.seedHash(), draw.seed(), recomputed);
  }

  private List<Assignment> compute(DrawEntity draw) {
    byte[] seed = HexFormat.of().parseHex(draw.seed());
    List<String> pool = draw.enterprisePool();
    List<DrawEntity.PoolInspector> people = draw.inspectorPool();
    List<Assignment> out = new ArrayList<>();
    for (DrawAlgorithm.Team t : DrawAlgorithm.draw(seed, pool.size(), people.size(), draw.enterpriseCount(),
        draw.teamSize())) {
      String code = pool.get(t.enterprise());
      String name = enterprises.find(code).map(Enterprise::name).orElse(code);
      out.add(new Assignment(code, name,
          t.inspectors().stream().map(i -> people.get(i).inspectorId()).toList(),
          t.inspectors().stream().map(i -> people.get(i).inspectorName()).toList()));
    }
    return out;
  }

  private static Assignment publicOf(Assignment a) {
    return new Assignment(a.enterpriseCode(), a.enterpriseName(), null, a.inspectorNames());
  }

  private List<String> enterprisePool(String keyword, Set<CreditTier> tiers) {
    List<String> codes = new ArrayList<>();
    for (int page = 0; ; page++) {
      Page<Enterprise> p = enterprises.search(keyword, page, PAGE);
      p.getContent().stream().filter(e -> tiers.contains(e.tier())).map(Enterprise::creditCode).forEach(codes::add);
      if (!p.hasNext()) {
        break;
      }
    }
    return codes.stream().distinct().sorted().toList();
  }

  private InspectionPlan plan(DrawRequest r, String agencyCode) {
    if (r.planId() != null) {
      return plans.get(r.planId());
    }
    if (r.planNumber() == null || r.planNumber().isBlank()) {
      throw new RuleViolationException(DrawPolicy.RULE, "planId", "请指定双随机抽取所依据的检查计划（计划 id 或计划编号）。");
    }
    String number = r.planNumber().strip().toUpperCase(Locale.ROOT);
    return plans.list(null, null, null).stream().filter(p -> p.planNumber().equals(number)).findFirst()
        .orElseThrow(() -> new NotFoundException("检查计划 " + number + " 不存在。"));
  }

  private DrawEntity entity(String drawNumber) {
    return draws.findByDrawNumber(normalize(drawNumber))
        .orElseThrow(() -> new NotFoundException("双随机抽取 " + drawNumber + " 不存在。"));
  }

  private static String normalize(String number) {
    return number == null ? "" : number.strip().toUpperCase(Locale.ROOT);
  }

  private static Draw view(DrawEntity d, boolean staff) {
    boolean drawn = DRAWN.equals(d.status());
    List<Assignment> result = d.result().stream()
        .map(x -> new Assignment(x.enterpriseCode(), x.enterpriseName(), staff ? x.inspectorIds() : null,
            x.inspectorNames()))
        .toList();
    List<Step> steps = staff
        ? d.steps().stream().map(s -> new Step(s.step(), s.actor(), s.at(), s.detail())).toList()
        : List.of();
    List<DrawEntity.PoolInspector> people = d.inspectorPool();
    List<String> pool = d.enterprisePool();
    return new Draw(d.drawNumber(), d.status(), d.planNumber(), d.planVersion(), d.planTitle(), d.agencyName(),
        d.enterpriseFilter(), d.enterpriseCount(), d.teamSize(), d.algorithm(), d.seedHash(), drawn ? d.seed() : null,
        pool.size(), people.size(), pool, people.stream().map(DrawEntity.PoolInspector::inspectorName).toList(),
        d.committedAt(), staff ? d.committedBy() : null, d.executedAt(), staff ? d.executedBy() : null, result,
        steps);
  }
}
