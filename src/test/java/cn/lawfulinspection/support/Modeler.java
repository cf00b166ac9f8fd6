package cn.lawfulinspection.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * What Camunda Modeler's deploy button sends to {@code /engine-rest/deployment/create}: a deployment name, the source
 * "Camunda Modeler", deploy-changed-only, and the one {@code .bpmn} file (no forms), as a demo user.
 */
public final class Modeler {

  private final int port;
  private final HttpClient client = HttpClient.newHttpClient();

  public Modeler(int port) {
    this.port = port;
  }

  /** Deploys {@code model} as {@code <process>.bpmn}, as {@code user} (password {@code demo}). */
  public HttpResponse<String> deploy(String user, String process, String model) throws Exception {
    String boundary = "modeler" + System.nanoTime();
    String body = part(boundary, "deployment-name", process)
        + part(boundary, "deployment-source", "Camunda Modeler")
        + part(boundary, "deploy-changed-only", "true")
        + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + process + ".bpmn\"; "
        + "filename=\"" + process + ".bpmn\"\r\nContent-Type: application/octet-stream\r\n\r\n" + model
        + "\r\n--" + boundary + "--\r\n";
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/engine-rest/deployment/create"))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo")
            .getBytes(StandardCharsets.UTF_8)))
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
        .build();
    return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static String part(String boundary, String name, String value) {
    return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
  }
}
