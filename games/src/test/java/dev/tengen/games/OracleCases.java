package dev.tengen.games;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Loads the GNU Go oracle cases from src/test/resources/oracle and renders boards their way. */
final class OracleCases {
  private OracleCases() {}

  /** Every record of oracle/NAME.jsonl, in file order. */
  static List<Map<String, Object>> load(String name) {
    String resource = "/oracle/" + name + ".jsonl";
    InputStream in = OracleCases.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("missing test resource " + resource);
    }
    List<Map<String, Object>> records = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (!line.isBlank()) {
          records.add(MiniJson.parseObject(line));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return records;
  }

  /** The game's board as the oracle writes it: top row first, '.', 'X', 'O'. */
  static List<String> rows(Game game) {
    int n = game.size();
    List<String> rows = new ArrayList<>();
    for (int y = n - 1; y >= 0; y--) {
      StringBuilder b = new StringBuilder();
      for (int x = 0; x < n; x++) {
        int stone = game.stoneAt(Actions.of(x, y, n));
        b.append(stone == Stone.BLACK ? 'X' : stone == Stone.WHITE ? 'O' : '.');
      }
      rows.add(b.toString());
    }
    return rows;
  }

  static int integer(Object number) {
    return (int) Math.round((Double) number);
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object o) {
    return (Map<String, Object>) o;
  }

  @SuppressWarnings("unchecked")
  static List<String> strings(Object o) {
    return (List<String>) o;
  }

  @SuppressWarnings("unchecked")
  static List<Object> list(Object o) {
    return (List<Object>) o;
  }

  /** "suicide" -> SUICIDE, "ko" -> KO, "superko" -> SUPERKO. */
  static IllegalReason reason(String text) {
    switch (text) {
      case "suicide":
        return IllegalReason.SUICIDE;
      case "ko":
        return IllegalReason.KO;
      case "superko":
        return IllegalReason.SUPERKO;
      default:
        throw new IllegalArgumentException("unknown oracle reason '" + text + "'");
    }
  }
}
