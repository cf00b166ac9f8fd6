package cn.lawfulinspection.identity;

import java.io.IOException;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A small HTTP client for the security tests: plain calls, HTTP Basic calls, and a browser-like webapp session
 * (cookies plus Camunda's CSRF token).
 */
final class Http {

  final String base;
  /** Cookies kept by hand: Java's cookie manager would not send back a {@code Secure} cookie over plain HTTP. */
  private final Map<String, String> cookies = new LinkedHashMap<>();
  private final HttpClient client;
  private String csrfToken;

  Http(int port) {
    this.base = "http://localhost:" + port;
    this.client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  }

  static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  HttpResponse<String> get(String path, String... headers) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), headers);
  }

  HttpResponse<String> getAs(String user, String path) {
    return get(path, "Authorization", basic(user, "demo"));
  }

  HttpResponse<String> postJson(String path, String json, String... headers) {
    return send(HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)), headers);
  }

  HttpResponse<String> postJsonAs(String user, String path, String json) {
    return postJson(path, json, "Authorization", basic(user, "demo"));
  }

  HttpResponse<String> putJsonAs(String user, String path, String json) {
    return send(HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(json)), "Authorization", basic(user, "demo"));
  }

  HttpResponse<String> deleteAs(String user, String path) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).DELETE(), "Authorization", basic(user, "demo"));
  }

  /** Logs in to the webapps like a browser does; afterwards {@link #webPost} sends the session's CSRF token. */
  HttpResponse<String> webLogin(String user, String password) {
    HttpResponse<String> login = webLoginAttempt(user, password);
    if (login.statusCode() != 200) {
      throw new IllegalStateException("webapp login failed: " + login.statusCode() + " " + login.body());
    }
    remember(login);
    remember(get("/camunda/api/engine/engine/", "X-XSRF-TOKEN", csrfToken == null ? "" : csrfToken));
    return login;
  }

  /** The webapps' login form sent as a browser sends it (with the session's CSRF token); whatever it answers. */
  HttpResponse<String> webLoginAttempt(String user, String password) {
    remember(get("/camunda/app/tasklist/default/"));
    return send(HttpRequest.newBuilder(URI.create(base + "/camunda/api/admin/auth/user/default/login/tasklist"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("X-XSRF-TOKEN", csrfToken == null ? "" : csrfToken)
        .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("username", user, "password", password)))));
  }

  /** A POST through the webapp API with the session and, if asked, the CSRF token. */
  HttpResponse<String> webPost(String path, String json, boolean withCsrfToken) {
    return web("POST", path, json, withCsrfToken);
  }

  /** A request with a JSON body through the webapp API with the session and, if asked, the CSRF token. */
  HttpResponse<String> web(String method, String path, String json, boolean withCsrfToken) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", "application/json")
        .method(method, HttpRequest.BodyPublishers.ofString(json));
    if (withCsrfToken) {
      b.header("X-XSRF-TOKEN", csrfToken);
    }
    return send(b);
  }

  /** Any method through the webapp API with the session (if logged in) and its CSRF token. */
  HttpResponse<String> webSend(String method, String path, String json) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", "application/json")
        .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
    if (csrfToken != null) {
      b.header("X-XSRF-TOKEN", csrfToken);
    }
    return send(b);
  }

  private void remember(HttpResponse<String> response) {
    response.headers().firstValue("X-XSRF-TOKEN").ifPresent(t -> csrfToken = t);
    String xsrf = cookies.get("XSRF-TOKEN");
    if (xsrf != null) {
      csrfToken = xsrf;
    }
  }

  private HttpResponse<String> send(HttpRequest.Builder builder, String... headers) {
    for (int i = 0; i + 1 < headers.length; i += 2) {
      builder.header(headers[i], headers[i + 1]);
    }
    if (!cookies.isEmpty()) {
      builder.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
          .collect(Collectors.joining("; ")));
    }
    try {
      HttpResponse<String> response =
          client.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      for (String setCookie : response.headers().allValues("Set-Cookie")) {
        HttpCookie.parse(setCookie).forEach(c -> cookies.put(c.getName(), c.getValue()));
      }
      return response;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String form(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(e -> e.getKey() + "=" + java.net.URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }
}
