package dev.tengen.cli.engine;

import dev.tengen.cli.gtp.GtpFailure;
import dev.tengen.cli.gtp.GtpServer;
import dev.tengen.games.sgf.SgfGame;
import dev.tengen.games.sgf.SgfReader;
import dev.tengen.games.sgf.SgfWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * GTP SGF commands: {@code loadsgf FILE [MOVE_NUMBER]} (the position before that move; the whole
 * main line by default) and {@code printsgf [FILE]} (the game so far, to the response or a file).
 */
final class SgfCommands {
  private SgfCommands() {}

  static void register(GtpServer server, GoEngine engine, String engineName) {
    GoSession session = engine.session();
    server.register("loadsgf", request -> {
      request.expectArgs(1, 2);
      Path file = Path.of(request.arg(0));
      int moveNumber = request.hasArg(1) ? request.intArg(1, 1, Integer.MAX_VALUE) : Integer.MAX_VALUE;
      SgfGame game;
      try {
        game = SgfReader.read(file);
      } catch (IOException e) {
        throw new GtpFailure("cannot load file: " + e.getMessage());
      } catch (IllegalArgumentException e) {
        throw new GtpFailure("cannot load file: " + e.getMessage());
      }
      try {
        SessionSgf.load(session, game, moveNumber);
      } catch (IllegalArgumentException e) {
        throw new GtpFailure("cannot load file: " + e.getMessage());
      } finally {
        engine.newGame();
      }
      return "";
    });
    server.register("printsgf", request -> {
      request.expectArgs(0, 1);
      String text = SgfWriter.write(SessionSgf.record(session, "", "", ""));
      if (request.hasArg(0)) {
        try {
          Files.writeString(Path.of(request.arg(0)), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
          throw new GtpFailure("cannot write file: " + e.getMessage());
        }
        return "";
      }
      return text;
    });
  }
}
