package dev.theodoi.examples.text;

import dev.theodoi.domain.status.StatusCounts;
import dev.theodoi.domain.status.TaskStatus;
import dev.theodoi.port.TaskRow;
import java.io.PrintWriter;
import java.util.List;
import java.util.function.Function;

/** Prints dashboard counts and the list behind a count as readable tables. */
public final class Dashboards {
  private Dashboards() {}

  public static void counts(PrintWriter out, Labels l, StatusCounts c) {
    Table t = new Table(List.of("", l.get("col.label")), false, true);
    t.row(l.get("total"), c.total());
    for (TaskStatus s : TaskStatus.values()) {
      t.row(l.status(s), c.count(s));
    }
    t.row("  " + l.get("dueSoon"), c.dueSoon());
    t.row("  " + l.get("noDeadline"), c.noDeadline());
    out.print(t);
  }

  public static void rows(PrintWriter out, Labels l, List<TaskRow> rows, Function<TaskRow, String> unitName) {
    Table t = new Table(List.of(l.get("col.deadline"), l.get("col.number"), l.get("col.task"), l.get("col.unit"),
        l.get("col.status"), l.get("col.content")));
    for (TaskRow r : rows) {
      String content = r.trackingContent().length() > 60 ? r.trackingContent().substring(0, 59) + "…" : r.trackingContent();
      t.row(l.date(r.deadline().orElse(null)), r.documentNumber(), r.task().value(), unitName.apply(r),
          l.status(r.status()), content);
    }
    out.print(t);
  }
}
