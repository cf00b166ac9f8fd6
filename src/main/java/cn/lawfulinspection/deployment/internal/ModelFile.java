package cn.lawfulinspection.deployment.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * What the deployment check reads from one BPMN file: its processes (key, executable, {@code historyTimeToLive}, the
 * ids inside), the names and codes of its messages, errors, signals and escalations, its form references and the
 * delegates it calls. Read with a plain namespace-aware DOM parser (no DTDs, no external entities), so that a file
 * the engine would refuse anyway still gets a readable answer, or none.
 */
public record ModelFile(List<ProcessModel> processes, Set<String> definitionNames, List<FormReference> formRefs,
    List<DelegateReference> delegates) {

  static final String BPMN_NS = "http://www.omg.org/spec/BPMN/20100524/MODEL";
  static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";
  private static final Set<String> NAMED_DEFINITIONS = Set.of("message", "signal", "error", "escalation");

  /** One {@code bpmn:process}: its key, whether the engine deploys it, its TTL (null when missing), its ids. */
  public record ProcessModel(String key, boolean executable, String historyTimeToLive, Set<String> ids) {}

  /** A {@code camunda:formRef} (binding as written; Camunda's default is {@code latest}). */
  public record FormReference(String elementId, String formId, String binding) {}

  /** A {@code camunda:delegateExpression} or {@code camunda:class} on any element (tasks, listeners, events). */
  public record DelegateReference(String elementId, boolean expression, String value) {}

  public static ModelFile parse(byte[] xml) {
    Element root;
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setExpandEntityReferences(false);
      root = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml)).getDocumentElement();
    } catch (ParserConfigurationException | SAXException | IOException e) {
      throw new IllegalArgumentException("not a readable BPMN file: " + e.getMessage(), e);
    }
    List<ProcessModel> processes = new ArrayList<>();
    Set<String> names = new LinkedHashSet<>();
    List<FormReference> formRefs = new ArrayList<>();
    List<DelegateReference> delegates = new ArrayList<>();
    for (Element child : children(root)) {
      if (!BPMN_NS.equals(child.getNamespaceURI())) {
        continue;
      }
      if ("process".equals(child.getLocalName())) {
        Set<String> ids = new LinkedHashSet<>();
        walk(child, ids, formRefs, delegates);
        processes.add(new ProcessModel(child.getAttribute("id"), "true".equals(child.getAttribute("isExecutable")),
            blankToNull(child.getAttributeNS(CAMUNDA_NS, "historyTimeToLive")), ids));
      } else if (NAMED_DEFINITIONS.contains(child.getLocalName())) {
        for (String attribute : List.of("id", "name", "errorCode", "escalationCode")) {
          if (!child.getAttribute(attribute).isBlank()) {
            names.add(child.getAttribute(attribute));
          }
        }
      }
    }
    return new ModelFile(List.copyOf(processes), Set.copyOf(names), List.copyOf(formRefs), List.copyOf(delegates));
  }

  private static void walk(Element element, Set<String> ids, List<FormReference> formRefs,
      List<DelegateReference> delegates) {
    String id = element.getAttribute("id");
    if (!id.isBlank()) {
      ids.add(id);
    }
    String owner = id.isBlank() ? ownerId(element) : id;
    String formRef = element.getAttributeNS(CAMUNDA_NS, "formRef");
    if (!formRef.isBlank()) {
      String binding = element.getAttributeNS(CAMUNDA_NS, "formRefBinding");
      formRefs.add(new FormReference(owner, formRef, binding.isBlank() ? "latest" : binding));
    }
    // on a BPMN element the attribute is camunda:delegateExpression; on a camunda:executionListener or
    // camunda:taskListener it is the listener's own, unqualified delegateExpression
    boolean extension = CAMUNDA_NS.equals(element.getNamespaceURI());
    String expression = extension ? element.getAttribute("delegateExpression")
        : element.getAttributeNS(CAMUNDA_NS, "delegateExpression");
    if (!expression.isBlank()) {
      delegates.add(new DelegateReference(owner, true, expression));
    }
    String className = extension ? element.getAttribute("class") : element.getAttributeNS(CAMUNDA_NS, "class");
    if (!className.isBlank()) {
      delegates.add(new DelegateReference(owner, false, className));
    }
    for (Element child : children(element)) {
      walk(child, ids, formRefs, delegates);
    }
  }

  /** A listener has no id of its own: it is named by the nearest element around it that has one. */
  private static String ownerId(Element element) {
    for (Node n = element.getParentNode(); n instanceof Element parent; n = parent.getParentNode()) {
      if (!parent.getAttribute("id").isBlank()) {
        return parent.getAttribute("id");
      }
    }
    return "?";
  }

  private static List<Element> children(Element element) {
    List<Element> children = new ArrayList<>();
    for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element child) {
        children.add(child);
      }
    }
    return children;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
