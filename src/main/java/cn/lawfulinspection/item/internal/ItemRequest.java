package cn.lawfulinspection.item.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of {@code PUT /api/items/{code}}; basis and standard may be left empty for a draft (unusable, R-MD-3). */
record ItemRequest(
    @Schema(example = "scjg") @NotBlank(message = "请填写所属执法机关代码") String agencyCode,
    @Schema(example = "食品经营者落实食品安全主体责任情况")
    @NotBlank(message = "请填写检查事项名称") @Size(max = 200, message = "事项名称不能超过200个字符") String name,
    @Schema(description = "法定依据（为空时事项不可使用，R-MD-3）", example = "《中华人民共和国食品安全法》第一百一十条")
    @Size(max = 1000, message = "法定依据不能超过1000个字符") String legalBasis,
    @Schema(description = "合规标准（为空时事项不可使用，R-MD-3）")
    @Size(max = 1000, message = "合规标准不能超过1000个字符") String complianceStandard,
    @Schema(description = "可否非现场检查") boolean offSiteCheckable,
    @Schema(description = "是否列入首违不罚清单（R-RS-5）") boolean firstViolationExempt) {}
