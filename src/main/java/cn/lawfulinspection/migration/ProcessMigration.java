package cn.lawfulinspection.migration;

import cn.lawfulinspection.identity.Actor;
import cn.lawfulinspection.identity.Actors;
import cn.lawfulinspection.migration.MigrationReport.Instance;
import cn.lawfulinspection.migration.MigrationReport.Outcome;
import cn.lawfulinspection.migration.MigrationReport.Pair;
import cn.lawfulinspection.migration.internal.MigrationRecords;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationException;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.query.Query;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves the running instances of the platform's processes to the newest deployed version of each (流程实例迁移,
 * docs/migration.md). Per version pair (an older version with running instances → the newest version) it generates
 * a plan from equal activity ids and validates it; every instance is then tried: migrated inside a transaction that
 * is rolled back, which is Camunda's own instance validation. A dry run stops there and changes nothing; a migration
 * moves the instances that passed, at once or as a Camunda batch, and records who migrated what.
 *
 * <p>Timers and message subscriptions keep what they were (no {@code updateEventTriggers}): a deadline that is
 * running is a legal fact and does not restart because the model changed. Custom listeners and input/output mappings
 * are skipped: moving an instance is not taking a step. Records find their process by process instance id
 * (task/TaskBinding, plan binding), which migration keeps.
 */
@Service
public class ProcessMigration {

  /** The processes of the platform (bpmn/), spine first; the called processes migrate on their own. */
  public static final List<String> SPINE = List.of("InspectionTaskProcess", "HeadApprovalProcess",
      "ResultBackfillProcess", "FollowUpProcess", "PostHocApprovalProcess", "QuietExceptionFilingProcess",
      "InspectionPlanProcess", "MonthlyTriggeredFilingProcess", "TaskRegistrationProcess", "GuidanceRequestProcess");
  /** Up to this many instances of a version pair migrate at once; more go to a Camunda batch. */
  public static final int SYNC_LIMIT = 100;
  private static final int PAGE = 500;

  /** How to run a migration. */
  public enum Mode {
    /** at once up to {@link #SYNC_LIMIT} instances per pair, else as a batch */
    AUTO,
    /** at once, in one transaction per version pair */
    SYNC,
    /** as a Camunda batch run by the job executor */
    BATCH
  }

  private static final Logger log = LoggerFactory.getLogger(ProcessMigration.class);

  private final RepositoryService repositoryService;
  private final RuntimeService runtimeService;
  private final TransactionTemplate ownTransaction;
  private final MigrationRecords records;
  private final Actors actors;

  ProcessMigration(RepositoryService repositoryService, RuntimeService runtimeService,
      PlatformTransactionManager transactions, MigrationRecords records, Actors actors) {
    this.repositoryService = repositoryService;
    this.runtimeService = runtimeService;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.records = records;
    this.actors = actors;
  }

  /** What a migration of the request's instances would do; changes nothing. */
  public MigrationReport dryRun(MigrationRequest request) {
    administrator();
    List<Pair> pairs = new ArrayList<>();
    for (String key : keys(request.processKeys())) {
      for (Candidate c : candidates(key, request.processInstanceIds())) {
        pairs.add(c.report(c.allMigratable() ? Outcome.WOULD_MIGRATE
            : c.migratable().isEmpty() ? Outcome.NOT_MIGRATED : Outcome.WOULD_MIGRATE_PARTLY, 0, null));
      }
    }
    log.info("process migration dry run by {}: {} version pairs", actors.current().name(), pairs.size());
    return new MigrationReport(true, pairs);
  }

  /**
   * Migrates the request's instances that pass their trial to the newest version of their process and records it;
   * instances that do not pass stay where they are and are reported.
   */
  public MigrationReport migrate(MigrationRequest request) {
    Actor actor = administrator();
    Mode mode = request.mode();
    List<Pair> pairs = new ArrayList<>();
    for (String key : keys(request.processKeys())) {
      for (Candidate c : candidates(key, request.processInstanceIds())) {
        List<Instance> movable = c.migratable();
        if (movable.isEmpty()) {
          pairs.add(c.report(Outcome.NOT_MIGRATED, 0, null));
          continue;
        }
        List<String> ids = movable.stream().map(Instance::processInstanceId).toList();
        var migration = runtimeService.newMigration(c.plan()).processInstanceIds(ids)
            .skipCustomListeners().skipIoMappings();
        boolean batch = mode == Mode.BATCH || (mode == Mode.AUTO && ids.size() > SYNC_LIMIT);
        // the migration (or the batch's creation) and its record commit together
        String batchId = ownTransaction.execute(status -> {
          String started = null;
          if (batch) {
            started = migration.executeAsync().getId();
          } else {
            migration.execute();
          }
          records.record(actor.userId(), c.source(), c.target(), batch ? Mode.BATCH : Mode.SYNC, started, movable);
          return started;
        });
        log.info("{} migrated {} instances of {} v{} to v{} ({})", actor.userId(), ids.size(), key,
            c.source().getVersion(), c.target().getVersion(), batch ? "batch " + batchId : "at once");
        pairs.add(c.report(batch ? Outcome.BATCH_STARTED : Outcome.MIGRATED, ids.size(), batchId));
      }
    }
    return new MigrationReport(false, pairs);
  }

