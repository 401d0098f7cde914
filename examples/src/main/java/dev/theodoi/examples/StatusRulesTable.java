package dev.theodoi.examples;

import dev.theodoi.domain.status.Classification;
import dev.theodoi.domain.status.DueSoonWindow;
import dev.theodoi.domain.status.StatusFacts;
import dev.theodoi.domain.status.StatusRules;
import dev.theodoi.examples.text.Table;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The status rules as a table of cases: run it to see, for a deadline of 30 June 2026, what each combination of
 * completion and as-of date gives. {@code java -cp examples/target/theodoi.jar dev.theodoi.examples.StatusRulesTable}
 */
public final class StatusRulesTable {
  static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
  static final LocalDate DEADLINE = LocalDate.of(2026, 6, 30);

  /** One case: a description, its facts and its as-of date. */
  public record Case(String description, StatusFacts facts, LocalDate asOf) {
    public Classification classify() {
      return StatusRules.classify(facts, asOf, VIETNAM, DueSoonWindow.calendarDays(3));
    }
  }

  static StatusFacts due(LocalDate d) {
    return StatusFacts.withDeadline(Optional.ofNullable(d));
  }

  static StatusFacts.CompletionFact done(LocalDate on) {
    return new StatusFacts.CompletionFact(on, on.atTime(17, 0).atZone(VIETNAM).toInstant(), false);
  }

  public static List<Case> cases() {
    LocalDate jul5 = LocalDate.of(2026, 7, 5);
    return List.of(
        new Case("completed 25/6, deadline 30/6", due(DEADLINE).plus(done(LocalDate.of(2026, 6, 25))), jul5),
        new Case("completed on the deadline day", due(DEADLINE).plus(done(DEADLINE)), jul5),
        new Case("completed 2/7, deadline 30/6", due(DEADLINE).plus(done(LocalDate.of(2026, 7, 2))), jul5),
        new Case("completed 2/7, seen on 1/7", due(DEADLINE).plus(done(LocalDate.of(2026, 7, 2))), LocalDate.of(2026, 7, 1)),
        new Case("not completed, seen on the deadline day", due(DEADLINE), DEADLINE),
        new Case("not completed, seen on 28/6 (due soon)", due(DEADLINE), LocalDate.of(2026, 6, 28)),
        new Case("not completed, seen the day after", due(DEADLINE), LocalDate.of(2026, 7, 1)),
        new Case("extended to 31/7 on 29/6, seen 15/7",
            due(DEADLINE).plus(new StatusFacts.ApprovedExtension(LocalDate.of(2026, 7, 31),
                LocalDate.of(2026, 6, 29).atTime(9, 0).atZone(VIETNAM).toInstant())), LocalDate.of(2026, 7, 15)),
        new Case("returned completion, seen 5/7",
            due(DEADLINE).plus(new StatusFacts.CompletionFact(LocalDate.of(2026, 6, 20),
                LocalDate.of(2026, 6, 20).atTime(9, 0).atZone(VIETNAM).toInstant(), true)), jul5),
        new Case("no deadline, not completed", due(null), jul5));
  }

  public static String render() {
    Table t = new Table(List.of("case", "as of", "status", "Vietnamese", "due soon"));
    for (Case c : cases()) {
      Classification r = c.classify();
      t.row(c.description(), c.asOf(), r.status(), r.status().vietnameseLabel(), r.dueSoon() ? "yes" : "");
    }
    return t.toString();
  }

  public static void main(String[] args) {
    System.out.print(render());
  }
}
