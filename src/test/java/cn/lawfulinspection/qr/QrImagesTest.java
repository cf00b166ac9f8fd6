package cn.lawfulinspection.qr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.ResultMetadataType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class QrImagesTest {

  /** Reads a PNG back as a phone would: no character-set hint, so the symbol itself must say UTF-8. */
  private static Result decode(byte[] png) throws Exception {
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
    return new QRCodeReader().decode(bitmap);
  }

  @Test
  @DisplayName("R-SC-3 Chinese text survives the round trip through a PNG QR code (UTF-8, error correction M)")
  void chineseRoundTrip() throws Exception {
    String text = "泰州市姜堰区市场监督管理局 检查码 𠮷";

    byte[] png = QrImages.png(text, 320);

    assertThat(png).startsWith(0x89, 'P', 'N', 'G');
    Result result = decode(png);
    assertThat(result.getText()).isEqualTo(text);
    assertThat(result.getResultMetadata()).containsEntry(ResultMetadataType.ERROR_CORRECTION_LEVEL, "M");
    assertThat(ImageIO.read(new ByteArrayInputStream(png)).getWidth()).isEqualTo(320);
  }

  @Test
  @DisplayName("R-SC-3 a signed inspection code in a URL decodes from its QR image and still verifies")
  void signedCodeRoundTrip() throws Exception {
    SignedCode codes = new SignedCode("test-only signing key, 32+ bytes long!".getBytes(StandardCharsets.UTF_8));
    CodePayload payload = new CodePayload(CodeKind.INSPECTION_TASK, "2026000123",
        OffsetDateTime.parse("2026-03-20T23:59:59+08:00").toInstant());
    String url = "https://inspection.example.gov.cn/c/" + codes.sign(payload);

    String read = decode(QrImages.png(url, 256)).getText();

    assertThat(read).isEqualTo(url);
    String code = read.substring(read.lastIndexOf('/') + 1);
    assertThat(codes.verify(code, CodeKind.INSPECTION_TASK,
        OffsetDateTime.parse("2026-03-17T10:30:00+08:00").toInstant()).payload()).isEqualTo(payload);
  }

  @Test
  @DisplayName("R-SC-3 an image without a QR code does not decode (the reader is not fooled by blank PNGs)")
  void blankImage() {
    BufferedImage blank = new BufferedImage(200, 200, BufferedImage.TYPE_INT_RGB);
    BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(blank)));

    assertThatThrownBy(() -> new QRCodeReader().decode(bitmap)).isInstanceOf(NotFoundException.class);
  }

  @Test
  @DisplayName("R-SC-3 empty text and unreasonable sizes are refused")
  void invalidInput() {
    assertThatThrownBy(() -> QrImages.png("", 256)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> QrImages.png("x", 10)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> QrImages.png("x", 5000)).isInstanceOf(IllegalArgumentException.class);
  }
}
