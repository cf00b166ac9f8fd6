package cn.lawfulinspection.inspector;

import cn.lawfulinspection.common.Verdict;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Module API of {@code inspector}: inspectors (执法人员) and their enforcement certificates. */
public interface InspectorService {

  /** The inspector with this id; throws {@link cn.lawfulinspection.common.NotFoundException} if there is none. */
  Inspector get(String id);

  Optional<Inspector> find(String id);

  /** The inspector record of a Camunda user, if the user is an inspector. */
  Optional<Inspector> byUserId(String userId);

  /**
   * The inspector with this id or, when there is none, the inspector of the Camunda user with this id, found with
   * one statement (forms and the API accept either).
   */
  Optional<Inspector> byIdOrUserId(String idOrUserId);

  /** The inspectors of an agency, ordered by id. */
  List<Inspector> ofAgency(String agencyCode);

  /** R-MD-1: whether the inspector exists and holds a certificate valid on {@code on} and not revoked. */
  Verdict qualified(String inspectorId, LocalDate on);

  /**
   * R-MD-1 for each inspector; throws {@link cn.lawfulinspection.common.RuleViolationException} naming the first
   * unqualified inspector and why.
   */
  void requireQualified(Collection<String> inspectorIds, LocalDate on);

  /** R-MD-2 then R-MD-1: at least {@code minInspectors} distinct inspectors, each qualified on {@code on}. */
  void requireTeam(Collection<String> inspectorIds, LocalDate on, int minInspectors);
}