  /** A process key that is not one of {@link #SPINE}. */
  public static final class UnknownProcess extends RuntimeException {

    UnknownProcess(String processKey) {
      super(processKey);
    }
  }

  private Actor administrator() {
    Actor actor = actors.current();
    if (!actor.administrator()) {
      throw new AccessDeniedException("only administrators migrate process instances");
    }
    return actor;
  }

  private static List<String> keys(Collection<String> processKeys) {
    if (processKeys == null || processKeys.isEmpty()) {
      return SPINE;
    }
    for (String key : processKeys) {
      if (!SPINE.contains(key)) {
        throw new UnknownProcess(key);
      }
    }
    return SPINE.stream().filter(processKeys::contains).toList();
  }

  /** Every older version of the process that has running instances, with its plan to the newest version. */
  private List<Candidate> candidates(String key, Collection<String> onlyInstances) {
    ProcessDefinition target = repositoryService.createProcessDefinitionQuery().processDefinitionKey(key)
        .withoutTenantId().latestVersion().singleResult();
    if (target == null) {
      return List.of();
    }
    List<Candidate> candidates = new ArrayList<>();
    for (ProcessDefinition source : all(repositoryService.createProcessDefinitionQuery().processDefinitionKey(key)
        .withoutTenantId().orderByProcessDefinitionVersion().asc())) {
      if (source.getVersion() >= target.getVersion()) {
        continue;
      }
      var query = runtimeService.createProcessInstanceQuery().processDefinitionId(source.getId());
      if (!onlyInstances.isEmpty()) {
        query.processInstanceIds(Set.copyOf(onlyInstances));
      }
      List<ProcessInstance> running = all(query.orderByProcessInstanceId().asc());
      if (!running.isEmpty()) {
        candidates.add(candidate(source, target, running));
      }
    }
    return candidates;
  }

  /** Every result, page by page: the engine refuses unbounded lists to a logged-in user (queryMaxResultsLimit). */
  private static <T> List<T> all(Query<?, T> query) {
    List<T> all = new ArrayList<>();
    List<T> page;
    do {
      page = query.listPage(all.size(), PAGE);
      all.addAll(page);
    } while (page.size() == PAGE);
    return all;
  }

  private Candidate candidate(ProcessDefinition source, ProcessDefinition target, List<ProcessInstance> running) {
    MigrationPlan plan = null;
    List<String> planErrors = new ArrayList<>();
    try {
      plan = runtimeService.createMigrationPlan(source.getId(), target.getId()).mapEqualActivities().build();
    } catch (MigrationPlanValidationException e) {
      planErrors.addAll(MigrationErrors.of(e.getValidationReport()));
    }
    List<Instance> instances = new ArrayList<>();
    for (ProcessInstance pi : running) {
      List<String> activities = runtimeService.getActiveActivityIds(pi.getId());
      List<String> errors = plan == null ? List.of("迁移计划无效，未试迁移。") : tryMigration(plan, pi.getId());
      instances.add(new Instance(pi.getId(), pi.getBusinessKey(), activities, errors.isEmpty(), errors));
    }
    return new Candidate(source, target, plan, planErrors, instances);
  }

  /** Migrates the one instance in a transaction that is always rolled back; what the engine refused, if anything. */
  private List<String> tryMigration(MigrationPlan plan, String processInstanceId) {
    try {
      ownTransaction.executeWithoutResult(status -> {
        status.setRollbackOnly();
        runtimeService.newMigration(plan).processInstanceIds(processInstanceId).skipCustomListeners()
            .skipIoMappings().execute();
      });
      return List.of();
    } catch (MigratingProcessInstanceValidationException e) {
      return MigrationErrors.of(e.getValidationReport());
    } catch (RuntimeException e) {
      return List.of("试迁移失败：" + e.getMessage());
    }
  }

  private record Candidate(ProcessDefinition source, ProcessDefinition target, MigrationPlan plan,
      List<String> planErrors, List<Instance> instances) {

    List<Instance> migratable() {
      return plan == null ? List.of() : instances.stream().filter(Instance::migratable).toList();
    }

    boolean allMigratable() {
      return plan != null && migratable().size() == instances.size();
    }

    Pair report(Outcome outcome, int migrated, String batchId) {
      return new Pair(source.getKey(), source.getId(), source.getVersion(), target.getId(), target.getVersion(),
          planErrors, instances, outcome, migrated, batchId);
    }
  }
}
