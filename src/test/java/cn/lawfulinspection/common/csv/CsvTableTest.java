package cn.lawfulinspection.common.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CsvTableTest {

  private static final List<CsvColumn> COLUMNS = List.of(
      CsvColumn.required("code", "代码"), CsvColumn.required("name", "名称"), CsvColumn.optional("note", "备注"));

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  @DisplayName("Chinese and English headers are mapped, rows know their line, blank lines are skipped")
  void headersAndLines() {
    CsvTable table = CsvTable.read(utf8("代码,name\r\nA1,甲\r\n\r\nA2,\"乙,\n丙\"\r\nA3,𠮷\r\n"), COLUMNS);
    assertThat(table.rows()).extracting(CsvTable.Row::line).containsExactly(2, 4, 6);
    assertThat(table.rows().get(1).get("name")).isEqualTo("乙,\n丙");
    assertThat(table.rows().get(2).get("name")).isEqualTo("𠮷");
    assertThat(table.rows().get(0).get("note")).isEmpty();
  }

  @Test
  @DisplayName("a UTF-8 BOM is dropped, so the first header is still recognized")
  void bom() {
    byte[] body = utf8("代码,名称\nA1,甲\n");
    byte[] withBom = new byte[body.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(body, 0, withBom, 3, body.length);
    assertThat(CsvTable.read(withBom, COLUMNS).rows()).singleElement()
        .satisfies(r -> assertThat(r.get("code")).isEqualTo("A1"));
  }

  @Test
  @DisplayName("a GBK file is refused with a message telling the user to save it as UTF-8")
  void gbk() {
    byte[] gbk = "代码,名称\nA1,泰州市食品有限公司\n".getBytes(Charset.forName("GBK"));
    assertThatThrownBy(() -> CsvTable.read(gbk, COLUMNS))
        .isInstanceOf(CsvImportException.class)
        .hasMessageContaining("GBK").hasMessageContaining("UTF-8");
  }

  @Test
  @DisplayName("an unknown header and a missing required column are both reported on line 1")
  void badHeader() {
    assertThatThrownBy(() -> CsvTable.read(utf8("代码,颜色\nA1,红\n"), COLUMNS))
        .isInstanceOfSatisfying(CsvImportException.class, e -> assertThat(e.errors())
            .extracting(ImportError::line, ImportError::field)
            .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "颜色"), org.assertj.core.groups.Tuple.tuple(1, "name")));
  }

  @Test
  @DisplayName("dates and yes/no cells are read strictly")
  void values() {
    assertThat(CsvValues.date("2025-02-28")).hasValueSatisfying(d -> assertThat(d.getDayOfMonth()).isEqualTo(28));
    assertThat(CsvValues.date("2025/3/1")).isPresent();
    assertThat(CsvValues.date("2025-02-30")).isEmpty();
    assertThat(CsvValues.date("明年")).isEmpty();
    assertThat(CsvValues.bool("是")).contains(true);
    assertThat(CsvValues.bool("")).contains(false);
    assertThat(CsvValues.bool("也许")).isEmpty();
  }
}
