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
 * Reads the backfill form (or {@code /engine-rest}) into a {@link ResultSubmission}: {@code itemResults} as a Spin
 * JSON value, a JSON text or Java lists and maps; evidence as a JSON array or text with one reference per line.
 */
final class ResultVariables {

  private ResultVariables() {}

  static ResultSubmission submission(VariableScope scope, ObjectMapper json) {
    JsonNode rows = rows(scope.getVariable(ITEM_RESULTS), json);
    List<ResultSubmission.Entry> entries = new ArrayList<>();
    for (JsonNode row : rows) {
      String outcome = text(row, "outcome");
      entries.add(new ResultSubmission.Entry(text(row, "itemCode"),
          outcome == null ? null : Arrays.stream(ItemOutcome.values()).filter(o -> o.name().equals(outcome))
              .findFirst().orElseThrow(() -> new RuleViolationException("R-RS-1", "outcome", "无法识别的检查结论：" + outcome)),
          text(row, "findings"), row.path("minor").asBoolean(false), evidence(row.path("evidence"))));
    }
    return new ResultSubmission(entries, ProcessValues.date(scope, RECTIFICATION_DEADLINE, "R-RS-4"),
        ProcessValues.string(scope, RESULT_REMARKS));
  }

  private static JsonNode rows(Object value, ObjectMapper json) {
    try {
      JsonNode node = value == null ? json.createArrayNode()
          : value instanceof SpinJsonNode spin ? json.readTree(spin.toString())
          : value instanceof String text ? json.readTree(text)
          : json.valueToTree(value);
      if (!node.isArray()) {
        throw new IllegalArgumentException("not an array");
      }
      return node;
    } catch (Exception e) {
      throw new RuleViolationException("R-RS-1", ITEM_RESULTS, "检查结果列表无法读取，请逐项选择检查结论后重新提交。");
    }
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
