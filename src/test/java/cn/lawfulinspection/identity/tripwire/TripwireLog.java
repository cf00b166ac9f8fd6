package cn.lawfulinspection.identity.tripwire;

import java.util.concurrent.atomic.AtomicInteger;

/** What happened to {@link Tripwire}; reading it does not load {@link Tripwire}. */
public final class TripwireLog {

  public static final String CLASS_NAME = "cn.lawfulinspection.identity.tripwire.Tripwire";
  public static final AtomicInteger INITIALISED = new AtomicInteger();
  public static final AtomicInteger CREATED = new AtomicInteger();

  private TripwireLog() {}
}
