package cn.lawfulinspection.result.process;

import static cn.lawfulinspection.result.process.ResultBackfillProcessIds.*;
import static cn.lawfulinspection.task.process.InspectionTaskProcessIds.*;

import cn.lawfulinspection.common.RuleViolationException;
import cn.lawfulinspection.common.process.ProcessValues;
import cn.lawfulinspection.result.ItemOutcome;
import cn.lawfulinspection.result.ResultSubmission;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.json.SpinJsonNode;

/**
 * Reads the backfill form into a {@link ResultSubmission}: the list {@code items}, one row per item with its
 * {@code itemCode} (the form's only list: R-IG-3). The codes are what the completion sent; {@code ResultService}
 * refuses a code not on the task, a code twice or an item missing (R-MD-3). The list may be Spin JSON (what Tasklist
 * sends, typed Json), JSON text or Java lists and maps; evidence a JSON array or text with one reference per line.
 */
final class ResultVariables {

  private ResultVariables() {}

  static ResultSubmission submission(VariableScope scope, ObjectMapper json) {
    List<ResultSubmission.Entry> entries = new ArrayList<>();
    JsonNode rows = node(scope.getVariable(ITEMS), json, ITEMS);
    if (!rows.isArray()) {
      throw unreadable(ITEMS);
    }
    for (JsonNode row : rows) {
      if (!row.isObject()) {
        throw unreadable(ITEMS);
      }
      String outcome = text(row, "outcome");
      entries.add(new ResultSubmission.Entry(text(row, "itemCode"),
          outcome == null ? null : Arrays.stream(ItemOutcome.values()).filter(o -> o.name().equals(outcome))
              .findFirst().orElseThrow(() -> new RuleViolationException("R-RS-1", "outcome", "无法识别的检查结论：" + outcome)),
          text(row, "findings"), row.path("minor").asBoolean(false), evidence(row.path("evidence"))));
    }
    return new ResultSubmission(entries, ProcessValues.date(scope, RECTIFICATION_DEADLINE, "R-RS-4"),
        ProcessValues.string(scope, RESULT_REMARKS));
  }

  private static JsonNode node(Object value, ObjectMapper json, String name) {
    try {
      return value == null ? json.createArrayNode()
          : value instanceof SpinJsonNode spin ? json.readTree(spin.toString())
          : value instanceof String text ? json.readTree(text)
          : json.valueToTree(value);
    } catch (Exception e) {
      throw unreadable(name);
    }
  }

  private static RuleViolationException unreadable(String name) {
    return new RuleViolationException("R-RS-1", name, "检查结果无法读取，请逐项选择检查结论后重新提交。");
  }

  private static String text(JsonNode row, String field) {
    JsonNode v = row.path(field);
    return v.isMissingNode() || v.isNull() || v.asText().isBlank() ? null : v.asText().strip();
  }

  private static List<String> evidence(JsonNode v) {
    List<String> refs = new ArrayList<>();
    if (v.isArray()) {
      v.forEach(e -> refs.add(e.asText()));
    } else if (!v.isMissingNode() && !v.isNull()) {
      for (String part : v.asText().split("[\\n,，;；]+")) {
        if (!part.isBlank()) {
          refs.add(part.strip());
        }
      }
    }
    return refs;
  }
}
