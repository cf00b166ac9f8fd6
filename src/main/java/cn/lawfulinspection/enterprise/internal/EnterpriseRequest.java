package cn.lawfulinspection.enterprise.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of {@code PUT /api/enterprises/{creditCode}}. */
record EnterpriseRequest(
    @Schema(example = "泰州市姜堰区𠮷祥餐饮有限公司")
    @NotBlank(message = "请填写企业名称") @Size(max = 200, message = "企业名称不能超过200个字符") String name,
    @Schema(example = "泰州市姜堰区三水街道人民路88号") @Size(max = 300, message = "地址不能超过300个字符") String address,
    @Schema(example = "王建国 13952600001") @Size(max = 100, message = "联系方式不能超过100个字符") String contact,
    @Schema(description = "信用风险等级 A/B/C/D（R-MD-5）", example = "B") String tier,
    @Schema(description = "是否列入白名单库（R-MD-5）") boolean whiteListed,
    @Schema(description = "是否列入重点监管对象库（R-MD-5）") boolean keySupervision,
    @Schema(description = "是否列入严重失信主体名单（云和县安静期不适用，R-TK-7）") Boolean seriouslyDishonest) {}
