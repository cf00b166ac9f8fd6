package cn.lawfulinspection;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The lawful enterprise inspection platform (规范涉企行政检查平台).
 *
 * <p>Each direct sub-package is a feature module; see README.md for the module map.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class InspectionApplication {

  public static void main(String[] args) {
    SpringApplication.run(InspectionApplication.class, args);
  }
}
