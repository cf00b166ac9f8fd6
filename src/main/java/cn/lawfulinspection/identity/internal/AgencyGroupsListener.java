package cn.lawfulinspection.identity.internal;

import cn.lawfulinspection.agency.AgencySaved;
import cn.lawfulinspection.identity.AgencyGroups;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** A new or renamed agency gets its Camunda groups at once, in the same transaction. */
@Component
class AgencyGroupsListener {

  private final AgencyGroups agencyGroups;

  AgencyGroupsListener(AgencyGroups agencyGroups) {
    this.agencyGroups = agencyGroups;
  }

  @EventListener
  void on(AgencySaved event) {
    agencyGroups.ensureGroupsFor(event.code(), event.name());
  }
}
