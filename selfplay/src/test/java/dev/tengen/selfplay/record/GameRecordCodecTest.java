package dev.tengen.selfplay.record;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tengen.games.Color;
import dev.tengen.games.EndReason;
import dev.tengen.games.GameResult;
import dev.tengen.games.KoRule;
import dev.tengen.games.Rules;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.List;
import net.openhft.chronicle.bytes.Bytes;
import org.junit.jupiter.api.Test;

class GameRecordCodecTest {

  private static final Rules SIMPLE_SUICIDE = new Rules(KoRule.SIMPLE, true, -3.5);

  /** 9x9: B D5 (model a), W pass (a), B pass (b, model changed mid-game), White resigned. */
  private static GameRecord handBuilt() {
    return GameRecord.builder(0x0123456789ABCDEFL, 9, SIMPLE_SUICIDE)
        .times(1_700_000_000_123L, 1_700_000_360_456L)
        .moveCap(200)
        .featureVersion(3)
        .addMove(40, "a", true, 0.25f, 600, 321, new int[] {30, 40, 81}, new float[] {0.125f, 0.75f, 0.125f}, 3)
        .addMove(81, "a", false, -0.5f, 100, 100, new int[] {81}, new float[] {1f}, 1)
        .addMove(81, "b", true, 1f, 7, 6, new int[0], new float[0], 0)
        .build(GameResult.resignation(Color.BLACK));
  }

  @Test
  void handBuiltRecordKeepsEveryFieldExactly() {
    GameRecord r = GameRecordCodec.fromBytes(GameRecordCodec.toBytes(handBuilt()));
    assertEquals(0x0123456789ABCDEFL, r.gameId());
    assertEquals(1_700_000_000_123L, r.startMillis());
    assertEquals(1_700_000_360_456L, r.endMillis());
    assertEquals(9, r.boardSize());
    assertEquals(SIMPLE_SUICIDE, r.rules());
    assertEquals(200, r.moveCap());
    assertEquals(3, r.featureVersion());
    assertEquals(GameResult.resignation(Color.BLACK), r.result());
    assertFalse(r.resignationDisabled());
    assertEquals(-1, r.wouldResignPly());
    assertEquals(null, r.wouldResignColor());
    assertEquals(List.of("a", "b"), r.models());
    assertEquals(3, r.moveCount());
    assertArrayEquals(new int[] {40, 81, 81}, new int[] {r.action(0), r.action(1), r.action(2)});
    assertEquals("a", r.modelAt(1));
    assertEquals("b", r.modelAt(2));
    assertEquals(Color.WHITE, r.colorAt(1));
    assertTrue(r.fullSearch(0));
    assertFalse(r.fullSearch(1));
    assertEquals(-0.5f, r.rootValue(1));
    assertEquals(1f, r.rootValue(2));
    assertEquals(600, r.rootVisits(0));
    assertEquals(321, r.chosenVisits(0));
    assertEquals(3, r.policySize(0));
    assertEquals(81, r.policyAction(0, 2));
    assertEquals(0.75f, r.policyProbability(0, 1));
    assertEquals(0, r.policySize(2));
    float[] dense = new float[82];
    r.policyInto(0, dense);
    float[] expected = new float[82];
    expected[30] = 0.125f;
    expected[40] = 0.75f;
    expected[81] = 0.125f;
    assertArrayEquals(expected, dense);
    assertEquals(handBuilt(), r);
  }

