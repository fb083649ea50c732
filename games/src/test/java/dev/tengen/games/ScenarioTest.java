package dev.tengen.games;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The hand-built oracle scenarios (oracle/scenarios.jsonl), one test each: every step's board,
 * captures and legality under both simple ko and positional superko, with the reason, plus a
 * few facts each scenario is about.
 */
class ScenarioTest {

  @Test
  @DisplayName("simple ko: no immediate retake, retake allowed after an exchange elsewhere")
  void simpleKo() {
    Scenario s = Scenario.run("simple_ko");
    // After the final retake by White, Black may not retake at once and the ko point says so.
    assertEquals(Actions.parseGtp("C3", 5), s.superko.koAction());
    assertEquals(IllegalReason.KO, s.simple.illegalReason(Actions.parseGtp("C3", 5)));
  }

  @Test
  @DisplayName("ko, pass, pass, retake: legal under simple ko, superko under positional superko")
  void koPassPassRetake() {
    Scenario s = Scenario.run("ko_pass_pass_retake");
    assertEquals(2, s.simple.consecutivePasses());
    assertTrue(s.simple.isOver(), "two passes end the game");
  }

  @Test
  @DisplayName("ko, pass, move elsewhere, retake: legal under both rules")
  void koSinglePassRetake() {
    Scenario s = Scenario.run("ko_single_pass_retake");
    assertEquals(1, s.superko.captures(Color.WHITE));
  }

  @Test
  @DisplayName("triple ko: the sixth capture is legal under simple ko, superko under positional superko")
  void tripleKoCycle() {
    Scenario s = Scenario.run("triple_ko_cycle");
    s.simple.play(Actions.parseGtp("D2", 9));
    assertEquals(s.setupRows, OracleCases.rows(s.simple), "the cycle returns to the setup position");
    IllegalMoveException e = assertThrows(IllegalMoveException.class,
        () -> s.superko.play(Actions.parseGtp("D2", 9)));
    assertEquals(IllegalReason.SUPERKO, e.reason());
  }

  @Test
  @DisplayName("snapback: recapturing five stones at the point just captured is not ko")
  void snapback() {
    Scenario s = Scenario.run("snapback");
    assertEquals(-1, s.superko.koAction());
    assertEquals(5, s.superko.captures(Color.WHITE));
  }

  @Test
  @DisplayName("single- and multi-stone suicide are illegal; the same point captures for the other side")
  void suicideSingleAndMulti() {
    Scenario s = Scenario.run("suicide_single_and_multi");
    assertEquals(5, s.superko.captures(Color.WHITE));
  }

  @Test
  @DisplayName("capture is resolved before the suicide test")
  void captureInsteadOfSuicide() {
    Scenario s = Scenario.run("capture_instead_of_suicide");
    assertEquals(4, s.superko.captures(Color.BLACK));
  }

  @Test
  @DisplayName("seki: Tromp-Taylor area counts each eye for its owner and the shared liberty for nobody")
  void sekiScoring() {
    Scenario s = Scenario.run("seki_scoring");
    Map<String, Object> fin = OracleCases.map(s.record.get("final"));
    Map<String, Object> area = OracleCases.map(fin.get("tt_area"));
    assertEquals(OracleCases.integer(area.get("B")), s.superko.area(Color.BLACK));
    assertEquals(OracleCases.integer(area.get("W")), s.superko.area(Color.WHITE));
    assertEquals(53, s.superko.area(Color.BLACK));
    assertEquals(27, s.superko.area(Color.WHITE));
    assertEquals(19.0, s.superko.areaScore());
    s.superko.play(s.superko.passAction());
    s.superko.play(s.superko.passAction());
    assertEquals(fin.get("tt_score"), s.superko.result().toSgf());
    assertEquals("B+19", s.superko.result().toSgf());
  }

  @Test
  @DisplayName("every scenario in the file has a test here")
  void everyScenarioIsCovered() {
    List<String> names = new ArrayList<>();
    for (Map<String, Object> r : OracleCases.load("scenarios")) {
      names.add((String) r.get("name"));
    }
    assertEquals(List.of("simple_ko", "ko_pass_pass_retake", "ko_single_pass_retake",
        "triple_ko_cycle", "snapback", "suicide_single_and_multi", "capture_instead_of_suicide",
        "seki_scoring"), names);
  }

  /** One scenario replayed under both ko rules, every step checked. */
  private static final class Scenario {
    final Map<String, Object> record;
    final Game simple;
    final Game superko;
    final List<String> setupRows;

    private Scenario(Map<String, Object> record, Game simple, Game superko) {
      this.record = record;
      this.simple = simple;
      this.superko = superko;
      this.setupRows = OracleCases.strings(record.get("setup_board"));
    }

