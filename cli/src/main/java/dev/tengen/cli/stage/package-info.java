/**
 * The stages a run is made of, wired from the configuration: {@link
 * dev.tengen.cli.stage.SelfplayStage}, {@link dev.tengen.cli.stage.TrainerStage}, {@link
 * dev.tengen.cli.stage.EvaluatorStage}, the run's first model ({@link
 * dev.tengen.cli.stage.RunBootstrap}) and running several stages as threads of one process
 * ({@link dev.tengen.cli.stage.StageRunner}).
 */
package dev.tengen.cli.stage;
