package cn.lawfulinspection.task.process;

import cn.lawfulinspection.inspector.InspectorService;
import cn.lawfulinspection.item.InspectionItem;
import cn.lawfulinspection.item.ItemService;
import cn.lawfulinspection.plan.StaffAgency.Option;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * An agency's items and inspectors as option lists of a Tasklist form (可选的检查事项和执法人员): JSON lists of
 * {@code {label, value}}, the shape Camunda Forms' {@code valuesKey} reads. Used by registration (填写检查任务) and
 * revision (修改检查任务). Only an offer: the registration service checks every chosen value again (R-MD-1, R-MD-2,
 * R-MD-3).
 */
@Component
class AgencyChoices {

  private final ItemService items;
  private final InspectorService inspectors;
  private final Clock clock;

  AgencyChoices(ItemService items, InspectorService inspectors, Clock clock) {
    this.items = items;
    this.inspectors = inspectors;
    this.clock = clock;
  }

  /** The agency's usable items: 名称（编号）依据：法定依据. */
  Object itemOptions(String agencyCode) {
    return json(items.usableItemsOf(agencyCode).stream().map(AgencyChoices::itemOption).toList());
  }

  /** The agency's inspectors whose certificate is valid today: 姓名（执法证号）. */
  Object inspectorOptions(String agencyCode) {
    LocalDate today = LocalDate.now(clock);
    return json(inspectors.ofAgency(agencyCode).stream()
        .filter(i -> i.certificate() != null && inspectors.qualified(i.id(), today).allowed())
        .map(i -> new Option(i.name() + "（" + i.certificate().number() + "）", i.id())).toList());
  }

  /** Options as a Spin JSON variable. */
  static Object json(List<Option> options) {
    return SpinValues.jsonValue(Spin.JSON(options)).create();
  }

  /** Chosen values as a Spin JSON array variable, the value a {@code checklist} field shows ticked. */
  static Object chosen(List<String> values) {
    return SpinValues.jsonValue(Spin.JSON(values)).create();
  }

  private static Option itemOption(InspectionItem item) {
    return new Option(item.choiceLabel(), item.code());
  }
}
