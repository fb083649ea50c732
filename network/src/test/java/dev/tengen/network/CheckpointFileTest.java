package dev.tengen.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckpointFileTest {

  private static final NetworkConfig CONFIG = TestNets.tiny();

  /** One trained checkpoint for all tests (building a training graph costs seconds). */
  private static final Checkpoint SHARED = trainedOnce();

  @TempDir Path dir;
  private Path file;
  private Checkpoint checkpoint;

  @BeforeEach
  void writeOne() throws Exception {
    checkpoint = SHARED;
    file = dir.resolve("model.tgn");
    CheckpointFile.write(checkpoint, file);
  }

  private static Checkpoint trainedOnce() {
    TrainableNetwork net = TrainableNetwork.create(CONFIG, TestNets.params(0.01), 31);
    net.train(TestNets.randomBatch(5, 4, 32));
    return net.checkpoint(null, 77);
  }

  @Test
  void roundTripsMetadataAndLeavesNoTemporaryFiles() throws Exception {
    Checkpoint read = CheckpointFile.read(file);
    CheckpointMetadata meta = read.metadata();
    assertEquals(CONFIG, meta.config());
    assertEquals(Features.VERSION, meta.featureVersion());
    assertEquals(1, meta.step());
    assertEquals(4, meta.samplesSeen());
    assertEquals(77, meta.trainingWallMillis());
    assertEquals(checkpoint.metadata().createdAtMillis(), meta.createdAtMillis());
    assertNull(meta.parent());
    assertTrue(read.parameters().sameValues(checkpoint.parameters()));
    assertEquals(checkpoint.optimizerState().keySet(), read.optimizerState().keySet());
    for (String name : checkpoint.optimizerState().keySet()) {
      assertTrue(Arrays.equals(checkpoint.optimizerState().get(name), read.optimizerState().get(name)));
    }
    CheckpointFile.write(checkpoint, file); // overwrite in place
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(List.of(file), files.toList());
    }
  }

  @Test
  void truncatedFileIsRejected() throws Exception {
    byte[] bytes = Files.readAllBytes(file);
    Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));
    CheckpointException e = assertThrows(CheckpointException.class, () -> CheckpointFile.read(file));
    assertEquals("checkpoint " + file + ": truncated: " + bytes.length / 2 + " bytes, header says "
        + bytes.length, e.getMessage());
    Files.write(file, Arrays.copyOf(bytes, 7));
    e = assertThrows(CheckpointException.class, () -> CheckpointFile.read(file));
    assertTrue(e.getMessage().contains("shorter than the header"), e.getMessage());
    assertEquals(file, e.path());
  }

  @Test
  void corruptFileIsRejected() throws Exception {
    byte[] bytes = Files.readAllBytes(file);
    bytes[bytes.length / 2] ^= 0x10;
    Files.write(file, bytes);
    CheckpointException e = assertThrows(CheckpointException.class, () -> CheckpointFile.read(file));
    assertEquals("checkpoint " + file + ": corrupt: SHA-256 of the payload does not match",
        e.getMessage());
  }

  @Test
  void otherFilesAreRejected() throws Exception {
    Files.writeString(file, "this is not a checkpoint at all, but it is long enough");
    CheckpointException e = assertThrows(CheckpointException.class, () -> CheckpointFile.read(file));
    assertEquals("checkpoint " + file + ": not a Tengen checkpoint (bad magic)", e.getMessage());
    Path missing = dir.resolve("missing.tgn");
    e = assertThrows(CheckpointException.class, () -> CheckpointFile.read(missing));
    assertEquals("checkpoint " + missing + ": no such file", e.getMessage());
  }

  @Test
  void mismatchedBoardSizeOrShapeIsRejected() {
    NetworkConfig nine = new NetworkConfig(9, 2, 8, 4, 4, 8, Features.VERSION);
    CheckpointException size =
        assertThrows(CheckpointException.class, () -> CheckpointFile.read(file, nine));
    assertEquals("checkpoint " + file + ": board size 5, expected 9", size.getMessage());
    NetworkConfig wider = new NetworkConfig(5, 2, 16, 4, 4, 8, Features.VERSION);
    CheckpointException shape =
        assertThrows(CheckpointException.class, () -> CheckpointFile.read(file, wider));
    assertTrue(shape.getMessage().startsWith("checkpoint " + file + ": network shape "),
        shape.getMessage());
  }

  @Test
  void otherFeatureVersionIsRejected() throws Exception {
    byte[] bytes = Files.readAllBytes(file);
    int header = 8 + 4 + 8;
    int payloadLength = bytes.length - header - 32;
    ByteBuffer.wrap(bytes).putInt(header, 99);
    byte[] digest = MessageDigest.getInstance("SHA-256")
        .digest(Arrays.copyOfRange(bytes, header, header + payloadLength));
    System.arraycopy(digest, 0, bytes, header + payloadLength, 32);
    Files.write(file, bytes);
    CheckpointException e = assertThrows(CheckpointException.class, () -> CheckpointFile.read(file));
    assertEquals("checkpoint " + file + ": feature version 99, this build encodes version "
        + Features.VERSION, e.getMessage());
  }
}
