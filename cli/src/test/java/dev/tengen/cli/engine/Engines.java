package dev.tengen.cli.engine;

import dev.tengen.cli.config.TengenConfig;
import dev.tengen.mcts.PolicyValue;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** Engines for tests: few visits, fixed seed, the given evaluator. */
public final class Engines {
  private Engines() {}

  public static GoEngine create(PolicyValue evaluator, String... overrides) {
    List<String> all = new ArrayList<>(List.of(
        "match.search.full-visits=16", "match.search.fast-visits=16",
        "match.search.leaves-in-flight=4", "engine.seed=7"));
    all.addAll(List.of(overrides));
    return EngineFactory.create(TengenConfig.load(null, all), evaluator,
        new PrintStream(OutputStream.nullOutputStream()));
  }
}
