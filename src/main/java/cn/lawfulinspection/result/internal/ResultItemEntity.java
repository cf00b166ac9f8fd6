package cn.lawfulinspection.result.internal;

import cn.lawfulinspection.result.InspectionResult;
import cn.lawfulinspection.result.ItemOutcome;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;

/** Row of {@code insp_result_item}: the result of one item; evidence references one per line. */
@Entity
@Table(name = "insp_result_item")
public class ResultItemEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "result_id", nullable = false)
  private ResultEntity result;

  @Column(name = "position", nullable = false)
  private int position;

  @Column(name = "enterprise_code", nullable = false, length = 18)
  private String enterpriseCode;

  @Column(name = "item_code", nullable = false, length = 32)
  private String itemCode;

  @Column(name = "item_name", nullable = false, length = 200)
  private String itemName;

  @Enumerated(EnumType.STRING)
  @Column(name = "outcome", nullable = false, length = 16)
  private ItemOutcome outcome;

  @Column(name = "findings", length = 2000)
  private String findings;

  @Column(name = "minor", nullable = false)
  private boolean minor;

  @Column(name = "first_violation_exempt", nullable = false)
  private boolean firstViolationExempt;

  @Column(name = "evidence", length = 2000)
  private String evidence;

  protected ResultItemEntity() {}

  public ResultItemEntity(String enterpriseCode, String itemCode, String itemName, ItemOutcome outcome,
      String findings, boolean minor, boolean firstViolationExempt, List<String> evidence) {
    this.enterpriseCode = enterpriseCode;
    this.itemCode = itemCode;
    this.itemName = itemName;
    this.outcome = outcome;
    this.findings = findings;
    this.minor = minor;
    this.firstViolationExempt = firstViolationExempt;
    this.evidence = evidence == null || evidence.isEmpty() ? null : String.join("\n", evidence);
  }

  void belongsTo(ResultEntity result, int position) {
    this.result = result;
    this.position = position;
  }

  InspectionResult.Item toItem() {
    return new InspectionResult.Item(itemCode, itemName, outcome, outcome.label(), findings, minor,
        firstViolationExempt, evidence == null ? List.of() : Arrays.asList(evidence.split("\n")));
  }
}