  @Test
  void byteLayoutMatchesTheDocumentedFormat() {
    byte[] bytes = GameRecordCodec.toBytes(handBuilt());
    // 54-byte header, models "a" and "b" (3 bytes each), i32 move count,
    // moves of 18 bytes plus 6 per policy entry: 3, 1 and 0 entries.
    assertEquals(54 + 3 + 3 + 4 + (18 + 18) + (18 + 6) + 18, bytes.length);
    assertEquals(bytes.length, GameRecordCodec.encodedSize(handBuilt()));
    ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    assertEquals('T', bytes[0]);
    assertEquals('R', bytes[1]);
    assertEquals(1, b.getShort(2));
    assertEquals(0x0123456789ABCDEFL, b.getLong(4));
    assertEquals(9, bytes[28]);
    assertEquals(0, bytes[29]); // simple ko
    assertEquals(1, bytes[30]); // suicide allowed
    assertEquals(-7, b.getInt(31)); // komi -3.5 doubled
    assertEquals(200, b.getInt(35));
    assertEquals(3, b.getShort(39));
    assertEquals(1, bytes[41]); // Black won
    assertEquals(1, bytes[42]); // by resignation
    assertEquals(0, b.getInt(43));
    assertEquals(0, bytes[47]);
    assertEquals(-1, b.getInt(48));
    assertEquals(0, bytes[52]);
    assertEquals(2, bytes[53]); // two models
    assertEquals(3, b.getInt(54 + 6)); // move count
    int move0 = 54 + 6 + 4;
    assertEquals(40, b.getShort(move0));
    assertEquals(0.25f, b.getFloat(move0 + 4));
    assertEquals(600, b.getInt(move0 + 8));
    assertEquals(321, b.getInt(move0 + 12));
    assertEquals(3, b.getShort(move0 + 16));
    assertEquals(30, b.getShort(move0 + 18));
    assertEquals(0.125f, b.getFloat(move0 + 20));
  }

  @Test
  void randomRecordsRoundTripExactlyOnEveryBoardSize() {
    for (int size : new int[] {2, 5, 9, 13, 19, 25}) {
      for (int moves : new int[] {0, 1, 2, 61, 3 * size * size}) {
        GameRecord record = SampleRecords.random(size * 1000L + moves, size, moves, 30);
        byte[] bytes = GameRecordCodec.toBytes(record);
        GameRecord decoded = GameRecordCodec.fromBytes(bytes);
        assertEquals(record, decoded, () -> "size " + size + ", moves " + moves);
        assertArrayEquals(bytes, GameRecordCodec.toBytes(decoded));
        assertEquals(bytes.length, GameRecordCodec.encodedSize(record));
      }
    }
  }

  @Test
  void fullPolicyOn25x25IncludingPassRoundTrips() {
    int count = 25 * 25 + 1;
    int[] actions = new int[count];
    float[] probabilities = new float[count];
    for (int a = 0; a < count; a++) {
      actions[a] = a;
      probabilities[a] = 1f / count;
    }
    GameRecord record = GameRecord.builder(7, 25, Rules.DEFAULT)
        .addMove(625, "m", true, 0f, 5000, 12, actions, probabilities, count)
        .addMove(624, "m", true, 0f, 5000, 12, actions, probabilities, count)
        .build(GameResult.byScore(-0.5, EndReason.MOVE_CAP));
    GameRecord decoded = GameRecordCodec.fromBytes(GameRecordCodec.toBytes(record));
    assertEquals(record, decoded);
    assertEquals(625, decoded.policyAction(1, 625));
    assertEquals(new GameResult(Color.WHITE, 0.5, EndReason.MOVE_CAP), decoded.result());
  }

  @Test
  void gameWithoutMovesRoundTrips() {
    GameRecord record = GameRecord.builder(1, 19, Rules.DEFAULT)
        .build(GameResult.resignation(Color.WHITE));
    GameRecord decoded = GameRecordCodec.fromBytes(GameRecordCodec.toBytes(record));
    assertEquals(record, decoded);
    assertEquals(0, decoded.moveCount());
    assertEquals(List.of(), decoded.models());
  }

  @Test
  void drawAndFalseResignationCheckRoundTrip() {
    GameRecord record = GameRecord.builder(2, 2, new Rules(KoRule.POSITIONAL_SUPERKO, false, 0))
        .resignationDisabled(true)
        .addMove(4, "m", true, -0.95f, 10, 5, new int[] {4}, new float[] {1f}, 1)
        .wouldResign(0, Color.BLACK)
        .wouldResign(1, Color.WHITE) // only the first counts
        .addMove(4, "m", true, 0.1f, 10, 5, new int[] {4}, new float[] {1f}, 1)
        .build(GameResult.byScore(0, EndReason.TWO_PASSES));
    GameRecord decoded = GameRecordCodec.fromBytes(GameRecordCodec.toBytes(record));
    assertEquals(record, decoded);
    assertTrue(decoded.resignationDisabled());
    assertEquals(0, decoded.wouldResignPly());
    assertEquals(Color.BLACK, decoded.wouldResignColor());
    assertTrue(decoded.result().isDraw());
    assertFalse(decoded.falseResignation());
  }

