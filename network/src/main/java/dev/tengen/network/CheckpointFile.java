package dev.tengen.network;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads and writes checkpoints as one self-checking file.
 *
 * <p>Format (big-endian): magic {@code "TENGENCK"}, int format version ({@value #FORMAT_VERSION}),
 * long payload length, the payload, then the 32-byte SHA-256 of the payload. The payload holds
 * the metadata (feature version, network shape, step, samples seen, wall time, creation time,
 * parent), then every parameter (name, shape, floats) in layout order, then the optimizer state
 * (name, floats) per trainable parameter.
 *
 * <p>Writes are atomic: a temporary file in the same directory is written, forced to disk,
 * renamed over the target, and the directory is forced; a crash leaves either the old file or
 * the new one, never a mix. Reads check everything (magic, version, length, checksum, then that
 * names and shapes match the metadata's network and, if asked, the expected config) before
 * returning anything.
 */
public final class CheckpointFile {

  /** Version of the file layout (not of the features: that is in the metadata). */
  public static final int FORMAT_VERSION = 1;

  private static final byte[] MAGIC = "TENGENCK".getBytes(StandardCharsets.US_ASCII);
  private static final int HEADER_BYTES = MAGIC.length + 4 + 8;
  private static final int DIGEST_BYTES = 32;

  private CheckpointFile() {}

  /**
   * Writes the checkpoint atomically to {@code path} (replacing any file there).
   *
   * @throws IOException if the directory is not writable or the disk fails; the target is then
   *     unchanged and the temporary file removed
   */
  public static void write(Checkpoint checkpoint, Path path) throws IOException {
    byte[] payload = payload(checkpoint);
    ByteBuffer header = ByteBuffer.allocate(HEADER_BYTES);
    header.put(MAGIC).putInt(FORMAT_VERSION).putLong(payload.length).flip();
    Path absolute = path.toAbsolutePath();
    Path dir = absolute.getParent();
    Files.createDirectories(dir);
    Path temp = Files.createTempFile(dir, "." + absolute.getFileName() + ".", ".tmp");
    try {
      readableByAll(temp);
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
          StandardOpenOption.TRUNCATE_EXISTING)) {
        writeFully(channel, header);
        writeFully(channel, ByteBuffer.wrap(payload));
        writeFully(channel, ByteBuffer.wrap(sha256(payload)));
        channel.force(true);
      }
      try {
        Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        throw new IOException("cannot rename atomically within " + dir, e);
      }
      forceDirectory(dir);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /**
   * Reads and verifies a checkpoint.
   *
   * @throws CheckpointException naming the file if it is missing, truncated, corrupt, of another
   *     format, or inconsistent
   */
  public static Checkpoint read(Path path) throws CheckpointException {
    return read(path, null);
  }

  /**
   * Reads and verifies a checkpoint and checks it is for {@code expected} (feature version, board
   * size, blocks, channels and heads), when that is not null.
   *
   * @throws CheckpointException naming the file and the first mismatch or defect
   */
  public static Checkpoint read(Path path, NetworkConfig expected) throws CheckpointException {
    byte[] payload = verifiedPayload(path);
    Checkpoint checkpoint;
    try {
      checkpoint = parse(payload);
    } catch (EOFException e) {
      throw new CheckpointException(path, "payload ends early (written by another version?)", e);
    } catch (IOException | IllegalArgumentException e) {
      throw new CheckpointException(path, e.getMessage(), e);
    }
    if (expected != null) {
      requireMatch(path, expected, checkpoint.metadata().config());
    }
    return checkpoint;
  }

  /** Reads and verifies a checkpoint, returning only its metadata. */
  public static CheckpointMetadata readMetadata(Path path) throws CheckpointException {
    return read(path).metadata();
  }

  private static void requireMatch(Path path, NetworkConfig expected, NetworkConfig actual)
      throws CheckpointException {
    if (expected.featureVersion() != actual.featureVersion()) {
      throw new CheckpointException(path, "feature version " + actual.featureVersion()
          + ", expected " + expected.featureVersion());
    }
    if (expected.boardSize() != actual.boardSize()) {
      throw new CheckpointException(path, "board size " + actual.boardSize() + ", expected "
          + expected.boardSize());
    }
    if (!expected.equals(actual)) {
      throw new CheckpointException(path, "network shape " + actual + ", expected " + expected);
    }
  }

  private static byte[] verifiedPayload(Path path) throws CheckpointException {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(path);
    } catch (NoSuchFileException e) {
      throw new CheckpointException(path, "no such file", e);
    } catch (IOException e) {
      throw new CheckpointException(path, "cannot read: " + e, e);
    }
    if (bytes.length < HEADER_BYTES) {
      throw new CheckpointException(path, "truncated: " + bytes.length + " bytes, shorter than the header");
    }
    ByteBuffer buffer = ByteBuffer.wrap(bytes);
    byte[] magic = new byte[MAGIC.length];
    buffer.get(magic);
    if (!Arrays.equals(magic, MAGIC)) {
      throw new CheckpointException(path, "not a Tengen checkpoint (bad magic)");
    }
    int format = buffer.getInt();
    if (format != FORMAT_VERSION) {
      throw new CheckpointException(path, "file format version " + format + ", this build reads "
          + FORMAT_VERSION);
    }
    long length = buffer.getLong();
    long expectedTotal = HEADER_BYTES + length + DIGEST_BYTES;
    if (length < 0 || bytes.length < expectedTotal) {
      throw new CheckpointException(path, "truncated: " + bytes.length + " bytes, header says "
          + expectedTotal);
    }
    if (bytes.length > expectedTotal) {
      throw new CheckpointException(path, "trailing garbage: " + bytes.length + " bytes, header says "
          + expectedTotal);
    }
    byte[] payload = Arrays.copyOfRange(bytes, HEADER_BYTES, HEADER_BYTES + (int) length);
    byte[] digest = Arrays.copyOfRange(bytes, HEADER_BYTES + (int) length, bytes.length);
    if (!MessageDigest.isEqual(digest, sha256(payload))) {
      throw new CheckpointException(path, "corrupt: SHA-256 of the payload does not match");
    }
    return payload;
  }

  private static byte[] payload(Checkpoint checkpoint) throws IOException {
    CheckpointMetadata meta = checkpoint.metadata();
    NetworkConfig config = meta.config();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(
        (int) Math.min(Integer.MAX_VALUE - 64, checkpoint.parameters().size() * 8 + 4096));
    DataOutputStream out = new DataOutputStream(bytes);
    out.writeInt(config.featureVersion());
    out.writeInt(config.boardSize());
    out.writeInt(config.blocks());
    out.writeInt(config.channels());
    out.writeInt(config.policyChannels());
    out.writeInt(config.valueChannels());
    out.writeInt(config.valueHidden());
    out.writeLong(meta.step());
    out.writeLong(meta.samplesSeen());
    out.writeLong(meta.trainingWallMillis());
    out.writeLong(meta.createdAtMillis());
    out.writeBoolean(meta.parent() != null);
    if (meta.parent() != null) {
      out.writeUTF(meta.parent());
    }
    ParameterLayout layout = checkpoint.parameters().layout();
    out.writeInt(layout.specs().size());
    for (ParameterSpec spec : layout.specs()) {
      out.writeUTF(spec.name());
      long[] shape = spec.shape();
      out.writeInt(shape.length);
      for (long d : shape) {
        out.writeLong(d);
      }
      writeFloats(out, checkpoint.parameters().values(spec.name()));
    }
    Map<String, float[]> optimizer = checkpoint.optimizerState();
    out.writeInt(optimizer.size());
    for (Map.Entry<String, float[]> entry : optimizer.entrySet()) {
      out.writeUTF(entry.getKey());
      writeFloats(out, entry.getValue());
    }
    out.flush();
    return bytes.toByteArray();
  }

  private static Checkpoint parse(byte[] payload) throws IOException {
    DataInputStream in = new DataInputStream(new ByteArrayInputStream(payload));
    int featureVersion = in.readInt();
    if (featureVersion != Features.VERSION) {
      throw new IllegalArgumentException("feature version " + featureVersion
          + ", this build encodes version " + Features.VERSION);
    }
    NetworkConfig config = new NetworkConfig(in.readInt(), in.readInt(), in.readInt(),
        in.readInt(), in.readInt(), in.readInt(), featureVersion);
    long step = in.readLong();
    long samplesSeen = in.readLong();
    long wall = in.readLong();
    long created = in.readLong();
    String parent = in.readBoolean() ? in.readUTF() : null;
    CheckpointMetadata meta = new CheckpointMetadata(config, step, parent, samplesSeen, wall, created);

    ParameterLayout layout = ParameterLayout.of(config);
    int count = in.readInt();
    if (count != layout.specs().size()) {
      throw new IllegalArgumentException("has " + count + " parameters, a network of " + config
          + " has " + layout.specs().size());
    }
    Map<String, float[]> values = new LinkedHashMap<>();
    for (int i = 0; i < count; i++) {
      String name = in.readUTF();
      ParameterSpec spec = layout.spec(name);
      if (spec == null) {
        throw new IllegalArgumentException("unexpected parameter '" + name + "' for " + config);
      }
      int rank = in.readInt();
      long[] shape = new long[rank];
      for (int d = 0; d < rank; d++) {
        shape[d] = in.readLong();
      }
      if (!Arrays.equals(shape, spec.shape())) {
        throw new IllegalArgumentException("parameter '" + name + "' has shape "
            + Arrays.toString(shape) + ", expected " + Arrays.toString(spec.shape()));
      }
      values.put(name, readFloats(in, spec.length()));
    }
    int optimizerCount = in.readInt();
    Map<String, float[]> optimizer = new LinkedHashMap<>();
    for (int i = 0; i < optimizerCount; i++) {
      String name = in.readUTF();
      ParameterSpec spec = layout.spec(name);
      if (spec == null || !spec.kind().trainable()) {
        throw new IllegalArgumentException("optimizer state for unknown parameter '" + name + "'");
      }
      optimizer.put(name, readFloats(in, spec.length()));
    }
    if (in.available() != 0) {
      throw new IllegalArgumentException(in.available() + " unread bytes after the payload");
    }
    NetworkParameters params = NetworkParameters.of(config, values);
    NesterovSgd.restore(layout, optimizer); // validates completeness
    return new Checkpoint(meta, params, optimizer);
  }

  private static void writeFloats(DataOutputStream out, float[] values) throws IOException {
    out.writeInt(values.length);
    ByteBuffer buffer = ByteBuffer.allocate(values.length * 4);
    buffer.asFloatBuffer().put(values);
    out.write(buffer.array());
  }

  private static float[] readFloats(DataInputStream in, long expected) throws IOException {
    int length = in.readInt();
    if (length != expected) {
      throw new IllegalArgumentException("array of " + length + " floats, expected " + expected);
    }
    byte[] raw = new byte[length * 4];
    in.readFully(raw);
    float[] values = new float[length];
    ByteBuffer.wrap(raw).asFloatBuffer().get(values);
    return values;
  }

  private static void writeFully(FileChannel channel, ByteBuffer buffer) throws IOException {
    while (buffer.hasRemaining()) {
      channel.write(buffer);
    }
  }

  /** Temporary files are created owner-only; checkpoints are meant to be shared (rw-r--r--). */
  private static void readableByAll(Path file) throws IOException {
    try {
      Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system: keep its defaults
    }
  }

  private static void forceDirectory(Path dir) throws IOException {
    try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException e) {
      // Some file systems cannot open or sync a directory; the rename itself was atomic.
      if (!System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("win")) {
        throw e;
      }
    }
  }

  private static byte[] sha256(byte[] data) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(data);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JVM lacks SHA-256", e);
    }
  }
}
