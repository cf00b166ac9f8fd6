package cn.lawfulinspection.deployment.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.util.ClassUtils;

/**
 * The checks a deployment must pass before it goes live, on its BPMN files as parsed ({@link ModelFile}), free of the
 * engine so that a plain test reaches them. Each problem names the file, the element and what is wrong, in Chinese.
 */
final class ModelCheck {

  /** A reason to refuse: a machine-readable code, the element (or form) at fault, the Chinese sentence. */
  record Problem(String code, String element, String message) {}

  /** The root name of {@code ${name}}, {@code ${name.method(...)}} or {@code #{name}}. */
  private static final Pattern ROOT = Pattern.compile("^\\s*[$#]\\{\\s*([A-Za-z_][A-Za-z0-9_]*)");

  private final Map<String, Set<String>> required;
  private final Predicate<String> beanExists;
  private final ClassLoader classes;

  ModelCheck(Map<String, Set<String>> required, Predicate<String> beanExists, ClassLoader classes) {
    this.required = required;
    this.beanExists = beanExists;
    this.classes = classes;
  }

  /** A BPMN file that is no well-formed XML, or a form that is no JSON: nothing else can be checked in it. */
  static Problem unreadable(String file, IllegalArgumentException why) {
    return new Problem("MODEL_UNREADABLE", file.length() <= 64 ? file : file.substring(0, 64),
        "%s 不是可读取的%s文件（%s），请在 Camunda Modeler 中打开并重新保存".formatted(file,
            file.endsWith(".form") ? "表单" : " BPMN ",
            why.getCause() == null ? why.getMessage() : why.getCause().getMessage()));
  }

  /**
   * @param formResolves whether a form reference resolves (after the platform's forms were added where they can be)
   */
  List<Problem> check(String file, ModelFile model, Predicate<ModelFile.FormReference> formResolves) {
    List<Problem> problems = new ArrayList<>();
    for (ModelFile.FormReference ref : model.formRefs()) {
      if (!formResolves.test(ref)) {
        problems.add(new Problem("MODEL_FORM_UNRESOLVED", ref.elementId(), "%s：环节 %s 引用的表单 %s（formRefBinding=%s）"
            .formatted(file, ref.elementId(), ref.formId(), ref.binding())
            + "在本次部署和平台的表单中都找不到，请改为 forms/ 中已有表单的 id 或把表单一并部署"));
      }
    }
    for (ModelFile.DelegateReference delegate : model.delegates()) {
      if (delegate.expression()) {
        Matcher root = ROOT.matcher(delegate.value());
        if (root.find() && !beanExists.test(root.group(1))) {
          problems.add(new Problem("MODEL_DELEGATE_UNKNOWN", delegate.elementId(),
              "%s：环节 %s 的 delegateExpression %s 指向的 Spring Bean %s 在平台中不存在"
                  .formatted(file, delegate.elementId(), delegate.value(), root.group(1))));
        }
      } else if (!ClassUtils.isPresent(delegate.value(), classes)) {
        problems.add(new Problem("MODEL_CLASS_UNKNOWN", delegate.elementId(),
            "%s：环节 %s 的 camunda:class %s 在平台中找不到".formatted(file, delegate.elementId(), delegate.value())));
      }
    }
    for (ModelFile.ProcessModel process : model.processes()) {
      if (process.executable() && process.historyTimeToLive() == null) {
        problems.add(new Problem("MODEL_HTTL_MISSING", process.key(),
            "%s：流程 %s 没有设置历史数据保留期限 historyTimeToLive（平台的流程为 P1825D，即五年）"
                .formatted(file, process.key())));
      }
      Set<String> missing = new TreeSet<>(required.getOrDefault(process.key(), Set.of()));
      missing.removeAll(process.ids());
      missing.removeAll(model.definitionNames());
      if (!missing.isEmpty()) {
        problems.add(new Problem("MODEL_ID_REQUIRED", missing.iterator().next(),
            "%s：流程 %s 缺少平台 Java 代码依赖的元素 ID %s，这些 ID 不能改名或删除（清单见 docs/designers.md）"
                .formatted(file, process.key(), String.join("、", missing))));
      }
    }
    return problems;
  }
}
