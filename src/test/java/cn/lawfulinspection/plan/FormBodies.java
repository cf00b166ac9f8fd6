package cn.lawfulinspection.plan;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Request bodies of {@code /engine-rest} form submissions ({@code {"variables": {...}}}), as Tasklist sends them. */
final class FormBodies {

  private static final ObjectMapper JSON = new ObjectMapper();

  private FormBodies() {}

  static ObjectNode variables() {
    ObjectNode body = JSON.createObjectNode();
    body.putObject("variables");
    return body;
  }

  static void var(ObjectNode body, String name, String value) {
    body.with("variables").set(name, JSON.createObjectNode().put("value", value));
  }

  /** A Json variable, as Tasklist submits a taglist. */
  static void jsonVar(ObjectNode body, String name, String json) {
    body.with("variables").set(name, JSON.createObjectNode().put("type", "Json").put("value", json));
  }
}
