package cn.lawfulinspection.inspector.internal;

import cn.lawfulinspection.agency.AgencyService;
import cn.lawfulinspection.common.csv.CsvColumn;
import cn.lawfulinspection.common.csv.CsvImportException;
import cn.lawfulinspection.common.csv.CsvTable;
import cn.lawfulinspection.common.csv.CsvTable.Row;
import cn.lawfulinspection.common.csv.CsvValues;
import cn.lawfulinspection.common.csv.ImportError;
import cn.lawfulinspection.common.csv.ImportSummary;
import cn.lawfulinspection.inspector.EnforcementCertificate;
import cn.lawfulinspection.inspector.Inspector;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * CSV import of inspectors (columns in docs/csv-import.md): every row is checked first; a file with any bad row imports
 * nothing, otherwise all rows are created in one transaction. Existing inspectors are never overwritten.
 */
@Service
class InspectorCsvImport {

  static final List<CsvColumn> COLUMNS = List.of(
      CsvColumn.required("id", "工号", "执法人员编号"),
      CsvColumn.required("name", "姓名"),
      CsvColumn.required("agencyCode", "执法机关代码", "单位代码"),
      CsvColumn.optional("userId", "账号", "用户名"),
      CsvColumn.optional("phone", "电话", "手机"),
      CsvColumn.optional("certificateNumber", "执法证号", "执法证件号"),
      CsvColumn.optional("validFrom", "有效期起", "发证日期"),
      CsvColumn.optional("validTo", "有效期止", "有效期至"),
      CsvColumn.optional("revoked", "已吊销", "是否吊销"));

  private final JpaInspectorService inspectors;
  private final AgencyService agencies;

  InspectorCsvImport(JpaInspectorService inspectors, AgencyService agencies) {
    this.inspectors = inspectors;
    this.agencies = agencies;
  }

  @Transactional
  public ImportSummary importFile(byte[] bytes) {
    List<Row> rows = CsvTable.read(bytes, COLUMNS).rows();
    List<ImportError> errors = new ArrayList<>();
    Set<String> ids = new HashSet<>(inspectors.existingIds(rows.stream().map(r -> r.get("id")).toList()));
    Set<String> userIds = new HashSet<>(inspectors.existingUserIds(
        rows.stream().map(r -> r.get("userId")).filter(s -> !s.isEmpty()).toList()));
    Map<String, Integer> idLine = new HashMap<>();
    Map<String, Integer> userLine = new HashMap<>();
    List<Inspector> valid = new ArrayList<>();
    for (Row row : rows) {
      int before = errors.size();
      Inspector inspector = check(row, errors);
      String id = row.get("id");
      if (!id.isEmpty()) {
        if (idLine.containsKey(id)) {
          errors.add(new ImportError(row.line(), "id", null, "工号" + id + "与第" + idLine.get(id) + "行重复"));
        } else if (ids.contains(id)) {
          errors.add(new ImportError(row.line(), "id", null, "工号" + id + "的执法人员已存在"));
        }
        idLine.putIfAbsent(id, row.line());
      }
      String userId = row.get("userId");
      if (!userId.isEmpty()) {
        if (userLine.containsKey(userId)) {
          errors.add(new ImportError(row.line(), "userId", null, "账号" + userId + "与第" + userLine.get(userId) + "行重复"));
        } else if (userIds.contains(userId)) {
          errors.add(new ImportError(row.line(), "userId", null, "账号" + userId + "已关联其他执法人员"));
        }
        userLine.putIfAbsent(userId, row.line());
      }
      if (errors.size() == before && inspector != null) {
        valid.add(inspector);
      }
    }
    if (rows.isEmpty()) {
      errors.add(new ImportError(1, "file", null, "文件只有表头，没有数据行"));
    }
    if (!errors.isEmpty()) {
      throw CsvImportException.of(errors);
    }
    inspectors.createAll(valid);
    return new ImportSummary(valid.size());
  }

  private Inspector check(Row row, List<ImportError> errors) {
    int line = row.line();
    int before = errors.size();
    String id = row.get("id");
    if (id.isEmpty()) {
      errors.add(new ImportError(line, "id", null, "缺少工号"));
    } else if (!id.matches(InspectorController.ID_PATTERN)) {
      errors.add(new ImportError(line, "id", null, "工号“" + id + "”只能由字母、数字和连字符组成（最多32位）"));
    }
    String name = row.get("name");
    if (name.isEmpty()) {
      errors.add(new ImportError(line, "name", null, "缺少姓名"));
    } else if (name.length() > 100) {
      errors.add(new ImportError(line, "name", null, "姓名不能超过100个字符"));
    }
    String agency = row.get("agencyCode");
    if (agency.isEmpty()) {
      errors.add(new ImportError(line, "agencyCode", null, "缺少执法机关代码"));
    } else if (agencies.find(agency).isEmpty()) {
      errors.add(new ImportError(line, "agencyCode", null, "执法机关代码“" + agency + "”不存在"));
    }
    String userId = row.get("userId");
    if (!userId.isEmpty() && !userId.matches("[a-zA-Z0-9]{1,64}")) {
      errors.add(new ImportError(line, "userId", null, "账号“" + userId + "”只能由字母和数字组成"));
    }
    if (row.get("phone").length() > 32) {
      errors.add(new ImportError(line, "phone", null, "电话不能超过32个字符"));
    }
    EnforcementCertificate certificate = certificate(row, errors);
    if (errors.size() > before) {
      return null;
    }
    return new Inspector(id, name, agency, userId.isEmpty() ? null : userId,
        row.has("phone") ? row.get("phone") : null, certificate);
  }

  private static EnforcementCertificate certificate(Row row, List<ImportError> errors) {
    int line = row.line();
    String number = row.get("certificateNumber");
    if (number.isEmpty()) {
      if (row.has("validFrom") || row.has("validTo")) {
        errors.add(new ImportError(line, "certificateNumber", "R-MD-1", "填写了证件有效期但缺少执法证号"));
      }
      return null;
    }
    if (number.length() > 32) {
      errors.add(new ImportError(line, "certificateNumber", null, "执法证号不能超过32个字符"));
    }
    Optional<LocalDate> from = date(row, "validFrom", "有效期起", errors);
    Optional<LocalDate> to = date(row, "validTo", "有效期止", errors);
    if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
      errors.add(new ImportError(line, "validTo", null, "有效期止" + to.get() + "早于有效期起" + from.get()));
    }
    Optional<Boolean> revoked = CsvValues.bool(row.get("revoked"));
    if (revoked.isEmpty()) {
      errors.add(new ImportError(line, "revoked", null, "已吊销一栏只能填“是”或“否”，而不是“" + row.get("revoked") + "”"));
    }
    return new EnforcementCertificate(number, from.orElse(null), to.orElse(null), revoked.orElse(false));
  }

  private static Optional<LocalDate> date(Row row, String column, String label, List<ImportError> errors) {
    String cell = row.get(column);
    if (cell.isEmpty()) {
      errors.add(new ImportError(row.line(), column, null, "有执法证号时必须填写" + label + "（格式 2025-01-31）"));
      return Optional.empty();
    }
    Optional<LocalDate> date = CsvValues.date(cell);
    if (date.isEmpty()) {
      errors.add(new ImportError(row.line(), column, null, label + "“" + cell + "”不是有效日期（格式 2025-01-31）"));
    }
    return date;
  }
}
