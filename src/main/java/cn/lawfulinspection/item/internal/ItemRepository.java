package cn.lawfulinspection.item.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ItemRepository extends JpaRepository<ItemEntity, String> {

  List<ItemEntity> findByAgencyCodeOrderByCodeAsc(String agencyCode);

  List<ItemEntity> findAllByOrderByCodeAsc();
}
