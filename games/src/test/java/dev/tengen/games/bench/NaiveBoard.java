package dev.tengen.games.bench;

import dev.tengen.games.Stone;
import dev.tengen.games.playout.XorShiftRandom;
import java.util.Arrays;

/**
 * The baseline of the playout benchmark, not for use elsewhere: a plain padded board of ints
 * with no chain bookkeeping at all, which finds chains and liberties by flood fill whenever it
 * needs them (is this a capture, is this suicide, what does this move remove), the way a first
 * Go program is written. It shares the padded layout, the marks-by-stamp trick and the playout
 * policy of {@link Playouts}, and allocates nothing per move, so the ratio of the two measures
 * the incremental chains of {@link dev.tengen.games.Board} and not incidental slowness.
 */
final class NaiveBoard {
  private static final int BORDER = 3;

  private final int size;
  private final int stride;
  private final int[] stones;
  private final int[] points;
  private final int[] mark;
  private int stamp;
  private final int[] stack;
  private final int[] chain;
  private final int[] empties;
  private int ko = -1;

  NaiveBoard(int size) {
    this.size = size;
    this.stride = size + 1;
    int vertices = (size + 2) * (size + 1) + 1;
    stones = new int[vertices];
    points = new int[size * size];
    for (int a = 0; a < points.length; a++) {
      points[a] = (a / size + 1) * stride + a % size + 1;
    }
    mark = new int[vertices];
    stack = new int[vertices];
    chain = new int[vertices];
    empties = new int[size * size];
  }

  void clear() {
    Arrays.fill(stones, BORDER);
    for (int p : points) {
      stones[p] = Stone.EMPTY;
    }
    ko = -1;
  }

  /** Flood fills the chain at p into chain[0..n); returns n, negated if it has no liberty. */
  private int fillChain(int p) {
    int c = stones[p];
    int s = ++stamp;
    int n = 0;
    int top = 0;
    stack[top++] = p;
    mark[p] = s;
    boolean liberty = false;
    int w = stride;
    while (top > 0) {
      int q = stack[--top];
      chain[n++] = q;
      for (int d = 0; d < 4; d++) {
        int r = d == 0 ? q - 1 : d == 1 ? q + 1 : d == 2 ? q - w : q + w;
        int cr = stones[r];
        if (cr == Stone.EMPTY) {
          liberty = true;
        } else if (cr == c && mark[r] != s) {
          mark[r] = s;
          stack[top++] = r;
        }
      }
    }
    return liberty ? n : -n;
  }

  /** Legal under simple ko, suicide forbidden: tries the stone and floods the chains around it. */
  boolean isLegal(int p, int c) {
    if (stones[p] != Stone.EMPTY || p == ko) {
      return false;
    }
    int w = stride;
    stones[p] = c;
    boolean legal = false;
    for (int d = 0; d < 4 && !legal; d++) {
      int r = d == 0 ? p - 1 : d == 1 ? p + 1 : d == 2 ? p - w : p + w;
      if (stones[r] == Stone.EMPTY) {
        legal = true;
      } else if (stones[r] == 3 - c) {
        legal = fillChain(r) < 0;
      }
    }
    if (!legal) {
      legal = fillChain(p) > 0;
    }
    stones[p] = Stone.EMPTY;
    return legal;
  }

  boolean isEyeOf(int p, int c) {
    int w = stride;
    for (int d = 0; d < 4; d++) {
      int r = d == 0 ? p - 1 : d == 1 ? p + 1 : d == 2 ? p - w : p + w;
      if (stones[r] != c && stones[r] != BORDER) {
        return false;
      }
    }
    int bad = 0;
    boolean edge = false;
    for (int d = 0; d < 4; d++) {
      int r = d == 0 ? p - w - 1 : d == 1 ? p - w + 1 : d == 2 ? p + w - 1 : p + w + 1;
      if (stones[r] == BORDER) {
        edge = true;
      } else if (stones[r] == 3 - c) {
        bad++;
      }
    }
    return edge ? bad == 0 : bad < 2;
  }

  void play(int p, int c) {
    int w = stride;
    stones[p] = c;
    int captured = 0;
    int capturedAt = -1;
    for (int d = 0; d < 4; d++) {
      int r = d == 0 ? p - 1 : d == 1 ? p + 1 : d == 2 ? p - w : p + w;
      if (stones[r] == 3 - c) {
        int n = fillChain(r);
        if (n < 0) {
          for (int i = 0; i < -n; i++) {
            stones[chain[i]] = Stone.EMPTY;
          }
          captured -= n;
          capturedAt = r;
        }
      }
    }
    int libs = 0;
    boolean alone = true;
    for (int d = 0; d < 4; d++) {
      int r = d == 0 ? p - 1 : d == 1 ? p + 1 : d == 2 ? p - w : p + w;
      if (stones[r] == Stone.EMPTY) {
        libs++;
      } else if (stones[r] == c) {
        alone = false;
      }
    }
    ko = captured == 1 && alone && libs == 1 ? capturedAt : -1;
  }

  void pass() {
    ko = -1;
  }

  int area(int c) {
    int area = 0;
    int s = ++stamp;
    int w = stride;
    for (int p : points) {
      if (stones[p] == c) {
        area++;
      } else if (stones[p] == Stone.EMPTY && mark[p] != s) {
        int top = 0;
        int region = 0;
        int touches = 0;
        stack[top++] = p;
        mark[p] = s;
        while (top > 0) {
          int q = stack[--top];
          region++;
          for (int d = 0; d < 4; d++) {
            int r = d == 0 ? q - 1 : d == 1 ? q + 1 : d == 2 ? q - w : q + w;
            int cr = stones[r];
            if (cr == Stone.EMPTY) {
              if (mark[r] != s) {
                mark[r] = s;
                stack[top++] = r;
              }
            } else if (cr != BORDER) {
              touches |= cr;
            }
          }
        }
        if (touches == c) {
          area += region;
        }
      }
    }
    return area;
  }

  /** One playout with the policy of {@link Playouts}; returns Black's area minus White's. */
  int playout(XorShiftRandom random) {
    clear();
    int c = Stone.BLACK;
    int passes = 0;
    int maxMoves = 3 * size * size;
    for (int moves = 0; passes < 2 && moves < maxMoves; moves++) {
      int p = choose(c, random);
      if (p < 0) {
        pass();
        passes++;
      } else {
        play(p, c);
        passes = 0;
      }
      c = 3 - c;
    }
    return area(Stone.BLACK) - area(Stone.WHITE);
  }

  /** Uniform by rejection with swap-to-end over a scan of the empty points, as {@link Playouts}. */
  private int choose(int c, XorShiftRandom random) {
    int n = 0;
    for (int p : points) {
      if (stones[p] == Stone.EMPTY) {
        empties[n++] = p;
      }
    }
    for (; n > 0; n--) {
      int i = random.nextInt(n);
      int p = empties[i];
      if (!isEyeOf(p, c) && isLegal(p, c)) {
        return p;
      }
      empties[i] = empties[n - 1];
      empties[n - 1] = p;
    }
    return -1;
  }
}
