package cn.lawfulinspection.common.csv;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file with a header row, decoded as strict UTF-8 (with or without BOM), its headers mapped to canonical column
 * names (Chinese or English accepted), each row knowing the line it starts on.
 *
 * <p>A file that is not valid UTF-8 is refused; if it decodes as GBK (what Excel writes for "CSV" on a Chinese
 * Windows) the message says so and tells the user to save it as UTF-8.
 */
public final class CsvTable {

  private static final Charset GBK = Charset.forName("GBK");

  private final List<Row> rows;

  private CsvTable(List<Row> rows) {
    this.rows = rows;
  }

  public List<Row> rows() {
    return rows;
  }

  /** Decodes and parses; throws {@link CsvImportException} (line 0 or 1) when the file cannot be read at all. */
  public static CsvTable read(byte[] bytes, List<CsvColumn> columns) {
    String text = decode(bytes);
    CSVFormat format = CSVFormat.DEFAULT.builder()
        .setIgnoreEmptyLines(true)
        .setIgnoreSurroundingSpaces(true)
        .get();
    try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get()) {
      java.util.Iterator<CSVRecord> records = parser.iterator();
      if (!records.hasNext()) {
        throw refuse("文件是空的：第一行应为表头，其后每行一条记录。");
      }
      Map<String, Integer> index = mapHeader(records.next().toList(), columns);
      int[] lineStarts = lineStarts(text);
      List<Row> rows = new ArrayList<>();
      while (records.hasNext()) {
        CSVRecord record = records.next();
        Map<String, String> values = new HashMap<>();
        index.forEach((name, i) -> values.put(name, i < record.size() ? record.get(i).trim() : ""));
        rows.add(new Row(lineOf(lineStarts, startOf(text, record.getCharacterPosition())), values));
      }
      return new CsvTable(rows);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
      // commons-csv reports a broken quote as an unchecked exception while iterating
      throw new CsvImportException("文件不是有效的 CSV（引号不成对或格式错误），未导入任何数据。",
          List.of(new ImportError(0, "file", null, "文件不是有效的 CSV：" + e.getMessage())));
    }
  }

  static String decode(byte[] bytes) {
    int offset = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF
        ? 3 : 0;
    ByteBuffer buffer = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    Optional<String> utf8 = strict(StandardCharsets.UTF_8, buffer.duplicate());
    if (utf8.isPresent()) {
      if (utf8.get().isBlank()) {
        throw refuse("文件是空的：第一行应为表头，其后每行一条记录。");
      }
      return utf8.get();
    }
    if (strict(GBK, buffer.duplicate()).isPresent()) {
      throw refuse("文件编码是 GBK（Excel 默认的“CSV（逗号分隔）”格式），不是 UTF-8。"
          + "请在 Excel 中“另存为”→“CSV UTF-8（逗号分隔）”，或在记事本中另存为 UTF-8 编码后重新导入。");
    }
    throw refuse("文件编码无法识别：请保存为 UTF-8 编码的 CSV 文件后重新导入。");
  }

  private static Optional<String> strict(Charset charset, ByteBuffer bytes) {
    try {
      return Optional.of(charset.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(bytes).toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  private static CsvImportException refuse(String message) {
    return new CsvImportException(message + "未导入任何数据。", List.of(new ImportError(0, "file", null, message)));
  }

  private static Map<String, Integer> mapHeader(List<String> headers, List<CsvColumn> columns) {
    Map<String, Integer> index = new LinkedHashMap<>();
    List<ImportError> errors = new ArrayList<>();
    for (int i = 0; i < headers.size(); i++) {
      String header = headers.get(i) == null ? "" : headers.get(i).trim();
      if (header.isEmpty()) {
        continue;
      }
      final int at = i;
      Optional<CsvColumn> column = columns.stream().filter(c -> c.matches(header)).findFirst();
      if (column.isEmpty()) {
        errors.add(new ImportError(1, header, null, "表头“" + header + "”无法识别；可用的列：" + labels(columns)));
      } else if (index.putIfAbsent(column.get().name(), at) != null) {
        errors.add(new ImportError(1, column.get().name(), null, "表头中“" + column.get().label() + "”出现了两次"));
      }
    }
    for (CsvColumn column : columns) {
      if (column.required() && !index.containsKey(column.name())) {
        errors.add(new ImportError(1, column.name(), null, "缺少必填列“" + column.label() + "”"));
      }
    }
    if (!errors.isEmpty()) {
      throw CsvImportException.of(errors);
    }
    return index;
  }

  private static String labels(List<CsvColumn> columns) {
    return String.join("、", columns.stream().map(CsvColumn::label).toList());
  }

  private static int[] lineStarts(String text) {
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
        starts.add(i + 1);
      }
    }
    return starts.stream().mapToInt(Integer::intValue).toArray();
  }

  /** The parser reports a record after skipped empty lines at the first of them; step over those line ends. */
  private static long startOf(String text, long position) {
    int p = (int) position;
    while (p < text.length() && (text.charAt(p) == '\r' || text.charAt(p) == '\n')) {
      p++;
    }
    return p;
  }

  private static int lineOf(int[] lineStarts, long position) {
    int lo = 0;
    int hi = lineStarts.length - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (lineStarts[mid] <= position) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo + 1;
  }

  /** One data row: the line it starts on and its values by canonical column name (blank when absent). */
  public record Row(int line, Map<String, String> values) {

    public String get(String column) {
      return values.getOrDefault(column, "");
    }

    public boolean has(String column) {
      return !get(column).isEmpty();
    }
  }
}
