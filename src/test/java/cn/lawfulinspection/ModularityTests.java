package cn.lawfulinspection;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The feature modules use each other only through their APIs and do not depend on each other in a cycle. */
class ModularityTests {

  static final ApplicationModules MODULES = ApplicationModules.of(InspectionApplication.class);

  @Test
  @DisplayName("modules reach each other only through their API packages, without cycles")
  void verify() {
    MODULES.verify();
  }

  @Test
  @DisplayName("the module diagrams in docs/modules are written from the code")
  void writeDocumentation() {
    new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules"))
        .writeModulesAsPlantUml()
        .writeIndividualModulesAsPlantUml();
  }
}
