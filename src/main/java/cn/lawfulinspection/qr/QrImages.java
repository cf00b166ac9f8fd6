package cn.lawfulinspection.qr;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * QR codes as PNG images (ZXing): UTF-8 text (so Chinese reads back as written), error correction level M (15%,
 * survives a crease or a smudge on a printed poster) and a quiet zone of two modules.
 */
public final class QrImages {

  static final int MIN_SIZE = 64;
  static final int MAX_SIZE = 2048;
  private static final Map<EncodeHintType, Object> HINTS = Map.of(
      EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name(),
      EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
      EncodeHintType.MARGIN, 2);

  private QrImages() {}

  /** A square PNG of {@code size} pixels (64–2048) encoding {@code text}. */
  public static byte[] png(String text, int size) {
    if (text == null || text.isEmpty()) {
      throw new IllegalArgumentException("a QR code needs text");
    }
    if (size < MIN_SIZE || size > MAX_SIZE) {
      throw new IllegalArgumentException("QR image size must be within " + MIN_SIZE + ".." + MAX_SIZE + " pixels");
    }
    try {
      BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, size, size, HINTS);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      MatrixToImageWriter.writeToStream(matrix, "PNG", out);
      return out.toByteArray();
    } catch (WriterException e) {
      throw new IllegalArgumentException("text too long for a QR code: " + text.length() + " characters", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
