package cn.lawfulinspection.identity.internal;

import java.util.ArrayList;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.variable.serializer.TypedValueSerializer;
import org.camunda.bpm.engine.impl.variable.serializer.ValueFields;
import org.camunda.bpm.engine.impl.variable.serializer.VariableSerializerFactory;
import org.camunda.bpm.engine.impl.variable.serializer.VariableSerializers;
import org.camunda.bpm.engine.variable.impl.value.UntypedValueImpl;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Object-typed process variables only from an allow-list (R-IG-4), in the engine, so every channel is covered:
 * {@code /engine-rest}, the webapps' engine API, form submissions and our own code.
 *
 * <ul>
 *   <li>Writing: every serializer of object values (Spin's JSON one, Java serialization, the fallback for unknown
 *       formats) is wrapped so that a value naming a class outside {@link AllowedVariableTypes} is refused before it
 *       is stored; nothing of the named class is loaded.
 *   <li>Reading: Camunda's {@code deserializationTypeValidationEnabled} with {@link AllowedVariableTypes} as the
 *       validator, for values stored before this guard.
 *   <li>The list is extended by {@code inspection.variables.allowed-classes} / {@code allowed-packages} or Camunda's
 *       {@code deserializationAllowedClasses} / {@code deserializationAllowedPackages}.
 * </ul>
 */
@Component
class VariableTypeGuardPlugin extends AbstractProcessEnginePlugin {

  private final String extraClasses;
  private final String extraPackages;

  /**
   * @param extraClasses classes an administrator allows besides the list ({@code INSPECTION_VARIABLES_ALLOWED_CLASSES})
   * @param extraPackages packages likewise ({@code INSPECTION_VARIABLES_ALLOWED_PACKAGES})
   */
  VariableTypeGuardPlugin(@Value("${inspection.variables.allowed-classes:}") String extraClasses,
      @Value("${inspection.variables.allowed-packages:}") String extraPackages) {
    this.extraClasses = extraClasses;
    this.extraPackages = extraPackages;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setDeserializationTypeValidator(new AllowedVariableTypes());
    configuration.setDeserializationTypeValidationEnabled(true);
    // the engine hands these to the validator at init; Camunda's own settings of the same name are kept
    configuration.setDeserializationAllowedClasses(join(configuration.getDeserializationAllowedClasses(), extraClasses));
    configuration.setDeserializationAllowedPackages(
        join(configuration.getDeserializationAllowedPackages(), extraPackages));
  }

  private static String join(String a, String b) {
    return a == null || a.isBlank() ? b : b == null || b.isBlank() ? a : a + "," + b;
  }

  /** After every plugin's {@code postInit}: Spin adds its serializers and its fallback there. */
  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    if (!(configuration.getDeserializationTypeValidator() instanceof AllowedVariableTypes allowed)) {
      throw new IllegalStateException("another deserialization type validator replaced the platform's allow-list");
    }
    // generic properties are applied in any order with the plugins: validation stays on whatever they say
    configuration.setDeserializationTypeValidationEnabled(true);
    VariableSerializers serializers = configuration.getVariableSerializers();
    for (TypedValueSerializer<?> serializer : new ArrayList<>(serializers.getSerializers())) {
      if (ValueType.OBJECT.equals(serializer.getType()) && !(serializer instanceof Checked)) {
        int index = serializers.getSerializerIndex(serializer);
        serializers.removeSerializer(serializer);
        serializers.addSerializer(new Checked(serializer, allowed), index);
      }
    }
    VariableSerializerFactory fallback = configuration.getFallbackSerializerFactory();
    if (fallback != null) {
      configuration.setFallbackSerializerFactory(new VariableSerializerFactory() {
        @Override
        public TypedValueSerializer<?> getSerializer(String serializerName) {
          return checked(fallback.getSerializer(serializerName), allowed);
        }

        @Override
        public TypedValueSerializer<?> getSerializer(TypedValue value) {
          return checked(fallback.getSerializer(value), allowed);
        }
      });
    }
  }

  private static TypedValueSerializer<?> checked(TypedValueSerializer<?> serializer, AllowedVariableTypes allowed) {
    return serializer == null || serializer instanceof Checked || !ValueType.OBJECT.equals(serializer.getType())
        ? serializer : new Checked(serializer, allowed);
  }

  /** A serializer of object values that refuses a type outside the list before its delegate writes anything. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  static final class Checked implements TypedValueSerializer<TypedValue> {

    private final TypedValueSerializer delegate;
    private final AllowedVariableTypes allowed;

    Checked(TypedValueSerializer<?> delegate, AllowedVariableTypes allowed) {
      this.delegate = delegate;
      this.allowed = allowed;
    }

    @Override
    public void writeValue(TypedValue value, ValueFields fields) {
      if (value instanceof ObjectValue object) {
        String typeName = object.getObjectTypeName() != null ? object.getObjectTypeName()
            : object.isDeserialized() && object.getValue() != null ? object.getValue().getClass().getName() : null;
        allowed.requireAllowed(fields.getName(), typeName);
      }
      delegate.writeValue(value, fields);
    }

    @Override
    public String getName() {
      return delegate.getName();
    }

    @Override
    public ValueType getType() {
      return delegate.getType();
    }

    @Override
    public TypedValue readValue(ValueFields fields, boolean deserialize, boolean asTransientValue) {
      return delegate.readValue(fields, deserialize, asTransientValue);
    }

    @Override
    public boolean canHandle(TypedValue value) {
      return delegate.canHandle(value);
    }

    @Override
    public TypedValue convertToTypedValue(UntypedValueImpl untypedValue) {
      return delegate.convertToTypedValue(untypedValue);
    }

    @Override
    public String getSerializationDataformat() {
      return delegate.getSerializationDataformat();
    }

    @Override
    public boolean isMutableValue(TypedValue value) {
      return delegate.isMutableValue(value);
    }
  }
}
