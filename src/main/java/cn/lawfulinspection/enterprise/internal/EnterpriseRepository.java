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

  List<EnterpriseEntity> findByCreditCodeIn(Collection<String> codes);
}
