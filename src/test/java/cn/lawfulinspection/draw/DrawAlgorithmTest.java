package cn.lawfulinspection.draw;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * R-PL-5: the draw is a pure function of seed and pools. The expected results come from a second, straightforward
 * implementation written here (BigInteger arithmetic, list swaps) and from a Python script run by hand (docs/draws.md),
 * not from {@link DrawAlgorithm}.
 */
class DrawAlgorithmTest {

  private static final byte[] SEED = seed();

  @Test
  @DisplayName("R-PL-5 a fixed seed gives the draw a hand replay (Python, docs/draws.md) gives: enterprises 3, 6, 7 with teams [4,5], [3,5], [1,4]")
  void knownAnswer() {
    // given the seed 00 01 02 … 1f, 10 enterprises, 6 inspectors
    // when
    List<DrawAlgorithm.Team> teams = DrawAlgorithm.draw(SEED, 10, 6, 3, 2);
    // then
    assertThat(teams).containsExactly(
        new DrawAlgorithm.Team(3, List.of(4, 5)),
        new DrawAlgorithm.Team(6, List.of(3, 5)),
        new DrawAlgorithm.Team(7, List.of(1, 4)));
    assertThat(DrawAlgorithm.commitment(SEED))
        .isEqualTo("630dcd2966c4336691125448bbb25b4ff412a49c732db2c8abc1b8581bd710dd");
  }

  @Test
  @DisplayName("R-PL-5 the same seed and pools always give the same draw, equal to a second independent implementation")
  void sameAsReference() throws Exception {
    for (int variant = 0; variant < 20; variant++) {
      byte[] seed = MessageDigest.getInstance("SHA-256").digest(("seed " + variant).getBytes());
      int enterprises = 5 + variant * 7;
      int inspectors = 3 + variant;
      int count = 1 + variant % 5;
      int team = 2 + variant % 2;
      List<DrawAlgorithm.Team> first = DrawAlgorithm.draw(seed, enterprises, inspectors, count, team);
      assertThat(DrawAlgorithm.draw(seed.clone(), enterprises, inspectors, count, team)).isEqualTo(first);
      assertThat(first).isEqualTo(reference(seed, enterprises, inspectors, count, team));
      assertThat(first).extracting(DrawAlgorithm.Team::enterprise).doesNotHaveDuplicates();
      first.forEach(t -> assertThat(t.inspectors()).hasSize(team).doesNotHaveDuplicates());
    }
  }

  @Test
  @DisplayName("R-PL-5 another seed gives another draw over the same pools")
  void seedMatters() {
    byte[] other = SEED.clone();
    other[0] ^= 1;
    assertThat(DrawAlgorithm.draw(other, 50, 10, 5, 2)).isNotEqualTo(DrawAlgorithm.draw(SEED, 50, 10, 5, 2));
  }

  /** The algorithm of docs/draws.md written out again, the plain way. */
  private static List<DrawAlgorithm.Team> reference(byte[] seed, int enterprises, int inspectors, int count,
      int team) throws Exception {
    long[] counter = {0};
    List<Integer> e = shuffled(seed, counter, enterprises);
    List<DrawAlgorithm.Team> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      List<Integer> people = shuffled(seed, counter, inspectors);
      out.add(new DrawAlgorithm.Team(e.get(i), people.subList(0, team)));
    }
    return out;
  }

  private static List<Integer> shuffled(byte[] seed, long[] counter, int n) throws Exception {
    List<Integer> a = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      a.add(i);
    }
    for (int i = n - 1; i >= 1; i--) {
      byte[] input = Arrays.copyOf(seed, seed.length + 8);
      long k = counter[0]++;
      for (int b = 0; b < 8; b++) {
        input[seed.length + b] = (byte) (k >>> (56 - 8 * b));
      }
      byte[] h = MessageDigest.getInstance("SHA-256").digest(input);
      BigInteger r = new BigInteger(1, Arrays.copyOf(h, 8));
      Collections.swap(a, i, r.mod(BigInteger.valueOf(i + 1)).intValue());
    }
    return List.copyOf(a);
  }

  private static byte[] seed() {
    byte[] s = new byte[32];
    for (int i = 0; i < 32; i++) {
      s[i] = (byte) i;
    }
    return s;
  }
}
