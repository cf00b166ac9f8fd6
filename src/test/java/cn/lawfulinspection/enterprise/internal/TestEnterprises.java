package cn.lawfulinspection.enterprise.internal;

import cn.lawfulinspection.enterprise.Enterprise;
import org.springframework.stereotype.Component;

/** Tests create enterprises through the module's own save (R-MD-4, R-MD-5 checked) when the demo ones run out. */
@Component
public class TestEnterprises {

  private final JpaEnterpriseService service;

  TestEnterprises(JpaEnterpriseService service) {
    this.service = service;
  }

  public Enterprise save(Enterprise enterprise) {
    return service.save(enterprise);
  }
}
