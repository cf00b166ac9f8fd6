package cn.lawfulinspection.identity.internal;

import cn.lawfulinspection.qr.SignedCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.EncryptionUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Which demonstration settings are in effect: the public signing key ({@link SignedCode#DEMO_KEY}) and the public
 * password {@code demo} of {@code admin} or of a demo account (as stored, not as configured: a password changed in
 * Admin counts). While one is, {@link DemoSettingsGuard} serves only this computer.
 *
 * <p>At start-up (after the demo accounts, {@code @Order(31)}) a stored password that is still {@code demo} is
 * replaced by the configured one when that is different ({@code INSPECTION_ADMIN_PASSWORD},
 * {@code INSPECTION_DEMO_PASSWORD}), so a database made by an earlier demonstration start follows the settings; a
 * password someone chose is never touched. Then it logs a warning naming what is still a demonstration setting.
 */
@Component
@Order(31)
class DemoSettings implements ApplicationRunner {

  static final String DEMO_PASSWORD = "demo";
  private static final Logger log = LoggerFactory.getLogger(DemoSettings.class);
  /** How long a look at the stored passwords is reused (passwords can change in Admin at any time). */
  private static final long RECHECK_NANOS = 30_000_000_000L;

  private final ProcessEngineConfigurationImpl engine;
  private final SignedCode signer;
  private final String adminId;
  private final String adminPassword;
  private final boolean demoData;
  private final String demoUsersPassword;
  private volatile InEffect current;
  private volatile long checkedAt;

  DemoSettings(ProcessEngine engine, SignedCode signer,
      @Value("${camunda.bpm.admin-user.id:admin}") String adminId,
      @Value("${camunda.bpm.admin-user.password:}") String adminPassword,
      @Value("${inspection.demo-data.enabled:false}") boolean demoData,
      @Value("${inspection.demo-data.password:" + DEMO_PASSWORD + "}") String demoUsersPassword) {
    this.engine = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    this.signer = signer;
    this.adminId = adminId;
    this.adminPassword = adminPassword;
    this.demoData = demoData;
    this.demoUsersPassword = demoUsersPassword;
  }

  /** What is a demonstration setting right now (looked at again at most every 30 seconds). */
  InEffect current() {
    InEffect known = current;
    if (known == null || System.nanoTime() - checkedAt > RECHECK_NANOS) {
      known = look();
      current = known;
      checkedAt = System.nanoTime();
    }
    return known;
  }

  @Override
  public void run(ApplicationArguments args) {
    replaceDemoPassword(adminId, adminPassword);
    if (demoData) {
      DemoUsers.USERS.forEach(u -> replaceDemoPassword(u.id(), demoUsersPassword));
    }
    InEffect found = look();
    current = found;
    checkedAt = System.nanoTime();
    if (found.any()) {
      log.warn("Demonstration settings in effect ({}): the platform answers only requests from this computer "
          + "(loopback) until {} {} set", String.join(", ", found.what()), String.join(", ", found.settings()),
          found.settings().size() == 1 ? "is" : "are");
    }
  }

  private InEffect look() {
    Map<String, Boolean> demo = engine.getCommandExecutorTxRequired().execute(context -> {
      Map<String, Boolean> found = new java.util.HashMap<>();
      Stream.concat(Stream.of(adminId), DemoUsers.USERS.stream().map(DemoUsers.DemoUser::id)).distinct()
          .forEach(id -> {
            UserEntity user = context.getDbEntityManager().selectById(UserEntity.class, id);
            found.put(id, user != null && matches(user, DEMO_PASSWORD));
          });
      return found;
    });
    boolean admin = demo.remove(adminId);
    return new InEffect(signer.usesDemoKey(), admin, demo.containsValue(true));
  }

  /** Sets {@code configured} as the password of {@code userId} if it is still {@code demo} and differs. */
  void replaceDemoPassword(String userId, String configured) {
    if (configured == null || configured.isBlank() || DEMO_PASSWORD.equals(configured)) {
      return;
    }
    engine.getCommandExecutorTxRequired().execute(context -> {
      UserEntity user = context.getDbEntityManager().selectById(UserEntity.class, userId);
      if (user != null && matches(user, DEMO_PASSWORD)) {
        user.setPassword(configured);
        context.getWritableIdentityProvider().saveUser(user);
        log.info("The demonstration password of {} was replaced by the configured one", userId);
      }
      return null;
    });
  }

  /** Whether the stored password of {@code user} is {@code candidate}; no login attempt, so nothing is delayed. */
  private boolean matches(UserEntity user, String candidate) {
    return user.getPassword() != null
        && engine.getPasswordManager().check(EncryptionUtil.saltPassword(candidate, user.getSalt()), user.getPassword());
  }

  /** A demonstration setting: the environment variable that replaces it, and what a person reads about it. */
  enum Setting {
    DEMO_KEY("INSPECTION_QR_SECRET", "the public demo signing key",
        "设置 INSPECTION_QR_SECRET（检查码和企业二维码的签名密钥，至少 32 字节，可用 openssl rand -base64 48 生成），不再使用公开的演示密钥"),
    ADMIN_PASSWORD("INSPECTION_ADMIN_PASSWORD", "admin's password demo",
        "设置 INSPECTION_ADMIN_PASSWORD，使系统管理员 admin 不再使用演示密码 demo"),
    DEMO_USERS_PASSWORDS("INSPECTION_DEMO_PASSWORD", "the demo accounts' password demo",
        "设置 INSPECTION_DEMO_PASSWORD，使演示账号（zhangwei、liuyang 等）不再使用演示密码 demo");

    final String variable;
    final String what;
    final String step;

    Setting(String variable, String what, String step) {
      this.variable = variable;
      this.what = what;
      this.step = step;
    }
  }

  /**
   * The demonstration settings in effect.
   *
   * @param demoKey codes are signed with the public demo key
   * @param adminPassword {@code admin}'s password is {@code demo}
   * @param demoUsersPasswords some demo account's password is {@code demo}
   */
  record InEffect(boolean demoKey, boolean adminPassword, boolean demoUsersPasswords) {

    boolean any() {
      return demoKey || adminPassword || demoUsersPasswords;
    }

    List<Setting> all() {
      List<Setting> all = new ArrayList<>();
      if (demoKey) {
        all.add(Setting.DEMO_KEY);
      }
      if (adminPassword) {
        all.add(Setting.ADMIN_PASSWORD);
      }
      if (demoUsersPasswords) {
        all.add(Setting.DEMO_USERS_PASSWORDS);
      }
      return all;
    }

    /** The environment variables to set, in order. */
    List<String> settings() {
      return all().stream().map(s -> s.variable).toList();
    }

    List<String> what() {
      return all().stream().map(s -> s.what).toList();
    }

    /** What a person reads: why only this computer is served and which setting to change. */
    String explanation() {
      List<String> steps = all().stream().map(s -> s.step).toList();
      StringBuilder text = new StringBuilder("本平台仍在使用公开的演示设置，只接受本机（localhost）的访问。如需从其他设备（例如手机）访问，请");
      for (int i = 0; i < steps.size(); i++) {
        text.append(steps.size() > 1 ? (i + 1) + ". " : "").append(steps.get(i)).append(i + 1 < steps.size() ? "；" : "");
      }
      return text.append("，然后重新启动平台。").toString();
    }
  }
}
