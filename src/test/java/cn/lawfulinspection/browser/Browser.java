package cn.lawfulinspection.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Debian Chromium driven by Selenium through the system chromedriver, set up as a Chinese (zh-CN) user
 * would have it, with a fresh profile each time.
 *
 * <p>Where Chromium or chromedriver is missing, {@link #open()} skips the test on a developer machine and fails it in
 * CI (environment variable {@code CI} set), so a CI run can never pass without the browser tests. The paths can be
 * changed with {@code -Dbrowser.chromium=...} and {@code -Dbrowser.chromedriver=...}.
 */
public final class Browser implements AutoCloseable {

  static final Path CHROMIUM = Path.of(System.getProperty("browser.chromium", "/usr/bin/chromium"));
  static final Path CHROMEDRIVER = Path.of(System.getProperty("browser.chromedriver", "/usr/bin/chromedriver"));
  /** How long to wait for a page to get into the state a test waits for; not an assertion on speed. */
  static final Duration PATIENCE = Duration.ofSeconds(60);

  /** The login form of the Camunda webapps (camunda-commons-ui auth/page/form.html). */
  public static final By SIGN_IN_USER = By.cssSelector("form[name=signinForm] input[ng-model=username]");
  public static final By SIGN_IN_PASSWORD = By.cssSelector("form[name=signinForm] input[ng-model=password]");
  public static final By SIGN_IN_BUTTON = By.cssSelector("form[name=signinForm] button[type=submit]");

  private final ChromeDriver driver;
  private final Path profile;
  private final WebDriverWait wait;

  private Browser(ChromeDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
    this.wait = new WebDriverWait(driver, PATIENCE);
  }

  /** Starts a fresh headless Chromium with Chinese as the browser language, in a 1400x900 desktop window. */
  public static Browser open() {
    return start(1400, 900, false, "zh-CN");
  }

  /**
   * Starts a fresh headless Chromium like {@link #open()} but with another browser language, e.g. {@code en-US}: the
   * user interface language ({@code --lang}) and the first language of {@code Accept-Language} and
   * {@code navigator.languages}.
   */
  public static Browser openWithLanguage(String language) {
    return start(1400, 900, false, language);
  }

  /**
   * Starts a fresh headless Chromium with Chinese as the browser language whose viewport is the given size in CSS
   * pixels at a device pixel ratio of 1, e.g. {@code open(390, 844)} for a phone. The viewport is emulated (Chrome's
   * mobile emulation, touch included) because a headless window is never narrower than 500 pixels.
   */
  public static Browser open(int width, int height) {
    return start(width, height, true, "zh-CN");
  }

  private static Browser start(int width, int height, boolean emulateDevice, String language) {
    requireChromium();
    Path profile;
    try {
      profile = Files.createTempDirectory("chromium-profile-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-quic", "--no-first-run", "--disable-sync", "--lang=" + language,
        "--window-size=" + width + "," + height, "--user-data-dir=" + profile);
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages",
        language + "," + language.split("-")[0]));
    if (emulateDevice) {
      options.setExperimentalOption("mobileEmulation",
          Map.of("deviceMetrics", Map.of("width", width, "height", height, "pixelRatio", 1.0)));
    }
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort()
        // dates and times in the page as a user in China sees them
        .withEnvironment(Map.of("TZ", "Asia/Shanghai"))
        .build();
    return new Browser(new ChromeDriver(service, options), profile);
  }

  static void requireChromium() {
    requireChromium(CHROMIUM, CHROMEDRIVER, System.getenv());
  }

  /** Skips (developer machine) or fails (CI: {@code CI} set in the environment) when the system browser is missing. */
  static void requireChromium(Path chromium, Path chromedriver, Map<String, String> environment) {
    if (Files.isExecutable(chromium) && Files.isExecutable(chromedriver)) {
      return;
    }
    String message = "Chromium (" + chromium + ") or chromedriver (" + chromedriver + ") is missing: "
        + "apt-get install -y chromium chromium-driver fonts-noto-cjk";
    if (environment.get("CI") != null) {
      Assertions.fail(message);
    }
    Assumptions.abort(message);
  }

  /** Logs in through the login form of a Camunda webapp (Tasklist, Welcome, ...) that shows it. */
  public void signIn(String user, String password) {
    visible(SIGN_IN_USER).sendKeys(user);
    driver.findElement(SIGN_IN_PASSWORD).sendKeys(password);
    driver.findElement(SIGN_IN_BUTTON).click();
    wait.until(ExpectedConditions.invisibilityOfElementLocated(SIGN_IN_BUTTON));
  }

  public WebDriver driver() {
    return driver;
  }

  /**
   * The phone gives pages of {@code origin} (e.g. {@code http://localhost:8080}) this position when they ask
   * ({@code navigator.geolocation}): permission granted and the position emulated through Chrome DevTools.
   */
  public void locatedAt(String origin, double latitude, double longitude, double accuracy) {
    driver.executeCdpCommand("Browser.grantPermissions", Map.of("origin", origin,
        "permissions", List.of("geolocation")));
    driver.executeCdpCommand("Emulation.setGeolocationOverride", Map.of("latitude", latitude,
        "longitude", longitude, "accuracy", accuracy));
  }

  /** The phone's user refused pages of {@code origin} its position (the permission is denied). */
  public void locationRefused(String origin) {
    driver.executeCdpCommand("Browser.setPermission", Map.of("origin", origin,
        "permission", Map.of("name", "geolocation"), "setting", "denied"));
  }

  public void get(String url) {
    driver.get(url);
  }

  /** Waits until an element is visible and returns it. */
  public WebElement visible(By by) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  /** Waits until the element shows exactly this text and returns it. */
  public WebElement text(By by, String text) {
    wait.until(ExpectedConditions.textToBe(by, text));
    return driver.findElement(by);
  }

  /** Waits until the page shows the text somewhere in a visible element. */
  public void waitForText(String text) {
    wait.until(d -> bodyText().contains(text));
  }

  /**
   * Waits until {@code found} gives a value (not {@code null}), asking every 200 ms, e.g. for what the engine writes
   * after the page has moved on; fails after 30 seconds.
   */
  public static <T> T waitFor(Supplier<T> found) {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    T value;
    while ((value = found.get()) == null) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not found within 30 s");
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    return value;
  }

  /** The text the user sees on the page (hidden elements excluded). */
  public String bodyText() {
    return driver.findElement(By.tagName("body")).getText();
  }

  /** The visible elements matching the selector. */
  public List<WebElement> visibleElements(By by) {
    return driver.findElements(by).stream().filter(WebElement::isDisplayed).toList();
  }

  /** Saves a screenshot of the window as {@code docs/screenshots/<name>.png} and returns its path. */
  public Path screenshot(String name) {
    Path target = screenshotDirectory().resolve(name + ".png");
    try {
      Files.createDirectories(target.getParent());
      Files.write(target, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return target;
  }

  /**
   * Saves a screenshot of the whole page, as tall as its content (at least the window), as
   * {@code docs/screenshots/<name>.png} and returns its path; for phone pages that scroll.
   */
  public Path fullPageScreenshot(String name) {
    Path target = screenshotDirectory().resolve(name + ".png");
    JavascriptExecutor js = driver;
    long width = ((Number) js.executeScript("return document.documentElement.clientWidth")).longValue();
    long height = ((Number) js.executeScript(
        "return Math.max(document.documentElement.scrollHeight, window.innerHeight)")).longValue();
    Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of(
        "format", "png", "captureBeyondViewport", true,
        "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
    try {
      Files.createDirectories(target.getParent());
      Files.write(target, Base64.getDecoder().decode((String) shot.get("data")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return target;
  }

  static Path screenshotDirectory() {
    // Maven's surefire/failsafe set basedir; an IDE runs tests in the project directory
    return Path.of(System.getProperty("basedir", System.getProperty("user.dir")), "docs", "screenshots");
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      deleteProfile();
    }
  }

  private void deleteProfile() {
    try (Stream<Path> files = Files.walk(profile)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temp directory left behind is harmless
    }
  }
}
