package cn.lawfulinspection.common;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * For tests that start a clock of their own ({@code inspection.clock.start}): puts the JVM's platform clock back as
 * it was, so the tests after them run on the suite's clock (the system clock, or a date of the matrix).
 */
class RestorePlatformClock implements BeforeEachCallback, AfterEachCallback {

  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(RestorePlatformClock.class);

  @Override
  public void beforeEach(ExtensionContext context) {
    context.getStore(NAMESPACE).put(PlatformClock.Setting.class, PlatformClock.setting());
  }

  @Override
  public void afterEach(ExtensionContext context) {
    PlatformClock.restore(context.getStore(NAMESPACE).get(PlatformClock.Setting.class, PlatformClock.Setting.class));
  }
}
