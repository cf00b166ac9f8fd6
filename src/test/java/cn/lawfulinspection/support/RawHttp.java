package cn.lawfulinspection.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * HTTP/1.1 over a plain socket, for what Java's HTTP client will not do: send from a chosen loopback address
 * (127.0.0.2, 127.0.0.3, ... are all this computer, yet distinct clients to the server) and send any {@code Host}
 * header. Only to the test server on this computer.
 */
public final class RawHttp {

  private final int port;

  public RawHttp(int port) {
    this.port = port;
  }

  /** The answer: status, headers (names in lower case) and the body as UTF-8 text. */
  public record Response(int status, Map<String, List<String>> headers, String body) {

    public Optional<String> header(String name) {
      return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT))).map(values -> values.get(0));
    }
  }

  /**
   * Sends one request from {@code fromAddress} (a loopback address) to the test server.
   *
   * @param headers name, value, name, value, ...; a {@code Host} among them replaces {@code localhost:<port>}
   * @param body the body, or {@code null}
   */
  public Response send(String fromAddress, String method, String path, byte[] body, String... headers)
      throws IOException {
    InetAddress from = InetAddress.getByName(fromAddress);
    if (!from.isLoopbackAddress()) {
      throw new IllegalArgumentException("only loopback addresses: " + fromAddress);
    }
    StringBuilder request = new StringBuilder(method).append(' ').append(path).append(" HTTP/1.1\r\n");
    boolean host = false;
    for (int i = 0; i + 1 < headers.length; i += 2) {
      host |= headers[i].equalsIgnoreCase("Host");
      request.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
    }
    if (!host) {
      request.append("Host: localhost:").append(port).append("\r\n");
    }
    request.append("Connection: close\r\n");
    if (body != null) {
      request.append("Content-Length: ").append(body.length).append("\r\n");
    }
    request.append("\r\n");
    try (Socket socket = new Socket()) {
      socket.bind(new InetSocketAddress(from, 0));
      socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 10_000);
      socket.setSoTimeout(60_000);
      OutputStream out = socket.getOutputStream();
      out.write(request.toString().getBytes(StandardCharsets.UTF_8));
      if (body != null) {
        out.write(body);
      }
      out.flush();
      return parse(socket.getInputStream().readAllBytes());
    }
  }

  public Response get(String fromAddress, String path, String... headers) throws IOException {
    return send(fromAddress, "GET", path, null, headers);
  }

  private static Response parse(byte[] raw) throws IOException {
    int end = indexOf(raw, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    if (end < 0) {
      throw new IOException("no complete HTTP answer: " + new String(raw, StandardCharsets.UTF_8));
    }
    String[] lines = new String(raw, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
    int status = Integer.parseInt(lines[0].split(" ")[1]);
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      headers.computeIfAbsent(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
          .add(lines[i].substring(colon + 1).strip());
    }
    byte[] body = java.util.Arrays.copyOfRange(raw, end + 4, raw.length);
    if (headers.getOrDefault("transfer-encoding", List.of()).contains("chunked")) {
      body = unchunk(body);
    }
    return new Response(status, headers, new String(body, StandardCharsets.UTF_8));
  }

  private static byte[] unchunk(byte[] chunked) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int at = 0;
    while (at < chunked.length) {
      int lineEnd = indexOf(java.util.Arrays.copyOfRange(chunked, at, chunked.length), new byte[] {'\r', '\n'});
      String sizeLine = new String(chunked, at, lineEnd, StandardCharsets.US_ASCII);
      int size = Integer.parseInt(sizeLine.split(";")[0].strip(), 16);
      at += lineEnd + 2;
      if (size == 0) {
        break;
      }
      out.write(chunked, at, size);
      at += size + 2;
    }
    return out.toByteArray();
  }

  private static int indexOf(byte[] data, byte[] pattern) {
    outer:
    for (int i = 0; i + pattern.length <= data.length; i++) {
      for (int j = 0; j < pattern.length; j++) {
        if (data[i + j] != pattern[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
