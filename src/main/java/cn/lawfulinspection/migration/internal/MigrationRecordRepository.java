package cn.lawfulinspection.migration.internal;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface MigrationRecordRepository extends JpaRepository<MigrationRecord, Long> {

  List<MigrationRecord> findAllByOrderByIdDesc(Pageable page);
}
