package cn.lawfulinspection.inspector.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Body of {@code PUT /api/inspectors/{id}}. */
record InspectorRequest(
    @Schema(example = "刘洋") @NotBlank(message = "请填写执法人员姓名") @Size(max = 100, message = "姓名不能超过100个字符") String name,
    @Schema(example = "scjg") @NotBlank(message = "请填写所属执法机关代码") String agencyCode,
    @Schema(description = "平台账号（可空）", example = "liuyang")
    @Pattern(regexp = "[a-zA-Z0-9]{1,64}", message = "账号只能由字母和数字组成") String userId,
    @Schema(example = "13852600001") @Size(max = 32, message = "电话不能超过32个字符") String phone,
    @Schema(description = "行政执法证件（无证可空）") @Valid Certificate certificate) {

  record Certificate(
      @Schema(example = "32120420250001")
      @NotBlank(message = "请填写执法证号") @Size(max = 32, message = "执法证号不能超过32个字符") String number,
      @Schema(example = "2025-01-01") @NotNull(message = "请填写证件有效期起始日") LocalDate validFrom,
      @Schema(example = "2029-12-31") @NotNull(message = "请填写证件有效期截止日") LocalDate validTo,
      @Schema(description = "是否已吊销") boolean revoked) {}
}
