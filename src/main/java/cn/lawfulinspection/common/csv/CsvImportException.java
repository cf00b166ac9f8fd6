package cn.lawfulinspection.common.csv;

import java.util.List;

/**
 * A CSV file was refused as a whole: nothing of it was imported. Answered as a 422 problem with an {@code errors}
 * array (see {@link CsvImportProblemAdvice}).
 */
public class CsvImportException extends RuntimeException {

  private final transient List<ImportError> errors;

  public CsvImportException(String message, List<ImportError> errors) {
    super(message);
    this.errors = List.copyOf(errors);
  }

  /** Refuses the file for every reported row. */
  public static CsvImportException of(List<ImportError> errors) {
    StringBuilder lines = new StringBuilder();
    errors.stream().map(ImportError::line).distinct().limit(10).forEach(l -> {
      if (lines.length() > 0) {
        lines.append('、');
      }
      lines.append("第").append(l).append("行");
    });
    long distinctLines = errors.stream().map(ImportError::line).distinct().count();
    String more = distinctLines > 10 ? "等" : "";
    return new CsvImportException(
        "文件有 " + errors.size() + " 处错误（" + lines + more + "），未导入任何数据。请改正后重新导入整个文件。", errors);
  }

  public List<ImportError> errors() {
    return errors;
  }
}
