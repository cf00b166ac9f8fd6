package cn.lawfulinspection.identity.internal;

import java.lang.reflect.Field;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;

/**
 * The protected fields of engine commands that the generic-API guard reads (checked against the 7.24.0 classes with
 * javap). Looked up at class load: an engine upgrade that renames one fails the start-up instead of silently not
 * guarding.
 */
final class Fields {

  static final Field COMPLETE_TASK_ID = field(CompleteTaskCmd.class, "taskId");
  static final Field COMPLETE_TASK_VARIABLES = field(CompleteTaskCmd.class, "variables");
  static final Field SUBMIT_TASK_ID = field(SubmitTaskFormCmd.class, "taskId");
  static final Field SUBMIT_TASK_PROPERTIES = field(SubmitTaskFormCmd.class, "properties");
  static final Field START_FORM_DEFINITION = field(SubmitStartFormCmd.class, "processDefinitionId");
  static final Field START_FORM_BUSINESS_KEY = field(SubmitStartFormCmd.class, "businessKey");
  static final Field START_FORM_VARIABLES = field(SubmitStartFormCmd.class, "variables");
  static final Field START_BUILDER = field(StartProcessInstanceCmd.class, "instantiationBuilder");

  private Fields() {}

  static Field field(Class<?> type, String name) {
    try {
      Field f = type.getDeclaredField(name);
      f.setAccessible(true);
      return f;
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException("engine changed: " + type.getName() + "." + name + " not found", e);
    }
  }

  @SuppressWarnings("unchecked")
  static <T> T read(Field field, Object target) {
    try {
      return (T) field.get(target);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }
}
