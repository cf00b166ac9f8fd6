package cn.lawfulinspection.item.internal;

import cn.lawfulinspection.item.InspectionItem;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo inspection items per agency, with real-looking legal bases (demo data: check the article numbers against the
 * current law before using them in production). {@code SCJG-007} has no legal basis and shows R-MD-3. A few items
 * whose minor first violations are typically not punished are on the first-violation exemption list (首违不罚清单,
 * R-RS-5): {@link #FIRST_VIOLATION_EXEMPT}.
 */
@Component
@Order(23)
@ConditionalOnProperty(name = "inspection.demo-data.enabled", havingValue = "true")
class ItemDemoData implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(ItemDemoData.class);

  /** The draft item without legal basis (unusable, R-MD-3). */
  static final String DRAFT_ITEM = "SCJG-007";

  /** Demo items on the first-violation exemption list (R-RS-5). */
  static final java.util.Set<String> FIRST_VIOLATION_EXEMPT = java.util.Set.of("SCJG-005", "SCJG-006", "YJGL-003",
      "STHJ-006");

  static final List<InspectionItem> ITEMS = List.of(
      item("SCJG-001", "scjg", "食品经营者落实食品安全主体责任情况", "《中华人民共和国食品安全法》第一百一十条",
          "持有效食品经营许可证；建立并执行进货查验记录制度；从业人员持有效健康证明；经营场所清洁卫生。", false),
      item("SCJG-002", "scjg", "食品安全监督抽检", "《中华人民共和国食品安全法》第八十七条",
          "按年度抽检计划抽样检验，检验结果符合食品安全国家标准。", false),
      item("SCJG-003", "scjg", "特种设备使用单位安全管理", "《中华人民共和国特种设备安全法》第五十七条、第六十一条",
          "特种设备已办理使用登记且在检验有效期内；作业人员持证上岗；建立安全技术档案。", false),
      item("SCJG-004", "scjg", "产品质量监督抽查", "《中华人民共和国产品质量法》第十五条",
          "抽查产品符合国家标准、行业标准以及明示的质量状况。", false),
      item("SCJG-005", "scjg", "企业年度报告公示信息抽查", "《企业信息公示暂行条例》第十四条",
          "按时报送并公示年度报告，公示信息真实、准确、完整。", true),
      item("SCJG-006", "scjg", "广告发布合规情况", "《中华人民共和国广告法》第四十九条",
          "广告内容真实、合法，不含虚假或者引人误解的内容。", true),
      item(DRAFT_ITEM, "scjg", "集贸市场计量器具使用情况（草稿）", null,
          "在用计量器具经检定合格并在检定有效期内。", false),
      item("YJGL-001", "yjgl", "生产经营单位安全生产主体责任落实情况", "《中华人民共和国安全生产法》第六十五条",
          "建立全员安全生产责任制；主要负责人和安全生产管理人员考核合格；隐患排查治理记录完整。", false),
      item("YJGL-002", "yjgl", "危险化学品储存安全", "《危险化学品安全管理条例》第七条、第二十四条",
          "储存在专用仓库并由专人负责管理；储存方式、方法和数量符合国家标准；出入库核查登记。", false),
      item("YJGL-003", "yjgl", "安全生产教育和培训", "《中华人民共和国安全生产法》第二十八条",
          "从业人员经安全生产教育和培训合格后上岗，培训档案完整。", true),
      item("YJGL-004", "yjgl", "生产安全事故应急预案管理", "《生产安全事故应急条例》第五条",
          "制定生产安全事故应急救援预案，按规定备案并定期组织演练。", true),
      item("YJGL-005", "yjgl", "粉尘涉爆企业安全管理", "《工贸企业粉尘防爆安全规定》",
          "除尘系统符合标准要求；落实粉尘清理制度；不在粉尘爆炸危险场所动火作业。", false),
      item("YJGL-006", "yjgl", "有限空间作业安全", "《工贸企业有限空间作业安全规定》",
          "设置安全警示标识；作业前先通风、再检测、后作业；配备监护人员。", false),
      item("STHJ-001", "sthj", "排污许可证执行情况", "《排污许可管理条例》第二十八条",
          "持有有效排污许可证，按证排污，按时提交执行报告。", true),
      item("STHJ-002", "sthj", "大气污染物排放情况", "《中华人民共和国大气污染防治法》第二十九条",
          "大气污染物排放浓度符合国家和地方排放标准；治理设施正常运行。", false),
      item("STHJ-003", "sthj", "水污染物排放情况", "《中华人民共和国水污染防治法》第三十条",
          "废水达标排放，排污口设置规范。", false),
      item("STHJ-004", "sthj", "污染源自动监测数据", "《中华人民共和国大气污染防治法》第二十四条",
          "自动监测设备正常运行并与生态环境主管部门联网，监测数据真实有效。", true),
      item("STHJ-005", "sthj", "危险废物规范化管理", "《中华人民共和国固体废物污染环境防治法》第七十七条、第七十八条",
          "危险废物贮存场所设置识别标志；执行转移联单制度；建立管理台账。", false),
      item("STHJ-006", "sthj", "建设项目环境保护“三同时”", "《建设项目环境保护管理条例》第十五条",
          "防治污染设施与主体工程同时设计、同时施工、同时投产使用。", true),
      item("SFJ-001", "sfj", "律师事务所执业活动", "《中华人民共和国律师法》第四条",
          "依法执业，建立健全执业管理和风险控制制度。", true),
      item("SFJ-002", "sfj", "公证机构执业活动", "《中华人民共和国公证法》第五条",
          "依法办理公证，公证档案管理规范。", true),
      item("SFJ-003", "sfj", "司法鉴定机构执业活动", "《全国人民代表大会常务委员会关于司法鉴定管理问题的决定》第三条",
          "鉴定机构和鉴定人经登记，在登记的业务范围内执业。", false),
      item("SFJ-004", "sfj", "基层法律服务所执业活动", "《基层法律服务所管理办法》",
          "在核准的业务范围内执业，收费公示规范。", false),
      item("SFJ-005", "sfj", "法律援助服务质量", "《中华人民共和国法律援助法》第五十八条",
          "法律援助案件按规定受理、指派和办理，案卷归档完整。", true));

  private final JpaItemService items;

  ItemDemoData(JpaItemService items) {
    this.items = items;
  }

  @Override
  public void run(ApplicationArguments args) {
    List<InspectionItem> missing = ITEMS.stream().filter(i -> !items.exists(i.code())).toList();
    missing.forEach(items::save);
    // databases seeded before the exemption list existed (V13) get the demo flags once
    ITEMS.stream().filter(InspectionItem::firstViolationExempt)
        .filter(i -> items.find(i.code()).filter(stored -> !stored.firstViolationExempt()).isPresent())
        .forEach(items::save);
    log.info("demo inspection items: {} created, {} already present", missing.size(), ITEMS.size() - missing.size());
  }

  private static InspectionItem item(String code, String agency, String name, String basis, String standard,
      boolean offSite) {
    return new InspectionItem(code, agency, name, basis, standard, offSite, FIRST_VIOLATION_EXEMPT.contains(code));
  }
}