  @Test
  void wouldBeResignerWhoWinsIsAFalseResignation() {
    GameRecord record = GameRecord.builder(3, 9, Rules.DEFAULT)
        .resignationDisabled(true)
        .wouldResign(0, Color.WHITE)
        .build(GameResult.byScore(-2.5, EndReason.TWO_PASSES));
    assertTrue(GameRecordCodec.fromBytes(GameRecordCodec.toBytes(record)).falseResignation());
  }

  @Test
  void unknownVersionIsRejectedNamingTheVersion() {
    byte[] bytes = GameRecordCodec.toBytes(handBuilt());
    bytes[2] = 7;
    UnknownRecordVersionException e =
        assertThrows(UnknownRecordVersionException.class, () -> GameRecordCodec.fromBytes(bytes));
    assertEquals(7, e.version());
    assertEquals(-1, e.index());
    assertTrue(e.getMessage().contains("unknown format version 7"), e.getMessage());
    assertTrue(e.getMessage().contains("reads version 1"), e.getMessage());
  }

  @Test
  void badMagicTruncationAndTrailingBytesAreRejected() {
    byte[] bytes = GameRecordCodec.toBytes(handBuilt());
    byte[] badMagic = bytes.clone();
    badMagic[0] = 'X';
    CorruptRecordException outsideQueue =
        assertThrows(CorruptRecordException.class, () -> GameRecordCodec.fromBytes(badMagic));
    assertEquals("game record: bad magic 0x5258 (expected 0x5254); not a Tengen game record",
        outsideQueue.getMessage());
    assertEquals(-1, outsideQueue.index());
    Bytes<byte[]> inQueue = Bytes.wrapForRead(badMagic);
    CorruptRecordException atIndex = assertThrows(CorruptRecordException.class,
        () -> GameRecordCodec.read(inQueue, 0x4a0000000002L));
    inQueue.releaseLast();
    assertEquals(0x4a0000000002L, atIndex.index());
    assertEquals("bad magic 0x5258 (expected 0x5254); not a Tengen game record", atIndex.problem());
    assertTrue(atIndex.getMessage().startsWith(
        "game record at queue index 0x4a0000000002 (81363860455426): bad magic"),
        atIndex.getMessage());
    byte[] truncated = Arrays.copyOf(bytes, bytes.length - 3);
    assertTrue(assertThrows(CorruptRecordException.class, () -> GameRecordCodec.fromBytes(truncated))
        .getMessage().contains("truncated"));
    byte[] longer = Arrays.copyOf(bytes, bytes.length + 1);
    assertTrue(assertThrows(CorruptRecordException.class, () -> GameRecordCodec.fromBytes(longer))
        .getMessage().contains("trailing"));
  }

  @Test
  void builderRejectsBadMovesNamingThem() {
    GameRecord.Builder b = GameRecord.builder(1, 9, Rules.DEFAULT);
    IllegalArgumentException outOfRange = assertThrows(IllegalArgumentException.class,
        () -> b.addMove(82, "m", true, 0f, 1, 1, new int[0], new float[0], 0));
    assertTrue(outOfRange.getMessage().contains("move 0: action 82"), outOfRange.getMessage());
    IllegalArgumentException unsorted = assertThrows(IllegalArgumentException.class,
        () -> b.addMove(3, "m", true, 0f, 1, 1, new int[] {5, 5}, new float[] {0.5f, 0.5f}, 2));
    assertTrue(unsorted.getMessage().contains("must increase"), unsorted.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> b.addMove(3, "m", true, Float.NaN, 1, 1, new int[0], new float[0], 0));
    assertEquals(0, b.moveCount());
    assertThrows(IllegalArgumentException.class, () -> GameRecord.builder(1, 26, Rules.DEFAULT));
    assertThrows(IllegalArgumentException.class,
        () -> GameRecord.builder(1, 9, Rules.DEFAULT).resignationDisabled(true)
            .build(GameResult.resignation(Color.BLACK)));
  }

  @Test
  void gameIdsAreDistinctAndCarryTheSessionNonce() {
    long[] nonces = {0xABCDEL, 0x12345L};
    int[] next = {0};
    GameIds ids = new GameIds(() -> nonces[next[0]++]);
    long first = ids.next();
    long second = ids.next();
    assertEquals(0xABCDEL << 24, first);
    assertEquals((0xABCDEL << 24) | 1, second);
  }
}
