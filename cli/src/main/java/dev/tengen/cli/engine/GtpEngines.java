package dev.tengen.cli.engine;

import dev.tengen.cli.gtp.GtpServer;
import dev.tengen.cli.gtp.ProtocolCommands;
import java.io.PrintStream;

/** Assembles the GTP server of {@code tengen gtp}: every command group over one {@link GoEngine}. */
public final class GtpEngines {
  /** What {@code name} answers. */
  public static final String NAME = "Tengen";

  private GtpEngines() {}

  /**
   * A server with the administrative, setup, move, handicap, clock, SGF, scoring and analysis
   * commands.
   *
   * @param version what {@code version} answers
   * @param log debug output (stderr)
   * @param echo whether every command and answer is echoed to {@code log}
   */
  public static GtpServer server(GoEngine engine, String version, PrintStream log, boolean echo) {
    GtpServer server = new GtpServer(log, echo);
    ProtocolCommands.register(server, NAME, version);
    BoardCommands.register(server, engine);
    MoveCommands.register(server, engine);
    HandicapCommands.register(server, engine);
    TimeCommands.register(server, engine);
    SgfCommands.register(server, engine, NAME);
    ScoreCommands.register(server, engine);
    AnalyzeCommand.register(server, engine);
    return server;
  }
}
