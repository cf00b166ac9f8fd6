package cn.lawfulinspection.support;

import cn.lawfulinspection.identity.RunAs;
import cn.lawfulinspection.task.TaskOrigin;
import cn.lawfulinspection.task.TaskRequest;
import cn.lawfulinspection.task.TriggerReason;
import cn.lawfulinspection.task.TriggerRecord;
import cn.lawfulinspection.task.UrgencyCategory;
import cn.lawfulinspection.task.SurpriseReason;
import cn.lawfulinspection.task.NewTriggerRecord;
import cn.lawfulinspection.trigger.TriggerRecordService;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * R-TK-10 for tests about other rules: registers the trigger record a triggered task links (as the registering user, so
 * of the same agency) and fills in what an emergency (R-TK-4) or a surprise (R-NT-3) must state. Tests of those rules
 * themselves build their requests without it.
 */
@Component
public class TriggerRecordsForTests {

  private final TriggerRecordService records;
  private final RunAs runAs;
  private final Clock clock;
  private final ObjectMapper json = new ObjectMapper();

  TriggerRecordsForTests(TriggerRecordService records, RunAs runAs, Clock clock) {
    this.records = records;
    this.runAs = runAs;
    this.clock = clock;
  }

  /** A new open record of the user's agency about the enterprise; its number. */
  public String open(String userId, String enterpriseCode, TriggerReason kind) {
    return record(userId, enterpriseCode, kind).recordNumber();
  }

  public TriggerRecord record(String userId, String enterpriseCode, TriggerReason kind) {
    TriggerReason k = kind == null ? TriggerReason.COMPLAINT : kind;
    return runAs.as(userId, () -> records.register(new NewTriggerRecord(k, k == TriggerReason.COMPLAINT
        ? "12345 政务服务热线" : "测试来源", k == TriggerReason.COMPLAINT ? "GD" + System.nanoTime() : null,
        LocalDate.now(clock), "测试触发记录：" + k.label(), enterpriseCode)));
  }

  /** The request linked to a new record of its trigger (a triggered one), with urgency and surprise reasons stated. */
  public TaskRequest link(String userId, TaskRequest r) {
    TaskRequest linked = r;
    if (r.origin() == TaskOrigin.TRIGGERED && r.triggerRecord() == null) {
      linked = linked.withTriggerRecord(open(userId, r.enterpriseCode(), r.trigger()));
    }
    if (r.emergency() && r.urgency() == null) {
      linked = linked.withUrgency(UrgencyCategory.PUBLIC_SAFETY, r.triggerDescription() == null
          ? "危及公共安全，须当场检查" : r.triggerDescription());
    }
    if (r.surprise() && r.surpriseReason() == null) {
      linked = linked.withSurprise(SurpriseReason.HIGH_RISK_HAZARD, "排查较高风险隐患，须突击检查");
    }
    return linked;
  }

  /** The same for a JSON body of {@code POST /api/tasks}. */
  public Map<String, Object> link(String userId, Map<String, Object> body) {
    Map<String, Object> linked = new LinkedHashMap<>(body);
    if ("TRIGGERED".equals(String.valueOf(body.get("origin"))) && !body.containsKey("triggerRecord")) {
      Object trigger = body.get("trigger");
      linked.put("triggerRecord", open(userId, String.valueOf(body.get("enterpriseCode")),
          trigger == null ? null : TriggerReason.valueOf(String.valueOf(trigger))));
    }
    if (Boolean.TRUE.equals(body.get("emergency")) && !body.containsKey("urgency")) {
      linked.put("urgency", "PUBLIC_SAFETY");
      linked.put("urgencyReason", body.getOrDefault("triggerDescription", "危及公共安全，须当场检查"));
    }
    if (Boolean.TRUE.equals(body.get("surprise")) && !body.containsKey("surpriseReason")) {
      linked.put("surpriseReason", "HIGH_RISK_HAZARD");
      linked.put("surpriseReasonText", "排查较高风险隐患，须突击检查");
    }
    return linked;
  }

  /** The same for a JSON text body of {@code POST /api/tasks}. */
  @SuppressWarnings("unchecked")
  public String link(String userId, String body) {
    try {
      Map<String, Object> map = json.readValue(body, LinkedHashMap.class);
      return json.writeValueAsString(link(userId, map));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException(body, e);
    }
  }
}
