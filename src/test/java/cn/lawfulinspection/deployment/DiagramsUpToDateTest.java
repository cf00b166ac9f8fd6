package cn.lawfulinspection.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The pictures in {@code docs/diagrams/} show the current models: for every {@code bpmn/<Process>.bpmn} there is a
 * {@code docs/diagrams/<Process>.svg} (rendered by {@code .ci/diagrams/render.sh}) that draws every flow node of the
 * model (its id as the shape's {@code data-element-id}) with its Chinese name as text. A model edited without
 * re-rendering its picture fails here as soon as a flow node is added or renamed.
 */
class DiagramsUpToDateTest {

  private static final Path MODELS = Path.of("bpmn");
  private static final Path DIAGRAMS = Path.of("docs/diagrams");

  static Stream<Path> models() throws IOException {
    try (Stream<Path> files = Files.list(MODELS)) {
      return files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  @DisplayName("docs/diagrams/<Process>.svg exists and shows every flow node of bpmn/<Process>.bpmn with its name")
  void diagramShowsEveryFlowNode(Path model) throws Exception {
    // given
    String process = model.getFileName().toString().replaceFirst("\\.bpmn$", "");
    Path svg = DIAGRAMS.resolve(process + ".svg");
    assertThat(svg).as("picture of %s (run .ci/diagrams/render.sh)", process).exists();

    // when
    Picture picture = Picture.read(svg);

    // then
    List<String> missing = new ArrayList<>();
    Collection<FlowNode> flowNodes = Bpmn.readModelFromFile(model.toFile()).getModelElementsByType(FlowNode.class);
    for (FlowNode node : flowNodes) {
      if (!picture.elementIds().contains(node.getId())) {
        missing.add(node.getId() + " (no shape)");
      }
      if (node.getName() != null && !picture.texts().contains(compact(node.getName()))) {
        missing.add(node.getId() + " \"" + node.getName() + "\" (no label)");
      }
    }
    assertThat(missing).as("flow nodes of %s missing from %s: re-render with .ci/diagrams/render.sh", model, svg)
        .isEmpty();
  }

  /** Label texts without white space: bpmn-js wraps a long name over several {@code tspan} lines. */
  private static String compact(String text) {
    return text.replaceAll("\\s+", "");
  }

  private record Picture(Set<String> elementIds, Set<String> texts) {

    static Picture read(Path svg) throws Exception {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
      Document document;
      try (InputStream in = Files.newInputStream(svg)) {
        document = factory.newDocumentBuilder().parse(in);
      }
      Set<String> ids = new HashSet<>();
      NodeList groups = document.getElementsByTagName("g");
      for (int i = 0; i < groups.getLength(); i++) {
        String id = ((Element) groups.item(i)).getAttribute("data-element-id");
        if (!id.isEmpty()) {
          ids.add(id);
        }
      }
      Set<String> texts = new HashSet<>();
      NodeList labels = document.getElementsByTagName("text");
      for (int i = 0; i < labels.getLength(); i++) {
        texts.add(compact(labels.item(i).getTextContent()));
      }
      return new Picture(ids, texts);
    }
  }
}
