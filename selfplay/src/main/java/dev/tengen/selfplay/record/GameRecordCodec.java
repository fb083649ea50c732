package dev.tengen.selfplay.record;

import dev.tengen.games.Color;
import dev.tengen.games.EndReason;
import dev.tengen.games.GameResult;
import dev.tengen.games.KoRule;
import dev.tengen.games.Rules;
import net.openhft.chronicle.bytes.Bytes;

/**
 * The packed binary form of a {@link GameRecord}, format version {@value #VERSION}. All numbers
 * little-endian; {@code str} is a u16 byte length then UTF-8.
 *
 * <pre>
 * offset size field
 *   0    u16  magic 0x5254 (bytes 'T','R')
 *   2    u16  format version = 1
 *   4    i64  game id
 *  12    i64  start time, epoch ms
 *  20    i64  end time, epoch ms
 *  28    u8   board size (2..25)
 *  29    u8   ko rule: 0 SIMPLE, 1 POSITIONAL_SUPERKO
 *  30    u8   suicide allowed: 0 no, 1 yes
 *  31    i32  komi x 2 (komi is a multiple of 0.5)
 *  35    i32  move cap
 *  39    u16  network feature version
 *  41    u8   winner: 0 draw, 1 Black, 2 White
 *  42    u8   end reason: 0 TWO_PASSES, 1 RESIGNATION, 2 MOVE_CAP
 *  43    i32  margin x 2 (0 for resignation and draw)
 *  47    u8   flags: bit 0 resignation disabled
 *  48    i32  would-resign ply (-1 none)
 *  52    u8   would-resign colour: 0 none, 1 Black, 2 White
 *  53    u8   M = number of models, then M x str model id
 *        i32  n = number of moves, then n x move:
 *          u16 action   u8 model index   u8 flags (bit 0 full search)
 *          f32 root value   i32 root visits   i32 chosen-child visits
 *          u16 k = policy entries, then k x (u16 action, f32 probability), actions increasing
 * </pre>
 *
 * A 9x9 game of 60 moves with about 25 policy entries per move is about 10 kB. Probabilities are
 * stored as exact floats (no quantisation) so a decoded record equals the encoded one.
 */
public final class GameRecordCodec {

  public static final int MAGIC = 0x5254;
  public static final int VERSION = 1;
  /** Bytes before the model table. */
  static final int HEADER_BYTES = 54;
  /** Fixed bytes per move, before its policy entries. */
  static final int MOVE_BYTES = 18;
  /** Bytes per policy entry. */
  static final int ENTRY_BYTES = 6;
  /** What error messages call a record. */
  private static final String WHAT = "game record";

  private GameRecordCodec() {}

  /** Appends the encoding of {@code record} at {@code out}'s write position. */
  public static void write(GameRecord record, Bytes<?> out) {
    out.writeUnsignedShort(MAGIC);
    out.writeUnsignedShort(VERSION);
    out.writeLong(record.gameId());
    out.writeLong(record.startMillis());
    out.writeLong(record.endMillis());
    out.writeUnsignedByte(record.boardSize());
    Rules rules = record.rules();
    out.writeUnsignedByte(rules.ko() == KoRule.SIMPLE ? 0 : 1);
    out.writeUnsignedByte(rules.suicideAllowed() ? 1 : 0);
    out.writeInt((int) Math.rint(rules.komi() * 2));
    out.writeInt(record.moveCap());
    out.writeUnsignedShort(record.featureVersion());
    GameResult result = record.result();
    out.writeUnsignedByte(result.winner() == null ? 0 : result.winner().stone());
    out.writeUnsignedByte(reasonCode(result.reason()));
    out.writeInt((int) Math.rint(result.margin() * 2));
    out.writeUnsignedByte(record.resignationDisabled() ? 1 : 0);
    out.writeInt(record.wouldResignPly());
    out.writeUnsignedByte(record.wouldResignColor() == null ? 0 : record.wouldResignColor().stone());
    out.writeUnsignedByte(record.models().size());
    for (String model : record.models()) {
      Utf8.write(out, model);
    }
    int n = record.moveCount();
    out.writeInt(n);
    for (int i = 0; i < n; i++) {
      out.writeUnsignedShort(record.action(i));
      out.writeUnsignedByte(record.modelIndex(i));
      out.writeUnsignedByte(record.fullSearch(i) ? 1 : 0);
      out.writeFloat(record.rootValue(i));
      out.writeInt(record.rootVisits(i));
      out.writeInt(record.chosenVisits(i));
      int k = record.policySize(i);
      out.writeUnsignedShort(k);
      for (int j = 0; j < k; j++) {
        out.writeUnsignedShort(record.policyAction(i, j));
        out.writeFloat(record.policyProbability(i, j));
      }
    }
  }

  /**
   * Decodes one record from {@code in}'s read position.
   *
   * @param index the queue index, carried by (and named in) the errors ({@code -1} outside a queue)
   * @throws UnknownRecordVersionException if the format version is not {@value #VERSION}
   * @throws CorruptRecordException if the magic is wrong or the bytes are truncated or invalid
   */
  public static GameRecord read(Bytes<?> in, long index) {
    int magic = in.readRemaining() >= 2 ? in.readUnsignedShort() : -1;
    if (magic != MAGIC) {
      throw new CorruptRecordException(WHAT, index, "bad magic 0x" + Integer.toHexString(magic)
          + " (expected 0x" + Integer.toHexString(MAGIC) + "); not a Tengen game record");
    }
    int version = in.readRemaining() >= 2 ? in.readUnsignedShort() : -1;
    if (version != VERSION) {
      throw new UnknownRecordVersionException(WHAT, version, index, VERSION);
    }
    try {
      return readBody(in);
    } catch (RuntimeException e) {
      throw new CorruptRecordException(WHAT, index,
          "truncated or invalid (" + e.getMessage() + ")", e);
    }
  }

