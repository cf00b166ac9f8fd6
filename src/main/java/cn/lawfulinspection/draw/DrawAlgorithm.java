package cn.lawfulinspection.draw;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * R-PL-5: the draw as a pure function of the seed and the sizes of the two sorted pools (docs/draws.md, "algorithm
 * v1"), so that anyone holding the published seed and pools gets the same result.
 *
 * <ol>
 *   <li>Random stream: the k-th number (k = 0, 1, 2, …) is the first 8 bytes, read as an unsigned big-endian
 *       integer, of SHA-256(seed ‖ k), k written as 8 bytes big-endian. A number below {@code n} is that integer
 *       modulo {@code n} (bias below 2^-40 for the pool sizes the platform allows).</li>
 *   <li>Fisher–Yates: positions 0..n-1 of a sorted pool; for i from n-1 down to 1, j = next number below i+1,
 *       swap positions i and j.</li>
 *   <li>Enterprises: shuffle the enterprise pool, take the first {@code enterpriseCount}, in that order.</li>
 *   <li>Teams: for each drawn enterprise in that order, shuffle the whole inspector pool again (the stream goes on),
 *       take the first {@code teamSize}.</li>
 * </ol>
 */
public final class DrawAlgorithm {

  /** Name and version published with every draw. */
  public static final String NAME = "v1: SHA-256(seed||counter) + Fisher-Yates";

  /** A drawn enterprise (position in the sorted enterprise pool) and its team (positions in the inspector pool). */
  public record Team(int enterprise, List<Integer> inspectors) {}

  private DrawAlgorithm() {}

  /** The draw: one team per drawn enterprise, in drawing order. */
  public static List<Team> draw(byte[] seed, int enterprisePool, int inspectorPool, int enterpriseCount,
      int teamSize) {
    if (enterpriseCount > enterprisePool || teamSize > inspectorPool || enterpriseCount < 0 || teamSize < 0) {
      throw new IllegalArgumentException("pools too small for the draw");
    }
    Stream stream = new Stream(seed);
    int[] enterprises = stream.shuffle(enterprisePool);
    List<Team> teams = new ArrayList<>();
    for (int e = 0; e < enterpriseCount; e++) {
      int[] inspectors = stream.shuffle(inspectorPool);
      List<Integer> team = new ArrayList<>();
      for (int i = 0; i < teamSize; i++) {
        team.add(inspectors[i]);
      }
      teams.add(new Team(enterprises[e], List.copyOf(team)));
    }
    return List.copyOf(teams);
  }

  /** SHA-256 of the seed, lower-case hex: the commitment shown before the draw. */
  public static String commitment(byte[] seed) {
    return HexFormat.of().formatHex(sha256(seed));
  }

  static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The random stream of one draw. */
  private static final class Stream {

    private final byte[] seed;
    private long counter;

    Stream(byte[] seed) {
      this.seed = seed.clone();
    }

    long next() {
      byte[] block = sha256(ByteBuffer.allocate(seed.length + Long.BYTES).put(seed).putLong(counter++).array());
      return ByteBuffer.wrap(block, 0, Long.BYTES).getLong();
    }

    int below(int bound) {
      return (int) Long.remainderUnsigned(next(), bound);
    }

    int[] shuffle(int n) {
      int[] a = new int[n];
      for (int i = 0; i < n; i++) {
        a[i] = i;
      }
      for (int i = n - 1; i > 0; i--) {
        int j = below(i + 1);
        int t = a[i];
        a[i] = a[j];
        a[j] = t;
      }
      return a;
    }
  }
}