    static Scenario run(String name) {
      Map<String, Object> record = OracleCases.load("scenarios").stream()
          .filter(r -> name.equals(r.get("name")))
          .findFirst()
          .orElseThrow(() -> new AssertionError("no scenario " + name));
      int size = OracleCases.integer(record.get("size"));
      double komi = (Double) record.get("komi");
      List<Integer> black = new ArrayList<>();
      List<Integer> white = new ArrayList<>();
      for (String text : OracleCases.strings(record.get("setup"))) {
        Move m = Move.parseGtp(text, size);
        (m.color() == Color.BLACK ? black : white).add(m.action());
      }
      Color first = Color.BLACK;
      for (Object o : OracleCases.list(record.get("steps"))) {
        Map<String, Object> step = OracleCases.map(o);
        if (step.containsKey("play")) {
          first = Move.parseGtp((String) step.get("play"), size).color();
          break;
        }
      }
      int[] b = black.stream().mapToInt(Integer::intValue).toArray();
      int[] w = white.stream().mapToInt(Integer::intValue).toArray();
      Game simple = Game.withSetup(size, new Rules(KoRule.SIMPLE, false, komi), 100, b, w, first);
      Game superko =
          Game.withSetup(size, new Rules(KoRule.POSITIONAL_SUPERKO, false, komi), 100, b, w, first);
      Scenario s = new Scenario(record, simple, superko);
      assertEquals(s.setupRows, OracleCases.rows(simple), name + " setup");
      assertEquals(0, simple.moveNumber());
      s.steps(name, size);
      return s;
    }

    private void steps(String name, int size) {
      int i = 0;
      for (Object o : OracleCases.list(record.get("steps"))) {
        Map<String, Object> step = OracleCases.map(o);
        String where = name + " step " + i++ + " " + step;
        if (step.containsKey("play")) {
          Move move = Move.parseGtp((String) step.get("play"), size);
          int before = superko.captures(move.color());
          simple.play(move);
          superko.play(move);
          simple.checkConsistency();
          superko.checkConsistency();
          List<String> rows = OracleCases.strings(step.get("board"));
          assertEquals(rows, OracleCases.rows(simple), where);
          assertEquals(rows, OracleCases.rows(superko), where);
          assertEquals(OracleCases.integer(step.get("captured_now")),
              superko.captures(move.color()) - before, where);
          Map<String, Object> captures = OracleCases.map(step.get("captures"));
          for (Game g : new Game[] {simple, superko}) {
            assertEquals(OracleCases.integer(captures.get("B")), g.captures(Color.BLACK), where);
            assertEquals(OracleCases.integer(captures.get("W")), g.captures(Color.WHITE), where);
          }
        } else {
          Move probe = Move.parseGtp((String) step.get("probe"), size);
          boolean legalSimple = (Boolean) step.get("legal_simple");
          boolean legalPsk = (Boolean) step.get("legal_psk");
          if (simple.isOver()) {
            probeAfterTheEnd(probe, legalSimple, legalPsk, where);
            continue;
          }
          IllegalReason simpleReason = simple.illegalReason(probe.action(), probe.color());
          IllegalReason superkoReason = superko.illegalReason(probe.action(), probe.color());
          IllegalReason expected =
              step.containsKey("reason") ? OracleCases.reason((String) step.get("reason")) : null;
          if (legalSimple) {
            assertNull(simpleReason, where + " under simple ko");
          } else {
            assertEquals(expected, simpleReason, where + " under simple ko");
          }
          if (legalPsk) {
            assertNull(superkoReason, where + " under superko");
          } else {
            assertEquals(expected, superkoReason, where + " under superko");
          }
        }
      }
    }

    /**
     * GNU Go lets play go on after two passes; here two passes end the game, so every move is
     * GAME_OVER. What the oracle asks (would the move be legal if play went on) is checked with
     * the board's primitives: simple ko and suicide from the board, superko as membership of
     * the resulting position among every position of the game.
     */
    private void probeAfterTheEnd(Move probe, boolean legalSimple, boolean legalPsk, String where) {
      assertEquals(IllegalReason.GAME_OVER, simple.illegalReason(probe.action(), probe.color()));
      assertEquals(IllegalReason.GAME_OVER, superko.illegalReason(probe.action(), probe.color()));
      Board board = superko.board();
      int v = board.vertex(probe.action());
      int c = probe.color().stone();
      assertEquals(legalSimple, board.isLegal(v, c), where + " if play went on, simple ko");
      java.util.Set<Long> history = new java.util.HashSet<>();
      Game back = superko.copy();
      history.add(back.positionHash());
      while (back.moveNumber() > 0) {
        back.undo();
        history.add(back.positionHash());
      }
      boolean repeats = history.contains(board.hashAfter(v, c));
      assertEquals(legalPsk, board.isLegal(v, c) && !repeats, where + " if play went on, superko");
    }
  }
}
