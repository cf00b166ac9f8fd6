package cn.lawfulinspection.inspector;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ContactPolicyTest {

  final Inspector liu = new Inspector("scjg-002", "刘洋", "scjg", "liuyang", "13852601002", null);

  @Test
  @DisplayName("R-IG-1 an inspector's phone number is read by the own agency's staff, supervisors and administrators only")
  void readers() {
    assertThat(ContactPolicy.asSeenBy(liu, Set.of("inspector", "yjgl", "yjglInspector")).phone()).isNull();
    assertThat(ContactPolicy.asSeenBy(liu, Set.of("head", "sthj", "sthjHead")).phone()).isNull();
    assertThat(ContactPolicy.asSeenBy(liu, Set.of()).phone()).isNull();
    assertThat(ContactPolicy.asSeenBy(liu, Set.of("head", "scjg", "scjgHead")).phone()).isEqualTo("13852601002");
    assertThat(ContactPolicy.asSeenBy(liu, Set.of("supervisor", "sfj")).phone()).isEqualTo("13852601002");
    assertThat(ContactPolicy.asSeenBy(liu, Set.of("camunda-admin")).phone()).isEqualTo("13852601002");
    assertThat(ContactPolicy.asSeenBy(liu, Set.of("yjgl")).name()).isEqualTo("刘洋");
  }
}
