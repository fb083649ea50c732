package dev.tengen.evaluator.match;

import java.util.Locale;

/** Why a player lost a game by forfeit; the codes match {@code oracle/gtp_match.py}'s. */
public enum ForfeitKind {
  /** It failed {@code boardsize}/{@code clear_board} (or an in-process set-up). */
  SETUP_FAILURE(false),
  /** Its process exited or closed its output, or an in-process player threw. */
  CRASH(true),
  /** It took longer than the time limit to answer. */
  TIMEOUT(true),
  /** It answered {@code genmove} with {@code ? ...}. */
  GENMOVE_FAILED(false),
  /** Its move is not a vertex on this board. */
  UNPARSEABLE_MOVE(false),
  /** Its move breaks the rules (occupied, suicide, superko). */
  ILLEGAL_MOVE(false),
  /** It refused a legal move of its opponent. */
  REJECTED_LEGAL_MOVE(false);

  private final boolean needsRestart;

  ForfeitKind(boolean needsRestart) {
    this.needsRestart = needsRestart;
  }

  /** True when the player must be closed and reopened before its next game. */
  public boolean needsRestart() {
    return needsRestart;
  }

  /** The lower-case code, e.g. {@code rejected_legal_move}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The SGF result letter after {@code B+}/{@code W+}: {@code T} for a timeout, else {@code F}. */
  public String sgfTag() {
    return this == TIMEOUT ? "T" : "F";
  }
}
