package cn.lawfulinspection.benchmark;

import java.util.List;
import java.util.function.Consumer;

/**
 * One variant of the planned inspection lifecycle that the benchmark drives: named steps, each moving one case from
 * one wait state to the next, the last one ending it. {@link #prepare} creates what the cases need and is not
 * measured.
 */
interface Lifecycle {

  String name();

  /** Creates the master data (or whatever else) for {@code count} cases; not measured. */
  List<Case> prepare(int count);

  /** How many cases have reached the end so far (a check that every step really ran). */
  long ended();

  /** The steps, in the order a case lives them. */
  List<Step> steps();

  /** A named step of the lifecycle. */
  record Step(String name, Consumer<Case> action) {}

  /** One case (one inspection task) and what its steps hand on to each other. */
  final class Case {
    final int index;
    final String enterprise;
    final String enterpriseCode;
    long taskId;
    String businessKey;

    Case(int index, String enterprise, String enterpriseCode) {
      this.index = index;
      this.enterprise = enterprise;
      this.enterpriseCode = enterpriseCode;
    }
  }
}
