package cn.lawfulinspection.supervision.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RefusalRecords extends JpaRepository<RefusalRecord, Long> {}
