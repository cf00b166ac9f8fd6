package cn.lawfulinspection.browser;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

class BrowserTest {

  @TempDir
  Path dir;

  @Test
  @DisplayName("without Chromium a browser test is skipped on a developer machine")
  void skipsWithoutChromiumOutsideCi() {
    assertThatThrownBy(() -> Browser.requireChromium(dir.resolve("chromium"), dir.resolve("chromedriver"), Map.of()))
        .isInstanceOf(TestAbortedException.class)
        .hasMessageContaining("apt-get install");
  }

  @Test
  @DisplayName("without Chromium a browser test fails in CI")
  void failsWithoutChromiumInCi() {
    assertThatThrownBy(() -> Browser.requireChromium(
        dir.resolve("chromium"), dir.resolve("chromedriver"), Map.of("CI", "true")))
        .isInstanceOf(AssertionFailedError.class);
  }

  @Test
  @DisplayName("with Chromium and chromedriver present a browser test runs")
  void runsWithChromium() throws IOException {
    Path chromium = executable("chromium");
    Path chromedriver = executable("chromedriver");

    assertThatCode(() -> Browser.requireChromium(chromium, chromedriver, Map.of("CI", "true"))).doesNotThrowAnyException();
  }

  private Path executable(String name) throws IOException {
    Path file = Files.createFile(dir.resolve(name));
    file.toFile().setExecutable(true);
    return file;
  }
}
