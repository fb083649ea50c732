package dev.tengen.cli.report;

import java.time.Instant;

/**
 * One line of {@code metrics/selfplay.jsonl} (an actor's {@code MetricsSnapshot}): counters since
 * that actor process started.
 *
 * @param time when the snapshot was taken
 * @param actor the actor's name (host and process id by default)
 * @param model the model it played with
 * @param elapsedSeconds since the actor started
 * @param games games it appended since it started
 * @param movesPlayed moves it played since it started, games in progress included
 */
public record SelfplayPoint(
    Instant time, String actor, String model, double elapsedSeconds, long games, long movesPlayed) {

  /**
   * Reads one line.
   *
   * @throws IllegalArgumentException if a required field is missing or malformed
   */
  public static SelfplayPoint of(FlatJson json) {
    String time = json.text("time");
    String actor = json.text("actor");
    if (time == null || actor == null) {
      throw new IllegalArgumentException("\"time\" and \"actor\" are required");
    }
    String model = json.text("model");
    return new SelfplayPoint(Instant.parse(time), actor, model == null ? "" : model,
        json.number("elapsedSeconds"), json.integer("games"), json.integer("movesPlayed"));
  }

  /** Games per hour over the actor's whole session so far. */
  public double gamesPerHour() {
    return elapsedSeconds > 0 ? games * 3600.0 / elapsedSeconds : 0;
  }

  /** Positions (moves) per second over the actor's whole session so far. */
  public double positionsPerSecond() {
    return elapsedSeconds > 0 ? movesPlayed / elapsedSeconds : 0;
  }

  /**
   * Whether {@code later} continues this snapshot's session (same actor, counters and clock not
   * reset by a restart).
   */
  public boolean continuedBy(SelfplayPoint later) {
    return actor.equals(later.actor) && later.elapsedSeconds > elapsedSeconds
        && later.games >= games && later.movesPlayed >= movesPlayed;
  }
}
