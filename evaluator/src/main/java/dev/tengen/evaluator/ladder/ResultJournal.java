package dev.tengen.evaluator.ladder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An append-only file of {@link RecordedGame}s, one tab-separated line each, that never holds a
 * game twice: {@link #add} ignores a game id it already has. Thread-safe.
 *
 * <p>Durability: each add is written under an exclusive file lock and forced to disk before it
 * returns, so a game acknowledged by {@code add} survives kill -9 and power loss. A line torn by a
 * crash mid-write (no final line break) is cut off when the journal is next opened for writing;
 * the game it held was never acknowledged and will be replayed. Lines that do not parse are
 * reported, never silently dropped: {@link #open} throws naming the line number.
 *
 * <p>Several processes may append to one journal (each locks while writing); each process's view
 * holds what it read at open plus what it added itself.
 */
public final class ResultJournal {

  private final Path path;
  private final Map<String, RecordedGame> byId = new LinkedHashMap<>();

  private ResultJournal(Path path) {
    this.path = path;
  }

  /**
   * Opens (creating if needed, with its parent directories) the journal at {@code path} and reads
   * every complete line. Cost: one pass over the file.
   *
   * @throws UncheckedIOException if the file cannot be read or repaired
   * @throws IllegalArgumentException naming the file and line if a complete line is malformed
   */
  public static ResultJournal open(Path path) {
    ResultJournal journal = new ResultJournal(path);
    try {
      if (path.getParent() != null) {
        Files.createDirectories(path.getParent());
      }
      try (FileChannel ch =
          FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.READ,
              StandardOpenOption.WRITE)) {
        FileLock lock = ch.lock();
        try {
          journal.readAndRepair(ch);
        } finally {
          lock.release();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open result journal " + path, e);
    }
    return journal;
  }

  private void readAndRepair(FileChannel ch) throws IOException {
    byte[] bytes = new byte[(int) ch.size()];
    ByteBuffer buf = ByteBuffer.wrap(bytes);
    while (buf.hasRemaining() && ch.read(buf) >= 0) {
      // read fully
    }
    int end = bytes.length;
    while (end > 0 && bytes[end - 1] != '\n') {
      end--;
    }
    if (end < bytes.length) {
      ch.truncate(end);
      ch.force(true);
    }
    String text = new String(bytes, 0, end, StandardCharsets.UTF_8);
    int lineNo = 0;
    for (String line : text.split("\n", -1)) {
      lineNo++;
      if (line.isEmpty()) {
        continue;
      }
      RecordedGame g;
      try {
        g = RecordedGame.parseLine(line);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(path + ":" + lineNo + ": " + e.getMessage(), e);
      }
      byId.putIfAbsent(g.gameId(), g);
    }
  }

  /** The file. */
  public Path path() {
    return path;
  }

  /**
   * Appends {@code game} unless a game with its id is already here; durable when it returns.
   *
   * @return true if added, false if the id was known (the journal is unchanged)
   * @throws UncheckedIOException if the write fails (the game is then not added)
   */
  public synchronized boolean add(RecordedGame game) {
    if (byId.containsKey(game.gameId())) {
      return false;
    }
    byte[] line = (game.toLine() + "\n").getBytes(StandardCharsets.UTF_8);
    try (FileChannel ch =
        FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
            StandardOpenOption.APPEND)) {
      FileLock lock = ch.lock();
      try {
        ByteBuffer buf = ByteBuffer.wrap(line);
        while (buf.hasRemaining()) {
          ch.write(buf);
        }
        ch.force(false);
      } finally {
        lock.release();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot append game " + game.gameId() + " to " + path, e);
    }
    byId.put(game.gameId(), game);
    return true;
  }

  /** True if a game with this id is here. */
  public synchronized boolean contains(String gameId) {
    return byId.containsKey(gameId);
  }

  /** Every game, in the order first added. A copy. */
  public synchronized List<RecordedGame> games() {
    return new ArrayList<>(byId.values());
  }

  /** The games of one match, in the order added. A copy. */
  public synchronized List<RecordedGame> gamesOf(String matchId) {
    List<RecordedGame> out = new ArrayList<>();
    for (RecordedGame g : byId.values()) {
      if (g.matchId().equals(matchId)) {
        out.add(g);
      }
    }
    return out;
  }

  /** How many games. */
  public synchronized int size() {
    return byId.size();
  }
}
