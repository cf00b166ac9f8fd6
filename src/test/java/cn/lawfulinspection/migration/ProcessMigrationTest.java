package cn.lawfulinspection.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

class ProcessMigrationTest {

  @Test
  @DisplayName("every model of bpmn/ can be migrated, and nothing else")
  void spineIsEveryModel() throws IOException {
    List<String> models = new ArrayList<>();
    for (Resource model : new PathMatchingResourcePatternResolver().getResources("classpath*:bpmn/*.bpmn")) {
      models.add(model.getFilename().replace(".bpmn", ""));
    }

    assertThat(ProcessMigration.SPINE).containsExactlyInAnyOrderElementsOf(models);
  }
}
