package cn.lawfulinspection.masterdata;

import cn.lawfulinspection.enterprise.CreditCode;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/** Posts a CSV file as multipart {@code file}, as a browser form would. */
final class CsvUpload {

  static final Charset GBK = Charset.forName("GBK");

  private CsvUpload() {}

  static ResponseEntity<Map> post(TestRestTemplate rest, String path, byte[] content) {
    return post(rest, path, content, new HttpHeaders());
  }

  /** As a browser form would, with {@code headers} too (e.g. the {@code Origin} of the page that sent it). */
  static ResponseEntity<Map> post(TestRestTemplate rest, String path, byte[] content, HttpHeaders headers) {
    var body = new LinkedMultiValueMap<String, Object>();
    body.add("file", new ByteArrayResource(content) {
      @Override
      public String getFilename() {
        return "import.csv";
      }
    });
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return rest.postForEntity(path, new HttpEntity<>(body, headers), Map.class);
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  static byte[] utf8WithBom(String text) {
    byte[] body = utf8(text);
    byte[] bytes = new byte[body.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(body, 0, bytes, 3, body.length);
    return bytes;
  }

  /** A plain account without any group (password demo), to prove that writes need an administrator. */
  static String plainUser(org.camunda.bpm.engine.IdentityService identityService) {
    if (identityService.createUserQuery().userId("mdreader").count() == 0) {
      org.camunda.bpm.engine.identity.User user = identityService.newUser("mdreader");
      user.setFirstName("只读");
      user.setLastName("用户");
      user.setPassword("demo");
      identityService.saveUser(user);
    }
    return "mdreader";
  }

  /** A valid credit code in division 321299, which the demo data never uses. */
  static String code(int n) {
    String first17 = "913212990" + String.format("%08d", n);
    return first17 + CreditCode.checkCharacter(first17);
  }
}
