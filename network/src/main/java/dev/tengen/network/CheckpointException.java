package dev.tengen.network;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A checkpoint file could not be used: truncated, corrupt (checksum mismatch), of an unknown
 * format, or not matching what the caller expects (feature version, board size, shape). The
 * message names the file and what is wrong. Nothing is half-loaded when this is thrown.
 */
public final class CheckpointException extends IOException {
  private static final long serialVersionUID = 1L;

  private final transient Path path;

  public CheckpointException(Path path, String problem) {
    super("checkpoint " + path + ": " + problem);
    this.path = path;
  }

  public CheckpointException(Path path, String problem, Throwable cause) {
    super("checkpoint " + path + ": " + problem, cause);
    this.path = path;
  }

  /** The file concerned. */
  public Path path() {
    return path;
  }
}
