package cn.lawfulinspection.agency.internal;

import cn.lawfulinspection.agency.AgencyLevel;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Body of {@code PUT /api/agencies/{code}}. */
record AgencyRequest(
    @Schema(description = "全称", example = "市场监督管理局")
    @NotBlank(message = "请填写执法机关名称") @Size(max = 200, message = "名称不能超过200个字符") String name,
    @Schema(description = "层级：CITY 市级、COUNTY 县级、TOWNSHIP 乡镇级", example = "COUNTY")
    @NotNull(message = "请选择层级（CITY 市级、COUNTY 县级、TOWNSHIP 乡镇级）") AgencyLevel level,
    @Schema(description = "是否为司法局（行政执法监督机关）") boolean justiceBureau,
    @Schema(description = "科室名称")
    List<@NotBlank(message = "科室名称不能为空") @Size(max = 100, message = "科室名称不能超过100个字符") String> sections) {}
