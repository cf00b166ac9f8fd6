package cn.lawfulinspection.supervision.internal;

import cn.lawfulinspection.common.Refused;
import cn.lawfulinspection.supervision.RefusalLog;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Keeps every refusal the web layer answers; runs in the request's thread, so the user is known. */
@Component
class RefusalListener {

  private final RefusalLog refusals;

  RefusalListener(RefusalLog refusals) {
    this.refusals = refusals;
  }

  @EventListener
  void on(Refused refused) {
    refusals.record(refused.ruleId(), refused.field(), refused.message(), refused.where());
  }
}
