package cn.lawfulinspection.scanin.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.hibernate.Session;

/** {@link ScanInsByTask} through Hibernate's natural-id lookup of {@link ScanInEntity#taskId}. */
class ScanInsByTaskImpl implements ScanInsByTask {

  @PersistenceContext private EntityManager entityManager;

  @Override
  public Optional<ScanInEntity> findByTaskId(long taskId) {
    return entityManager.unwrap(Session.class).bySimpleNaturalId(ScanInEntity.class).loadOptional(taskId);
  }
}
