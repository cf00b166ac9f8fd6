package cn.lawfulinspection.enterprise.internal;

import cn.lawfulinspection.enterprise.Enterprise;
import java.util.List;
import org.springframework.data.domain.Page;

/** One page of a search, in a stable JSON shape. */
record EnterprisePage(List<Enterprise> content, int page, int size, long totalElements, int totalPages) {

  static EnterprisePage of(Page<Enterprise> p) {
    return new EnterprisePage(p.getContent(), p.getNumber(), p.getSize(), p.getTotalElements(), p.getTotalPages());
  }
}
