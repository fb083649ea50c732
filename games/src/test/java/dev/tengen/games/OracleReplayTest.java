package dev.tengen.games;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Replays every game of the GNU Go oracle files under both ko rules and compares, after every
 * move: the board, the capture counts, the side to move, the set of legal points and the reason
 * of each illegal one; at the end, the Tromp-Taylor area and score. Then undoes the whole game,
 * comparing each position on the way back.
 */
class OracleReplayTest {
  private static final String[] FILES = {
    "random_5x5", "random_7x7", "random_9x9", "superko_5x5", "superko_9x9"
  };

  @TestFactory
  Stream<DynamicTest> everyOracleGameReplaysExactly() {
    List<DynamicTest> tests = new ArrayList<>();
    for (String file : FILES) {
      for (Map<String, Object> record : OracleCases.load(file)) {
        tests.add(DynamicTest.dynamicTest(file + " " + record.get("id"), () -> replay(record)));
      }
    }
    assertEquals(250, tests.size(), "oracle games");
    return tests.stream();
  }

  private static void replay(Map<String, Object> record) {
    int size = OracleCases.integer(record.get("size"));
    double komi = (Double) record.get("komi");
    List<String> moves = OracleCases.strings(record.get("moves"));
    List<Object> positions = OracleCases.list(record.get("positions"));
    assertEquals(moves.size() + 1, positions.size(), "positions per move");
    Game simple = new Game(size, new Rules(KoRule.SIMPLE, false, komi), 10 * size * size);
    Game superko = new Game(size, new Rules(KoRule.POSITIONAL_SUPERKO, false, komi), 10 * size * size);
    String id = (String) record.get("id");

    for (int k = 0; k < positions.size(); k++) {
      Map<String, Object> position = OracleCases.map(positions.get(k));
      if (k > 0) {
        Move move = Move.parseGtp(moves.get(k - 1), size);
        int capturesBefore = simple.captures(move.color());
        simple.play(move);
        superko.play(move);
        assertEquals(OracleCases.integer(position.get("captured_now")),
            simple.captures(move.color()) - capturesBefore, id + " stones captured by move " + k);
      }
      String where = id + " after move " + k;
      simple.checkConsistency();
      superko.checkConsistency();
      assertEquals(OracleCases.strings(position.get("board")), OracleCases.rows(simple), where);
      assertEquals(OracleCases.rows(simple), OracleCases.rows(superko), where);
      Map<String, Object> captures = OracleCases.map(position.get("captures"));
      assertEquals(OracleCases.integer(captures.get("B")), simple.captures(Color.BLACK), where);
      assertEquals(OracleCases.integer(captures.get("W")), simple.captures(Color.WHITE), where);
      assertEquals(simple.captures(Color.WHITE), superko.captures(Color.WHITE), where);
      assertEquals(simple.captures(Color.BLACK), superko.captures(Color.BLACK), where);
      if (k == positions.size() - 1) {
        break; // after two passes the game is over: nothing is legal
      }
      assertEquals(Color.parse((String) position.get("to_move")), simple.toMove(), where);
      Map<String, Object> illegal = OracleCases.map(position.get("illegal"));
      List<String> pskOnly = position.containsKey("psk_only_illegal")
          ? OracleCases.strings(position.get("psk_only_illegal")) : List.of();
      checkLegality(simple, illegal, List.of(), where + " (simple ko)");
      checkLegality(superko, illegal, pskOnly, where + " (superko)");
    }

    Map<String, Object> fin = OracleCases.map(record.get("final"));
    Map<String, Object> area = OracleCases.map(fin.get("tt_area"));
    for (Game game : new Game[] {simple, superko}) {
      assertTrue(game.isOver(), id + " is over");
      assertEquals(OracleCases.integer(area.get("B")), game.area(Color.BLACK), id + " black area");
      assertEquals(OracleCases.integer(area.get("W")), game.area(Color.WHITE), id + " white area");
      assertEquals(fin.get("tt_score"), game.result().toSgf(), id + " score");
      assertEquals(EndReason.TWO_PASSES, game.result().reason(), id);
    }

    for (int k = positions.size() - 1; k > 0; k--) {
      superko.undo();
      Map<String, Object> position = OracleCases.map(positions.get(k - 1));
      assertEquals(OracleCases.strings(position.get("board")), OracleCases.rows(superko),
          id + " undone to move " + (k - 1));
      Map<String, Object> captures = OracleCases.map(position.get("captures"));
      assertEquals(OracleCases.integer(captures.get("B")), superko.captures(Color.BLACK));
      assertEquals(OracleCases.integer(captures.get("W")), superko.captures(Color.WHITE));
    }
    superko.checkConsistency();
    assertEquals(0, superko.positionHash(), id + " undone to the empty board");
  }

  private static void checkLegality(
      Game game, Map<String, Object> illegal, List<String> pskOnly, String where) {
    int size = game.size();
    TreeSet<String> expected = new TreeSet<>();
    for (int a = 0; a < size * size; a++) {
      String vertex = Actions.toGtp(a, size);
      if (game.stoneAt(a) == Stone.EMPTY && !illegal.containsKey(vertex)
          && !pskOnly.contains(vertex)) {
        expected.add(vertex);
      }
    }
    boolean[] mask = new boolean[game.numActions()];
    int count = game.legalActions(mask);
    TreeSet<String> actual = new TreeSet<>();
    for (int a = 0; a < size * size; a++) {
      if (mask[a]) {
        actual.add(Actions.toGtp(a, size));
      }
      assertEquals(mask[a], game.isLegal(a), where + " isLegal vs mask at " + Actions.toGtp(a, size));
    }
    assertTrue(mask[game.passAction()], where + " pass is legal");
    assertEquals(expected, actual, where + " legal points");
    assertEquals(expected.size() + 1, count, where + " legal count");
    for (Map.Entry<String, Object> e : illegal.entrySet()) {
      int action = Actions.parseGtp(e.getKey(), size);
      assertEquals(OracleCases.reason((String) e.getValue()), game.illegalReason(action),
          where + " reason at " + e.getKey());
    }
    for (String vertex : pskOnly) {
      assertEquals(IllegalReason.SUPERKO, game.illegalReason(Actions.parseGtp(vertex, size)),
          where + " reason at " + vertex);
    }
  }
}