  private static GameRecord readBody(Bytes<?> in) {
    long gameId = in.readLong();
    long start = in.readLong();
    long end = in.readLong();
    int size = in.readUnsignedByte();
    int ko = in.readUnsignedByte();
    int suicide = in.readUnsignedByte();
    double komi = in.readInt() / 2.0;
    int moveCap = in.readInt();
    int featureVersion = in.readUnsignedShort();
    int winner = in.readUnsignedByte();
    int reason = in.readUnsignedByte();
    double margin = in.readInt() / 2.0;
    int flags = in.readUnsignedByte();
    int wouldResignPly = in.readInt();
    int wouldResignStone = in.readUnsignedByte();
    if (ko > 1 || suicide > 1 || winner > 2 || reason > 2 || flags > 1
        || wouldResignStone > 2) {
      throw new IllegalStateException("bad enum byte: ko " + ko + ", suicide " + suicide
          + ", winner " + winner + ", reason " + reason + ", flags " + flags
          + ", would-resign colour " + wouldResignStone);
    }
    Rules rules = new Rules(ko == 0 ? KoRule.SIMPLE : KoRule.POSITIONAL_SUPERKO, suicide == 1, komi);
    GameRecord.Builder b = GameRecord.builder(gameId, size, rules)
        .times(start, end)
        .moveCap(moveCap)
        .featureVersion(featureVersion)
        .resignationDisabled(flags == 1);
    if (wouldResignStone != 0) {
      b.wouldResign(wouldResignPly, Color.ofStone(wouldResignStone));
    } else if (wouldResignPly != -1) {
      throw new IllegalStateException("would-resign ply " + wouldResignPly + " without a colour");
    }
    int modelCount = in.readUnsignedByte();
    String[] models = new String[modelCount];
    for (int m = 0; m < modelCount; m++) {
      models[m] = Utf8.read(in);
    }
    int n = in.readInt();
    if (n < 0 || (long) n * MOVE_BYTES > in.readRemaining()) {
      throw new IllegalStateException(n + " moves in " + in.readRemaining() + " bytes");
    }
    int actionCount = size * size + 1;
    int[] targetActions = new int[actionCount];
    float[] targetProbabilities = new float[actionCount];
    for (int i = 0; i < n; i++) {
      int action = in.readUnsignedShort();
      int model = in.readUnsignedByte();
      int moveFlags = in.readUnsignedByte();
      float value = in.readFloat();
      int visits = in.readInt();
      int chosen = in.readInt();
      int k = in.readUnsignedShort();
      if (model >= modelCount || moveFlags > 1 || k > actionCount) {
        throw new IllegalStateException("move " + i + ": model index " + model + " of "
            + modelCount + ", flags " + moveFlags + ", " + k + " policy entries");
      }
      for (int j = 0; j < k; j++) {
        targetActions[j] = in.readUnsignedShort();
        targetProbabilities[j] = in.readFloat();
      }
      b.addMove(action, models[model], moveFlags == 1, value, visits, chosen, targetActions,
          targetProbabilities, k);
    }
    if (b.modelCount() != modelCount) {
      throw new IllegalStateException("model table of " + modelCount + " names but moves use "
          + b.modelCount());
    }
    Color winnerColor = winner == 0 ? null : Color.ofStone(winner);
    return b.build(new GameResult(winnerColor, margin, reasonOf(reason)));
  }

  private static int reasonCode(EndReason reason) {
    switch (reason) {
      case TWO_PASSES:
        return 0;
      case RESIGNATION:
        return 1;
      case MOVE_CAP:
        return 2;
      default:
        throw new IllegalArgumentException("no code for end reason " + reason);
    }
  }

  private static EndReason reasonOf(int code) {
    return code == 0 ? EndReason.TWO_PASSES : code == 1 ? EndReason.RESIGNATION : EndReason.MOVE_CAP;
  }

  /** Exact length in bytes of the encoding of {@code record}. */
  public static int encodedSize(GameRecord record) {
    int size = HEADER_BYTES + 4 + MOVE_BYTES * record.moveCount() + ENTRY_BYTES * record.policyEntryCount();
    for (String model : record.models()) {
      size += 2 + model.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    }
    return size;
  }

  /** The encoding as a fresh byte array (for tests, tools and the in-memory baseline). */
  public static byte[] toBytes(GameRecord record) {
    Bytes<byte[]> bytes = Bytes.allocateElasticOnHeap(encodedSize(record));
    try {
      write(record, bytes);
      return bytes.toByteArray();
    } finally {
      bytes.releaseLast();
    }
  }

  /**
   * Decodes a byte array made by {@link #toBytes}.
   *
   * @throws UnknownRecordVersionException if the format version is unknown
   * @throws CorruptRecordException if the bytes are not a valid record
   */
  public static GameRecord fromBytes(byte[] encoded) {
    Bytes<byte[]> bytes = Bytes.wrapForRead(encoded);
    try {
      GameRecord record = read(bytes, -1);
      if (bytes.readRemaining() != 0) {
        throw new CorruptRecordException(WHAT, -1,
            bytes.readRemaining() + " trailing bytes after the record");
      }
      return record;
    } finally {
      bytes.releaseLast();
    }
  }
}
