package cn.lawfulinspection.enterprise.internal;

import cn.lawfulinspection.common.Verdict;
import cn.lawfulinspection.common.csv.CsvColumn;
import cn.lawfulinspection.common.csv.CsvImportException;
import cn.lawfulinspection.common.csv.CsvTable;
import cn.lawfulinspection.common.csv.CsvTable.Row;
import cn.lawfulinspection.common.csv.CsvValues;
import cn.lawfulinspection.common.csv.ImportError;
import cn.lawfulinspection.common.csv.ImportSummary;
import cn.lawfulinspection.enterprise.ClassificationPolicy;
import cn.lawfulinspection.enterprise.CreditCode;
import cn.lawfulinspection.enterprise.CreditTier;
import cn.lawfulinspection.enterprise.Enterprise;
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
 * CSV import of enterprises (columns in docs/csv-import.md): every row is checked first (R-MD-4 code, R-MD-5 tier and
 * lists, name, duplicates in the file and in the database); a file with any bad row imports nothing, otherwise all
 * rows are created in one transaction. Existing enterprises are never overwritten.
 */
@Service
class EnterpriseCsvImport {

  static final List<CsvColumn> COLUMNS = List.of(
      CsvColumn.required("creditCode", "统一社会信用代码", "信用代码"),
      CsvColumn.required("name", "企业名称", "名称"),
      CsvColumn.optional("address", "地址", "住所"),
      CsvColumn.optional("contact", "联系人", "联系方式"),
      CsvColumn.required("tier", "信用等级", "风险等级", "信用风险等级"),
      CsvColumn.optional("whiteListed", "白名单"),
      CsvColumn.optional("keySupervision", "重点监管"),
      CsvColumn.optional("seriouslyDishonest", "严重失信"));

  private final JpaEnterpriseService enterprises;

  EnterpriseCsvImport(JpaEnterpriseService enterprises) {
    this.enterprises = enterprises;
  }

  @Transactional
  public ImportSummary importFile(byte[] bytes) {
    List<Row> rows = CsvTable.read(bytes, COLUMNS).rows();
    Set<String> existing = new HashSet<>(enterprises.existingCodes(rows.stream().map(r -> r.get("creditCode")).toList()));
    Map<String, Integer> firstLine = new HashMap<>();
    List<ImportError> errors = new ArrayList<>();
    List<Enterprise> valid = new ArrayList<>();
    for (Row row : rows) {
      int before = errors.size();
      Enterprise enterprise = check(row, errors);
      String code = row.get("creditCode");
      if (!code.isEmpty()) {
        if (firstLine.containsKey(code)) {
          errors.add(new ImportError(row.line(), "creditCode", CreditCode.RULE,
              "统一社会信用代码" + code + "与第" + firstLine.get(code) + "行重复"));
        } else if (existing.contains(code)) {
          errors.add(new ImportError(row.line(), "creditCode", CreditCode.RULE,
              "统一社会信用代码" + code + "的企业已存在"));
        }
        firstLine.putIfAbsent(code, row.line());
      }
      if (errors.size() == before && enterprise != null) {
        valid.add(enterprise);
      }
    }
    if (rows.isEmpty()) {
      errors.add(new ImportError(1, "file", null, "文件只有表头，没有数据行"));
    }
    if (!errors.isEmpty()) {
      throw CsvImportException.of(errors);
    }
    enterprises.createAll(valid);
    return new ImportSummary(valid.size());
  }

  private static Enterprise check(Row row, List<ImportError> errors) {
    int line = row.line();
    int before = errors.size();
    add(errors, line, CreditCode.check(row.get("creditCode")));
    String name = row.get("name");
    if (name.isEmpty()) {
      errors.add(new ImportError(line, "name", null, "缺少企业名称"));
    } else if (name.length() > 200) {
      errors.add(new ImportError(line, "name", null, "企业名称不能超过200个字符"));
    }
    if (row.get("address").length() > 300) {
      errors.add(new ImportError(line, "address", null, "地址不能超过300个字符"));
    }
    if (row.get("contact").length() > 100) {
      errors.add(new ImportError(line, "contact", null, "联系方式不能超过100个字符"));
    }
    Optional<Boolean> white = flag(row, "whiteListed", "白名单", errors);
    Optional<Boolean> key = flag(row, "keySupervision", "重点监管", errors);
    Optional<Boolean> dishonest = flag(row, "seriouslyDishonest", "严重失信", errors);
    add(errors, line, ClassificationPolicy.check(row.get("tier"), white.orElse(false), key.orElse(false)));
    if (errors.size() > before) {
      return null;
    }
    return new Enterprise(row.get("creditCode"), name, row.has("address") ? row.get("address") : null,
        row.has("contact") ? row.get("contact") : null, CreditTier.parse(row.get("tier")).orElseThrow(),
        white.orElse(false), key.orElse(false), dishonest.orElse(false));
  }

  private static Optional<Boolean> flag(Row row, String column, String label, List<ImportError> errors) {
    Optional<Boolean> value = CsvValues.bool(row.get(column));
    if (value.isEmpty()) {
      errors.add(new ImportError(row.line(), column, ClassificationPolicy.RULE,
          label + "一栏只能填“是”或“否”，而不是“" + row.get(column) + "”"));
    }
    return value;
  }

  private static void add(List<ImportError> errors, int line, Verdict verdict) {
    if (verdict.refused()) {
      errors.add(new ImportError(line, verdict.field(), verdict.ruleId(), verdict.message()));
    }
  }
}
