package dev.tengen.cli.command;

import dev.tengen.cli.ExitCodes;
import dev.tengen.cli.Io;
import dev.tengen.cli.TengenCommand;
import dev.tengen.cli.Version;
import dev.tengen.cli.config.GameConfig;
import dev.tengen.cli.config.TengenConfig;
import dev.tengen.cli.engine.EngineFactory;
import dev.tengen.cli.engine.Evaluators;
import dev.tengen.cli.engine.GoEngine;
import dev.tengen.cli.engine.GtpEngines;
import dev.tengen.cli.gtp.GtpServer;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code tengen gtp}: the engine over GTP version 2 on stdin/stdout, for Go GUIs and referees. */
@Command(name = "gtp", mixinStandardHelpOptions = true,
    description = {
      "Speak GTP version 2 on stdin/stdout (Sabaki, GoGui, Lizzie, KGS/OGS bridges, gtp_match.py).",
      "Supports lz-analyze for live analysis. Debug output goes to stderr only."
    })
public final class GtpCommand implements Callable<Integer> {
  @ParentCommand TengenCommand parent;

  @Mixin EngineOptions engine = new EngineOptions();

  @Option(names = "--verbose", description = "Echo every GTP command and answer to stderr.")
  boolean verbose;

  @Override
  public Integer call() {
    Io io = parent.io();
    TengenConfig config = TengenConfig.load(engine.configFile(), engine.overrides());
    EngineFactory factory = EngineFactory.from(config);
    GameConfig game = factory.game();
    try (Evaluators.Opened evaluator = factory.openEvaluator(engine.model(), io.err())) {
      GoEngine goEngine = factory.create(evaluator.policyValue(), evaluator.boardSize(), io.err());
      GtpServer server = GtpEngines.server(goEngine, Version.current(), io.err(), verbose);
      io.err().println("tengen gtp: ready (" + game.boardSize() + "x" + game.boardSize()
          + ", komi " + game.komi() + ", " + goEngine.player().params().fullVisits()
          + " visits per move, " + evaluator.description() + ")");
      server.serve(io.in(), io.out());
      io.out().flush();
    }
    return ExitCodes.OK;
  }
}
