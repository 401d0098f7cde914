package dev.theodoi.testing;

import dev.theodoi.domain.document.DocumentNumber;
import dev.theodoi.domain.status.StatusFacts;
import dev.theodoi.domain.status.StatusFacts.ApprovedExtension;
import dev.theodoi.domain.status.StatusFacts.CompletionFact;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik arbitraries for domain values. Dates stay inside the years the shipped calendar covers (2024–2026)
 * so working-day questions always have data.
 */
public final class DomainArbitraries {
  private DomainArbitraries() {}

  public static final LocalDate FIRST = LocalDate.of(2024, 1, 1);
  public static final LocalDate LAST = LocalDate.of(2026, 12, 31);

  /** Any date of 2024–2026. */
  public static Arbitrary<LocalDate> dates() {
    return Arbitraries.longs().between(0, FIRST.until(LAST).toTotalMonths() * 31 - 40)
        .map(FIRST::plusDays)
        .filter(d -> !d.isAfter(LAST));
  }

  /** Any instant of 2024–2026, at any minute of the Vietnamese day. */
  public static Arbitrary<Instant> instants() {
    return Combinators.combine(dates(), Arbitraries.integers().between(0, 24 * 60 - 1))
        .as((d, m) -> Fixtures.at(d, LocalTime.ofSecondOfDay(m * 60L)));
  }

  /**
   * Facts as the use cases can produce them: an optional deadline; approved extensions each later than the
   * deadline in force when approved; completions of which all but possibly the last were returned.
   */
  public static Arbitrary<StatusFacts> statusFacts() {
    Arbitrary<Optional<LocalDate>> deadline = dates().optional(0.85);
    return deadline.flatMap(d -> Combinators.combine(
            extensionChain(d), completionHistory())
        .as((ext, done) -> new StatusFacts(d, ext, done)));
  }

  /** Facts without any extension. */
  public static Arbitrary<StatusFacts> statusFactsWithoutExtensions() {
    return Combinators.combine(dates().optional(0.85), completionHistory())
        .as((d, done) -> new StatusFacts(d, List.of(), done));
  }

  private static Arbitrary<List<ApprovedExtension>> extensionChain(Optional<LocalDate> deadline) {
    if (deadline.isEmpty()) {
      return Arbitraries.just(List.of());
    }
    return Combinators.combine(
            Arbitraries.integers().between(1, 60).list().ofMaxSize(3),
            instants().list().ofSize(3))
        .as((steps, times) -> {
          List<Instant> sorted = times.stream().sorted().toList();
          List<ApprovedExtension> chain = new ArrayList<>();
          LocalDate current = deadline.get();
          for (int i = 0; i < steps.size(); i++) {
            current = current.plusDays(steps.get(i));
            chain.add(new ApprovedExtension(current, sorted.get(i)));
          }
          return chain;
        });
  }

  private static Arbitrary<List<CompletionFact>> completionHistory() {
    Arbitrary<CompletionFact> completion = Combinators.combine(dates(), Arbitraries.integers().between(0, 20),
            Arbitraries.integers().between(0, 24 * 60 - 1))
        .as((on, lag, minute) -> new CompletionFact(on,
            Fixtures.at(on.plusDays(lag), LocalTime.ofSecondOfDay(minute * 60L)), true));
    return Combinators.combine(completion.list().ofMaxSize(2), Arbitraries.of(true, false))
        .as((list, lastStands) -> {
          List<CompletionFact> out = new ArrayList<>(list);
          if (!out.isEmpty() && lastStands) {
            CompletionFact last = out.remove(out.size() - 1);
            out.add(new CompletionFact(last.completedOn(), last.reportedAt(), false));
          }
          return out;
        });
  }

  /** The text of a valid document number in one of the four formats, as an office would write it. */
  public static Arbitrary<String> documentNumberTexts() {
    Arbitrary<String> number = Arbitraries.integers().between(1, 99999).map(n -> n < 10 ? "0" + n : "" + n);
    Arbitrary<String> type = Arbitraries.of(DocumentNumber.TYPE_CODES);
    Arbitrary<String> issuer = Arbitraries.of("UBND", "BNV", "TTg", "CP", "HĐND", "QH14", "BTC", "UBND-VX",
        "BNV-VP", "SYT-NVY", "VPUBND-KT", "TW", "TU", "ĐU", "BCSĐ");
    Arbitrary<String> letterIssuer = issuer.filter(i -> !DocumentNumber.TYPE_CODES.contains(i.split("-")[0]));
    Arbitrary<Integer> year = Arbitraries.integers().between(DocumentNumber.MIN_YEAR, DocumentNumber.MAX_YEAR);
    return Arbitraries.oneOf(
        Combinators.combine(number, year, type, issuer).as((n, y, t, i) -> n + "/" + y + "/" + t + "-" + i),
        Combinators.combine(number, year, letterIssuer).as((n, y, i) -> n + "/" + y + "/" + i),
        Combinators.combine(number, type, issuer).as((n, t, i) -> n + "/" + t + "-" + i),
        Combinators.combine(number, letterIssuer).as((n, i) -> n + "/" + i),
        Combinators.combine(number, type, issuer).as((n, t, i) -> n + "-" + t + "/" + i));
  }
}
