package cn.lawfulinspection.deployment;

import cn.lawfulinspection.common.RuleViolationException;
import java.util.List;

/**
 * A model deployment refused before anything went live (a form that does not resolve, an unknown delegate, an element
 * id Java relies on changed, no {@code historyTimeToLive}). {@code /engine-rest/deployment/create} answers it as a 422
 * problem with the Chinese reasons in {@code detail} and the first reason's {@link #code()}.
 */
public class ModelRefusedException extends RuleViolationException {

  private final String code;

  public ModelRefusedException(String code, String field, List<String> problems) {
    super(null, field, "模型部署已拒绝，没有任何内容生效：" + String.join("；", problems));
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
