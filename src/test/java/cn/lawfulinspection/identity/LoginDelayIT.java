package cn.lawfulinspection.identity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.lawfulinspection.support.IntegrationTest;
import java.util.Date;
import java.util.List;
import java.util.function.BiFunction;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Wrong passwords delay the next login of the account, on every channel, and never lock it for good (Camunda's
 * default locks an account after 10). The engine's clock ({@link ClockUtil}, which decides the delays) is moved
 * instead of waiting, and restored after.
 */
@IntegrationTest
class LoginDelayIT {

  @Autowired ProcessEngine engine;
  @LocalServerPort int port;
  Http http;
  long now;

  static final String PLAIN_USER = "logindelaytest";

  @BeforeEach
  void start() {
    http = new Http(port);
    // a whole second, so that databases storing times without fractions (MariaDB here) keep the delays exact
    now = ClockUtil.getCurrentTime().getTime() / 1000 * 1000;
    ClockUtil.setCurrentTime(new Date(now));
    var identity = engine.getIdentityService();
    identity.clearAuthentication();
    if (identity.createUserQuery().userId(PLAIN_USER).count() == 0) {
      var user = identity.newUser(PLAIN_USER);
      user.setFirstName("登录延迟");
      user.setLastName("");
      user.setPassword("demo");
      identity.saveUser(user);
    }
    identity.unlockUser(PLAIN_USER);
    identity.unlockUser("admin");
  }

  @AfterEach
  void restore() {
    ClockUtil.reset();
    engine.getIdentityService().unlockUser("admin");
  }

  int api(String user, String password) {
    return http.get("/api/me", "Authorization", Http.basic(user, password)).statusCode();
  }

  int engineRest(String user, String password) {
    return http.get("/engine-rest/user?firstResult=0&maxResults=1", "Authorization", Http.basic(user, password))
        .statusCode();
  }

  int webapp(String user, String password) {
    return new Http(port).webLoginAttempt(user, password).statusCode();
  }

  void advanceSeconds(int seconds) {
    now += seconds * 1000L;
    ClockUtil.setCurrentTime(new Date(now));
  }

  @Test
  @DisplayName("R-IG-2 sixteen wrong passwords for admin from anonymous clients over /api, /engine-rest and the webapps' login only delay its next login (at most 60 s): once the delay has passed the right password works on every channel")
  void wrongPasswordsOnlyDelay() {
    ProcessEngineConfigurationImpl config = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    assertThat(config.getLoginDelayMaxTime()).isEqualTo(60);
    List<BiFunction<String, String, Integer>> channels = List.of(this::api, this::engineRest, this::webapp);

    // given: more wrong passwords than Camunda's default permanent lock-out (10), each after the last delay
    for (int i = 0; i < 15; i++) {
      assertThat(channels.get(i % 3).apply("admin", "wrong-" + i)).as("wrong password %d", i).isEqualTo(401);
      advanceSeconds(61);
    }
    assertThat(api("admin", "still-wrong")).isEqualTo(401);
    assertThat(((UserEntity) engine.getIdentityService().createUserQuery().userId("admin").singleResult())
        .getAttempts()).isGreaterThan(10);

    // when: the right password within the delay, then after it
    advanceSeconds(30);
    int withinDelay = api("admin", "demo");
    advanceSeconds(31);

    // then: refused while the delay runs, accepted on every channel after it
    assertThat(withinDelay).isEqualTo(401);
    assertThat(api("admin", "demo")).isEqualTo(200);
    assertThat(engineRest("admin", "demo")).isEqualTo(200);
    assertThat(webapp("admin", "demo")).isEqualTo(200);
  }

  @Test
  @DisplayName("R-IG-2 the delay grows with each wrong password: 3 s after the first, 6 s after the second")
  void delayGrows() {
    assertThat(api(PLAIN_USER, "wrong")).isEqualTo(401);
    advanceSeconds(2);
    assertThat(api(PLAIN_USER, "demo")).as("2 s after the first wrong password").isEqualTo(401);
    advanceSeconds(2);
    assertThat(api(PLAIN_USER, "wrong")).isEqualTo(401);
    advanceSeconds(5);
    assertThat(api(PLAIN_USER, "demo")).as("5 s after the second").isEqualTo(401);
    advanceSeconds(2);
    assertThat(api(PLAIN_USER, "demo")).as("7 s after the second").isEqualTo(200);
  }
}
