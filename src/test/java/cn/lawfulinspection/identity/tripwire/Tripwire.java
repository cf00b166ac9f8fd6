package cn.lawfulinspection.identity.tripwire;

/**
 * A class outside the variables' allow-list that counts, in {@link TripwireLog}, every time it is initialised or
 * instantiated: a process variable naming it must do neither.
 */
public class Tripwire {

  static {
    TripwireLog.INITIALISED.incrementAndGet();
  }

  private String payload;

  public Tripwire() {
    TripwireLog.CREATED.incrementAndGet();
  }

  public String getPayload() {
    return payload;
  }

  public void setPayload(String payload) {
    this.payload = payload;
  }
}
