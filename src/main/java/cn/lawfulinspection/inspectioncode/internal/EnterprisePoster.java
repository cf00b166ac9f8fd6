package cn.lawfulinspection.inspectioncode.internal;

import cn.lawfulinspection.qr.QrImages;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;

/**
 * The printable poster of an enterprise's own QR code (企业专属二维码), A4 portrait at 150 dpi, drawn with Java2D:
 * title, the enterprise's name (wrapped), its credit code, the QR code and 「执法人员扫码入企」. Chinese text uses a
 * Noto CJK font when one is installed (Debian: fonts-noto-cjk), otherwise the first installed font that can show it,
 * otherwise the logical font {@code SansSerif}.
 */
final class EnterprisePoster {

  static final int WIDTH = 1240;
  static final int HEIGHT = 1754;
  private static final Color RED = new Color(0xB4, 0x23, 0x18);
  private static final Color INK = new Color(0x1F, 0x29, 0x33);
  private static final Color MUTED = new Color(0x61, 0x6E, 0x7C);
  private static final String SAMPLE = "企业专属二维码执法人员扫码入企";
  private static final String FAMILY = chineseFamily();

  private EnterprisePoster() {}

  static byte[] png(String enterpriseName, String creditCode, String qrText, String validUntil) {
    BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, WIDTH, HEIGHT);
      g.setColor(RED);
      g.fillRect(0, 0, WIDTH, 200);
      g.setStroke(new java.awt.BasicStroke(6));
      g.drawRect(30, 230, WIDTH - 60, HEIGHT - 260);

      g.setColor(Color.WHITE);
      centered(g, "企业专属二维码", font(Font.BOLD, 84), 130);

      int y = 340;
      g.setColor(INK);
      for (String line : wrap(g, enterpriseName, font(Font.BOLD, 64), WIDTH - 200)) {
        centered(g, line, font(Font.BOLD, 64), y);
        y += 84;
      }
      g.setColor(MUTED);
      centered(g, "统一社会信用代码：" + creditCode, font(Font.PLAIN, 38), y + 10);

      int qrSize = 820;
      BufferedImage qr = ImageIO.read(new ByteArrayInputStream(QrImages.png(qrText, qrSize)));
      int qrTop = y + 60;
      g.drawImage(qr, (WIDTH - qrSize) / 2, qrTop, null);

      g.setColor(RED);
      centered(g, "执法人员扫码入企", font(Font.BOLD, 76), qrTop + qrSize + 100);
      g.setColor(MUTED);
      Font small = font(Font.PLAIN, 30);
      centered(g, "执法人员到达后须扫描本码登记入企，并出示本次检查的检查码供企业核验。", small, qrTop + qrSize + 170);
      centered(g, "本码有效期至 " + validUntil + "，请张贴于经营场所显著位置。", small, qrTop + qrSize + 220);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      g.dispose();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "PNG", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static String family() {
    return FAMILY;
  }

  private static Font font(int style, int size) {
    return new Font(FAMILY, style, size);
  }

  private static void centered(Graphics2D g, String text, Font font, int baseline) {
    g.setFont(font);
    FontMetrics m = g.getFontMetrics();
    g.drawString(text, (WIDTH - m.stringWidth(text)) / 2, baseline);
  }

  /** Splits text into lines no wider than {@code width} (Chinese breaks between any two characters). */
  static List<String> wrap(Graphics2D g, String text, Font font, int width) {
    FontMetrics m = g.getFontMetrics(font);
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    text.codePoints().forEach(cp -> {
      String next = line + new String(Character.toChars(cp));
      if (m.stringWidth(next) > width && line.length() > 0) {
        lines.add(line.toString());
        line.setLength(0);
      }
      line.appendCodePoint(cp);
    });
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }

  private static String chineseFamily() {
    Set<String> installed;
    try {
      installed = Set.of(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames());
    } catch (RuntimeException | Error e) { // no font configuration at all
      return Font.SANS_SERIF;
    }
    for (String preferred : List.of("Noto Sans CJK SC", "Noto Sans SC", "Noto Serif CJK SC", "WenQuanYi Zen Hei",
        "WenQuanYi Micro Hei", "AR PL UMing CN")) {
      if (installed.contains(preferred)) {
        return preferred;
      }
    }
    for (String family : installed) {
      if (new Font(family, Font.PLAIN, 12).canDisplayUpTo(SAMPLE) == -1) {
        return family;
      }
    }
    return Font.SANS_SERIF;
  }
}
