package dev.theodoi.examples.text;

import java.util.ArrayList;
import java.util.List;

/** A plain-text table with padded columns, for the console. Counts characters, so Vietnamese in NFC aligns. */
public final class Table {
  private final List<String> header;
  private final List<List<String>> rows = new ArrayList<>();
  private final boolean[] right;

  public Table(List<String> header, boolean... rightAligned) {
    this.header = List.copyOf(header);
    this.right = new boolean[header.size()];
    for (int i = 0; i < rightAligned.length && i < right.length; i++) {
      right[i] = rightAligned[i];
    }
  }

  public Table row(Object... cells) {
    List<String> r = new ArrayList<>();
    for (Object c : cells) {
      r.add(String.valueOf(c));
    }
    rows.add(r);
    return this;
  }

  @Override
  public String toString() {
    int[] width = new int[header.size()];
    for (int i = 0; i < width.length; i++) {
      width[i] = header.get(i).codePointCount(0, header.get(i).length());
      for (List<String> r : rows) {
        width[i] = Math.max(width[i], r.get(i).codePointCount(0, r.get(i).length()));
      }
    }
    StringBuilder sb = new StringBuilder();
    line(sb, header, width);
    for (int i = 0; i < width.length; i++) {
      sb.append(i == 0 ? "" : "-+-").append("-".repeat(width[i]));
    }
    sb.append('\n');
    for (List<String> r : rows) {
      line(sb, r, width);
    }
    return sb.toString();
  }

  private void line(StringBuilder sb, List<String> cells, int[] width) {
    for (int i = 0; i < width.length; i++) {
      String c = cells.get(i);
      String pad = " ".repeat(width[i] - c.codePointCount(0, c.length()));
      sb.append(i == 0 ? "" : " | ").append(right[i] ? pad + c : c + (i == width.length - 1 ? "" : pad));
    }
    sb.append('\n');
  }
}
