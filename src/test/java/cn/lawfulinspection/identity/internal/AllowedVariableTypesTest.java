package cn.lawfulinspection.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.lawfulinspection.common.RuleViolationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AllowedVariableTypesTest {

  final AllowedVariableTypes allowed = new AllowedVariableTypes();

  @Test
  @DisplayName("R-IG-4 plain values, dates and java.util collections are allowed; the rest of java.lang, JDK and Spring classes are not")
  void baseList() {
    assertThat(allowed.validate("java.lang.String")).isTrue();
    assertThat(allowed.validate("java.util.LinkedHashMap")).isTrue();
    assertThat(allowed.validate("java.lang.ProcessBuilder")).isFalse();
    assertThat(allowed.validate("java.lang.Thread")).isFalse();
    assertThat(allowed.validate("java.io.File")).isFalse();
    assertThat(allowed.validate("org.springframework.context.support.ClassPathXmlApplicationContext")).isFalse();
    assertThat(allowed.validate("java.util.concurrent.ConcurrentHashMap")).isFalse();
  }

  @Test
  @DisplayName("R-IG-4 an administrator extends the list with classes and packages (Camunda's deserializationAllowed* settings)")
  void extended() {
    allowed.setAllowedClasses("com.example.Report, com.example.Other");
    allowed.setAllowedPackages("org.example.forms");
    assertThat(allowed.validate("com.example.Report")).isTrue();
    assertThat(allowed.validate("org.example.forms.Answer")).isTrue();
    assertThat(allowed.validate("org.example.formsevil.Answer")).isFalse();
    assertThat(allowed.validate("com.example.Reporter")).isFalse();
  }

  @Test
  @DisplayName("R-IG-4 every class of a generic or array type name is checked")
  void typeNames() {
    assertThat(AllowedVariableTypes.classesIn("java.util.HashMap<java.lang.String,java.util.List<java.lang.Long>>"))
        .containsExactly("java.util.HashMap", "java.lang.String", "java.util.List", "java.lang.Long");
    assertThat(AllowedVariableTypes.classesIn("[Ljava.lang.ProcessBuilder;")).containsExactly("java.lang.ProcessBuilder");
    assertThat(AllowedVariableTypes.classesIn("java.io.File[][]")).containsExactly("java.io.File");
    assertThat(AllowedVariableTypes.classesIn("[I")).isEmpty();
    assertThatCode(() -> allowed.requireAllowed("codes", "java.util.ArrayList<java.lang.String>"))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> allowed.requireAllowed("list", "java.util.ArrayList<java.io.File>"))
        .isInstanceOf(BadUserRequestException.class).hasMessageContaining("java.io.File")
        .cause().isInstanceOfSatisfying(RuleViolationException.class, e -> {
          assertThat(e.ruleId()).isEqualTo("R-IG-4");
          assertThat(e.field()).isEqualTo("list");
        });
  }
}
