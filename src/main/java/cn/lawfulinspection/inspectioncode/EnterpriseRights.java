package cn.lawfulinspection.inspectioncode;

import java.util.List;

/** The enterprise's rights in an inspection (陈述权、申辩权、救济权) as the verification page explains them (R-SC-3). */
public final class EnterpriseRights {

  private EnterpriseRights() {}

  public static final List<VerifiedTask.Right> ALL = List.of(
      new VerifiedTask.Right("陈述权",
          "检查过程中，企业有权就检查事项和发现的问题向执法人员陈述事实、说明情况、提交材料，执法人员应当听取并如实记录。"),
      new VerifiedTask.Right("申辩权",
          "对执法机关认定的事实、理由和拟作出的处理决定，企业有权提出异议和申辩；执法机关应当认真听取并复核，"
              + "不得因企业陈述、申辩而加重处理。"),
      new VerifiedTask.Right("救济权",
          "对检查行为或据此作出的行政决定不服的，企业可以依法申请行政复议或者提起行政诉讼；合法权益因违法检查受到损害的，"
              + "可以依法要求国家赔偿，也可以向司法局（行政执法监督机构）投诉、举报。"));
}
