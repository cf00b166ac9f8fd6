package cn.lawfulinspection.common;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for the whole platform, in China Standard Time; tests replace it to fix "today". */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

  static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  @Bean
  Clock clock() {
    return Clock.system(CHINA);
  }
}
