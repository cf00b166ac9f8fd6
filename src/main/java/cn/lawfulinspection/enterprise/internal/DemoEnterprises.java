package cn.lawfulinspection.enterprise.internal;

import cn.lawfulinspection.enterprise.CreditCode;
import cn.lawfulinspection.enterprise.CreditTier;
import cn.lawfulinspection.enterprise.Enterprise;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Deterministic demo enterprises: the same seed always gives the same list. Each code is built from its first 17
 * characters (authority 9, type 1/2/3, a Taizhou division code, an organization code with its own GB 11714 check
 * digit) and then gets the GB 32100 check character, so every code is valid (R-MD-4). Tiers cover A–D, some are
 * white-listed or under key supervision (R-MD-5), and a few names hold 4-byte characters.
 */
final class DemoEnterprises {

  static final long SEED = 20250301L;
  static final int COUNT = 240;

  /** Real-looking names with characters outside the Basic Multilingual Plane (4 bytes in UTF-8). */
  static final List<String> FOUR_BYTE_NAMES = List.of(
      "泰州市姜堰区𠮷祥餐饮有限公司", "江苏𡒄宇建材有限公司", "泰州𩽾𩾌水产养殖有限公司", "姜堰区𠮷利副食品店");

  private static final String[] PLACES = {"溱潼", "俞垛", "娄庄", "白米", "张甸", "梁徐", "淤溪", "华港", "沈高", "兴泰",
      "大伦", "顾高", "蒋垛", "三水", "罗塘", "天目", "桥头", "叶甸"};
  private static final String[] BRANDS = {"恒泰", "鑫源", "华康", "瑞丰", "永盛", "宏达", "金禾", "嘉禾", "润丰", "德顺",
      "联众", "益民", "同心", "汇通", "富民", "兴业", "长青", "安泰", "新辰", "晨光", "众诚", "博远", "天润", "锦程",
      "华晟", "凯达", "盛源", "泰和"};
  private static final String[] TRADES = {"食品", "餐饮管理", "粮油", "乳业", "调味品", "化工", "涂料", "机械制造",
      "电子科技", "建材", "纺织", "印染", "包装材料", "塑业", "五金", "汽车服务", "医药连锁", "商贸", "水产", "农业发展",
      "环保科技", "金属制品", "物流", "酒业", "船舶配件", "电镀"};
  private static final String[] PREFIXES = {"泰州", "泰州市姜堰区", "江苏", "泰州市"};
  private static final String[] SUFFIXES = {"有限公司", "有限公司", "有限公司", "有限责任公司", "股份有限公司"};
  private static final String[] SHOPS = {"饭店", "超市", "便利店", "五金店", "汽车修理部", "副食品店", "小吃店", "药店"};
  private static final String[] COOPS = {"蔬菜种植专业合作社", "水产养殖专业合作社", "粮食种植专业合作社", "家禽养殖专业合作社"};
  private static final String[] ROADS = {"人民路", "三水大道", "东大街", "罗塘路", "天目路", "文昌路", "姜溱路", "开发大道"};
  private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "周", "吴", "徐", "孙", "朱", "马", "胡", "顾"};
  private static final String[] GIVEN = {"建国", "秀英", "国华", "丽娟", "志强", "海燕", "文军", "春梅", "永兵", "晓东", "红霞", "立新"};
  private static final String[] DIVISIONS = {"321204", "321204", "321204", "321200", "321202", "321203"};
  private static final String ORG_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

  private DemoEnterprises() {}

  static List<Enterprise> generate() {
    Random random = new Random(SEED);
    List<Enterprise> list = new ArrayList<>();
    Set<String> names = new HashSet<>();
    Set<String> codes = new HashSet<>();
    for (String name : FOUR_BYTE_NAMES) {
      char type = name.endsWith("店") ? '2' : '1';
      add(list, names, codes, name, type, random);
    }
    while (list.size() < COUNT) {
      int kind = random.nextInt(10);
      char type = kind < 7 ? '1' : kind < 9 ? '2' : '3';
      String name = switch (type) {
        case '1' -> pick(random, PREFIXES) + pick(random, BRANDS) + pick(random, TRADES) + pick(random, SUFFIXES);
        case '2' -> "姜堰区" + pick(random, PLACES) + pick(random, BRANDS) + pick(random, SHOPS);
        default -> "姜堰区" + pick(random, PLACES) + pick(random, BRANDS) + pick(random, COOPS);
      };
      add(list, names, codes, name, type, random);
    }
    return list;
  }

  private static void add(List<Enterprise> list, Set<String> names, Set<String> codes, String name, char type,
      Random random) {
    String code = code(type, random);
    if (!names.add(name) || !codes.add(code)) {
      return;
    }
    int t = random.nextInt(20);
    CreditTier tier = t < 5 ? CreditTier.A : t < 13 ? CreditTier.B : t < 18 ? CreditTier.C : CreditTier.D;
    boolean whiteListed = (tier == CreditTier.A && random.nextInt(3) == 0) || (tier == CreditTier.B && random.nextInt(10) == 0);
    boolean keySupervision = (tier == CreditTier.D && random.nextInt(2) == 0) || (tier == CreditTier.C && random.nextInt(6) == 0);
    String place = pick(random, PLACES);
    String address = "泰州市姜堰区" + place + "镇" + pick(random, ROADS) + (1 + random.nextInt(300)) + "号";
    String contact = pick(random, SURNAMES) + pick(random, GIVEN) + " 139" + String.format("%08d", random.nextInt(100_000_000));
    list.add(new Enterprise(code, name, address, contact, tier, whiteListed, keySupervision));
  }

  /** A valid code: 9 + type + division + organization code (8 + GB 11714 check) + GB 32100 check character. */
  static String code(char type, Random random) {
    StringBuilder org = new StringBuilder();
    if (random.nextInt(3) == 0) {
      org.append("MA");
      for (int i = 0; i < 6; i++) {
        org.append(ORG_CHARS.charAt(random.nextInt(ORG_CHARS.length())));
      }
    } else {
      for (int i = 0; i < 8; i++) {
        org.append((char) ('0' + random.nextInt(10)));
      }
    }
    org.append(organizationCheck(org));
    String first17 = "9" + type + pick(random, DIVISIONS) + org;
    return first17 + CreditCode.checkCharacter(first17);
  }

  /** GB 11714 check digit of an 8-character organization code body: weights 3 7 9 10 5 8 4 2, mod 11. */
  static char organizationCheck(CharSequence body) {
    int[] weights = {3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      char c = body.charAt(i);
      int v = Character.isDigit(c) ? c - '0' : c - 'A' + 10;
      sum += v * weights[i];
    }
    int check = 11 - sum % 11;
    return check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
  }

  private static String pick(Random random, String[] values) {
    return values[random.nextInt(values.length)];
  }
}
