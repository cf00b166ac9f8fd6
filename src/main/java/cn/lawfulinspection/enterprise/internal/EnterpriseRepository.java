package cn.lawfulinspection.enterprise.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface EnterpriseRepository extends JpaRepository<EnterpriseEntity, String> {

  /** Name contains {@code pattern} or code starts with {@code codePrefix}; both already LIKE-escaped with '!'. */
  @Query(value = "select e from EnterpriseEntity e where e.name like concat('%', :pattern, '%') escape '!'"
      + " or e.creditCode like concat(:codePrefix, '%') escape '!'",
      countQuery = "select count(e) from EnterpriseEntity e where e.name like concat('%', :pattern, '%') escape '!'"
      + " or e.creditCode like concat(:codePrefix, '%') escape '!'")
  Page<EnterpriseEntity> search(@Param("pattern") String pattern, @Param("codePrefix") String codePrefix, Pageable page);

  /** Locks the enterprise's row until the transaction ends; its code, or empty when there is none. */
  @Query(value = "select credit_code from insp_enterprise where credit_code = :code for update", nativeQuery = true)
  java.util.Optional<String> lock(@Param("code") String creditCode);

  List<EnterpriseEntity> findByCreditCodeIn(Collection<String> codes);
}
