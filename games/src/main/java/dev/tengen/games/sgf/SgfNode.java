package dev.tengen.games.sgf;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * A node of an SGF game tree: its properties in file order and its children, the first child being
 * the main line and the others variations.
 *
 * <p>Immutable once the parser returns it. A property identifier occurs at most once per node: the
 * parser merges the values of a repeated identifier into the first occurrence.
 */
public final class SgfNode {
  private final SgfPosition at;
  private final List<SgfProperty> properties;
  private final List<SgfNode> children;

  private SgfNode(SgfPosition at, List<SgfProperty> properties, List<SgfNode> children) {
    this.at = requireNonNull(at, "at");
    this.properties = List.copyOf(properties);
    this.children = children;
    for (int i = 0; i < this.properties.size(); i++) {
      for (int j = 0; j < i; j++) {
        if (this.properties.get(i).id().equals(this.properties.get(j).id())) {
          throw new IllegalArgumentException("property " + this.properties.get(i).id() + " repeats in one node");
        }
      }
    }
  }

  /**
   * A node with these properties and children (both copied).
   *
   * @param at the position of the node's {@code ;}, or {@link SgfPosition#NONE}
   * @throws IllegalArgumentException if an identifier repeats
   */
  public static SgfNode of(SgfPosition at, List<SgfProperty> properties, List<SgfNode> children) {
    return new SgfNode(at, properties, List.copyOf(children));
  }

  /**
   * For {@link SgfParser}: a node whose children list the parser keeps appending to while it reads
   * the rest of the tree; read-only for everyone else.
   */
  static SgfNode parsed(SgfPosition at, List<SgfProperty> properties, ArrayList<SgfNode> children) {
    return new SgfNode(at, properties, Collections.unmodifiableList(children));
  }

  /** Where the node's {@code ;} is. */
  public SgfPosition at() {
    return at;
  }

  /** The properties in file order. */
  public List<SgfProperty> properties() {
    return properties;
  }

  /** The children: the main line first, then the variations. */
  public List<SgfNode> children() {
    return children;
  }

  /** The property with this identifier, if the node has it. */
  public Optional<SgfProperty> property(String id) {
    for (SgfProperty property : properties) {
      if (property.id().equals(id)) {
        return Optional.of(property);
      }
    }
    return Optional.empty();
  }

  /** True if the node has this property. */
  public boolean has(String id) {
    return property(id).isPresent();
  }

  /** The nodes of the main line from this node down (this node, its first child, ...). Costs O(length). */
  public List<SgfNode> mainLine() {
    List<SgfNode> line = new ArrayList<>();
    for (SgfNode node = this; node != null; node = node.children.isEmpty() ? null : node.children.get(0)) {
      line.add(node);
    }
    return line;
  }
}
