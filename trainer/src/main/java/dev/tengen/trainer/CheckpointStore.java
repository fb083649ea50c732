package dev.tengen.trainer;

import dev.tengen.network.Checkpoint;
import dev.tengen.network.CheckpointException;
import dev.tengen.network.CheckpointFile;
import dev.tengen.network.NetworkConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The trainer's checkpoints in {@code runs/NAME/checkpoints/}: for step S, the network module's
 * checkpoint file {@code step-<S, 9 digits>.ckpt} (weights, BN statistics, optimizer state,
 * step, samples seen) and beside it {@code step-<S>.trainer} (the {@link TrainingState}: queue
 * index consumed, window position and digest, ratio-control state, seed).
 *
 * <p>Both are written atomically (temporary file, fsync, rename, fsync of the directory), the
 * trainer state first and the checkpoint last; a checkpoint counts as <em>complete</em> only when
 * both files exist, read and verify, and agree on the step. A crash at any moment therefore
 * leaves the previous complete checkpoint intact and at worst an orphan {@code .trainer} file,
 * which the next save of that step overwrites.
 *
 * <p>Files are only ever deleted through {@link #delete}, by the retention policy
 * ({@link CheckpointPruner}): never {@code initial.ckpt} or any file not named {@code step-N.*}.
 */
public final class CheckpointStore {
  private static final Logger LOG = LoggerFactory.getLogger(CheckpointStore.class);
  private static final Pattern NAME = Pattern.compile("step-(\\d{9,})\\.ckpt");
  private static final Pattern STATE_NAME = Pattern.compile("step-(\\d{9,})\\.trainer");

  /** A complete checkpoint read back. */
  public record Loaded(String modelId, Path file, Checkpoint checkpoint, TrainingState state) {}

  /** What {@link #delete} removed: files unlinked by this call and their bytes. */
  public record Deleted(int files, long bytes) {}

  private final Path dir;

  public CheckpointStore(Path dir) {
    this.dir = dir;
  }

  /** The model id of the checkpoint of {@code step}: {@code step-000001000}. */
  public static String modelId(long step) {
    return String.format("step-%09d", step);
  }

  /** The checkpoint file of {@code step}. */
  public Path checkpointFile(long step) {
    return dir.resolve(modelId(step) + ".ckpt");
  }

  /** The trainer-state file of {@code step}. */
  public Path stateFile(long step) {
    return dir.resolve(modelId(step) + ".trainer");
  }

  /** The directory the checkpoints are in. */
  public Path dir() {
    return dir;
  }

  /**
   * The steps that have a checkpoint file {@code step-N.ckpt} (complete or not), oldest first;
   * empty if the directory does not exist. Cost: one directory listing.
   */
  public List<Long> checkpointSteps() {
    return steps("step-*.ckpt", NAME);
  }

  /**
   * The steps that have a trainer-state file {@code step-N.trainer} (with or without its
   * checkpoint), oldest first; empty if the directory does not exist.
   */
  public List<Long> stateSteps() {
    return steps("step-*.trainer", STATE_NAME);
  }

  /**
   * Deletes the files of {@code step}: the checkpoint first, then its trainer state, so a crash
   * between the two leaves only an orphan trainer state, which {@link #latest} never considers (it
   * lists checkpoint files). Files already gone are skipped: calling this again finishes an
   * interrupted call. A reader that has a file open keeps reading it (POSIX unlink).
   *
   * @return the files this call unlinked and their size
   * @throws UncheckedIOException if a file exists but cannot be deleted (if the checkpoint cannot,
   *     its trainer state is left too)
   */
  public Deleted delete(long step) {
    int files = 0;
    long bytes = 0;
    for (Path file : List.of(checkpointFile(step), stateFile(step))) {
      long size;
      try {
        size = Files.size(file);
      } catch (NoSuchFileException e) {
        continue;
      } catch (IOException e) {
        size = 0; // still try to delete it; the byte count is only for the log
      }
      try {
        if (Files.deleteIfExists(file)) {
          files++;
          bytes += size;
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot delete " + file, e);
      }
    }
    return new Deleted(files, bytes);
  }

  /**
   * Writes the trainer state, then the checkpoint, each atomically; returns the checkpoint file.
   *
   * @throws UncheckedIOException if either cannot be written (the previous complete checkpoint is
   *     untouched)
   */
  public Path save(Checkpoint checkpoint, TrainingState state) {
    long step = checkpoint.metadata().step();
    if (state.step() != step) {
      throw new IllegalArgumentException(
          "trainer state of step " + state.step() + " with a checkpoint of step " + step);
    }
    Path file = checkpointFile(step);
    try {
      Files.createDirectories(dir);
      writeAtomically(stateFile(step), format(state.toMetadata()));
      CheckpointFile.write(checkpoint, file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write checkpoint " + file, e);
    }
    return file;
  }

  /**
   * The newest complete checkpoint, verified, for a network of {@code expected}. Newer files that
   * do not verify are reported in the log and passed over (they cannot come from this trainer's
   * atomic writes, but a disk can fail).
   *
   * @throws IllegalStateException if the newest checkpoint is for another network shape than
   *     {@code expected} (a config change the run cannot continue through)
   */
  public Optional<Loaded> latest(NetworkConfig expected) {
    for (long step : stepsNewestFirst()) {
      Path file = checkpointFile(step);
      TrainingState state;
      try {
        state = TrainingState.fromMetadata(parse(Files.readString(stateFile(step), StandardCharsets.UTF_8)));
      } catch (NoSuchFileException e) {
        LOG.warn("checkpoint {} has no trainer state {}; passing over it", file, stateFile(step));
        continue;
      } catch (IOException | IllegalArgumentException e) {
        LOG.warn("trainer state {} is unreadable ({}); passing over checkpoint {}",
            stateFile(step), e.getMessage(), file);
        continue;
      }
      Checkpoint checkpoint;
      try {
        checkpoint = CheckpointFile.read(file);
      } catch (CheckpointException e) {
        LOG.warn("checkpoint {} does not verify ({}); passing over it", file, e.getMessage());
        continue;
      }
      if (!checkpoint.metadata().config().equals(expected)) {
        throw new IllegalStateException("checkpoint " + file + " is for network "
            + checkpoint.metadata().config() + " but the trainer is configured for " + expected);
      }
      if (checkpoint.metadata().step() != step || state.step() != step) {
        LOG.warn("checkpoint {} says step {} and its trainer state step {}; passing over it",
            file, checkpoint.metadata().step(), state.step());
        continue;
      }
      return Optional.of(new Loaded(modelId(step), file, checkpoint, state));
    }
    return Optional.empty();
  }

  private List<Long> stepsNewestFirst() {
    List<Long> steps = checkpointSteps();
    Collections.reverse(steps);
    return steps;
  }

  private List<Long> steps(String glob, Pattern name) {
    List<Long> steps = new ArrayList<>();
    if (!Files.isDirectory(dir)) {
      return steps;
    }
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, glob)) {
      for (Path file : files) {
        Matcher matcher = name.matcher(file.getFileName().toString());
        if (matcher.matches()) {
          steps.add(Long.parseLong(matcher.group(1)));
        }
      }
    } catch (NoSuchFileException e) {
      return steps;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list checkpoints in " + dir, e);
    }
    Collections.sort(steps);
    return steps;
  }

  private static String format(Map<String, String> pairs) {
    StringBuilder out = new StringBuilder();
    pairs.forEach((key, value) -> out.append(key).append('=').append(value).append('\n'));
    return out.toString();
  }

  private static Map<String, String> parse(String text) {
    Map<String, String> pairs = new LinkedHashMap<>();
    for (String line : text.split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      int eq = line.indexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException("malformed line '" + line + "'");
      }
      pairs.put(line.substring(0, eq), line.substring(eq + 1));
    }
    return pairs;
  }

  private static void writeAtomically(Path target, String text) throws IOException {
    Path temporary = target.resolveSibling("." + target.getFileName() + ".tmp");
    try {
      try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE,
          StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
        channel.write(java.nio.ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)));
        channel.force(true);
      }
      Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      try (FileChannel directory = FileChannel.open(target.getParent(), StandardOpenOption.READ)) {
        directory.force(true);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
  }
}
