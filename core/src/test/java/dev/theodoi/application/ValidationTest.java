package dev.theodoi.application;

import static dev.theodoi.testing.Fixtures.HEALTH;
import static dev.theodoi.testing.Fixtures.d2026;
import static dev.theodoi.testing.Province.SPECIALIST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.theodoi.domain.document.Document;
import dev.theodoi.domain.task.Task;
import dev.theodoi.inmemory.InMemoryStore;
import dev.theodoi.testing.Fixtures;
import dev.theodoi.testing.Province;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Commands are checked the same way with a Jakarta provider (Hibernate Validator, on the test class path) and
 * with the built-in checks a host without a provider gets; messages exist in English and Vietnamese.
 */
class ValidationTest {

  private static Province province(boolean builtIn) {
    return new Province(InMemoryStore.create(), builtIn);
  }

  @ParameterizedTest(name = "built-in checks: {0}")
  @ValueSource(booleans = {false, true})
  void bothValidatorsReportTheSameViolations(boolean builtIn) {
    Province p = province(builtIn);
    Document doc = p.directive("vb-1", 1);
    CreateTaskCommand c = new CreateTaskCommand(null, doc.id(), " ", "x".repeat(Task.MAX_TEXT + 1), null,
        Fixtures.SPECIALIST.id(), DeadlineSpec.workingDaysAfterIssue(0), new UnitAssignees(HEALTH.id(), null), List.of());

    assertThat(p.theodoi.usesValidationProvider()).isEqualTo(!builtIn);
    assertThatThrownBy(() -> p.theodoi.tasks().create(SPECIALIST, c))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).containsExactly(
            Violation.of("deadline.workingDays", "positive"),
            Violation.of("directingLeader", "required"),
            Violation.of("directionContent", "size.max", Task.MAX_TEXT),
            Violation.of("lead.assignees", "required"),
            Violation.of("trackingContent", "blank")));
  }

  @ParameterizedTest(name = "built-in checks: {0}")
  @ValueSource(booleans = {false, true})
  void aRefusedCommandChangesNothing(boolean builtIn) {
    Province p = province(builtIn);
    Document doc = p.directive("vb-1", 1);
    Task task = p.assign(Province.task(doc, d2026(3, 31), HEALTH, Fixtures.HEALTH_OFFICIAL));

    assertThatThrownBy(() -> p.theodoi.reporting().reportProgress(Province.HEALTH_OFFICIAL,
        new ReportProgressCommand(task.id(), 1, HEALTH.id(), "", null))).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> p.theodoi.tasks().changeAssignees(Province.HEALTH_LEADER,
        new ChangeAssigneesCommand(task.id(), 1, HEALTH.id(), Set.of(Fixtures.EDUCATION_OFFICIAL.id()))))
        .isInstanceOf(ValidationException.class);

    assertThat(p.store.tasks().find(task.id())).contains(task);
    assertThat(p.store.history().of(task.id())).allSatisfy(h -> assertThat(h.version()).isEqualTo(1));
  }

  @ParameterizedTest(name = "built-in checks: {0}")
  @ValueSource(booleans = {false, true})
  void aNullCommandIsNamed(boolean builtIn) {
    Province p = province(builtIn);

    assertThatThrownBy(() -> p.theodoi.reporting().reportProgress(Province.HEALTH_OFFICIAL, null))
        .isInstanceOfSatisfying(ValidationException.class,
            e -> assertThat(e.violations()).containsExactly(Violation.of("command", "required")));
  }

  @org.junit.jupiter.api.Test
  void messagesComeInEnglishAndVietnamese() {
    ValidationException e = new ValidationException(List.of(
        Violation.of("deadline", "deadline.before.issue", "2026-01-04", "2026-01-05"),
        Violation.of("trackingContent", "blank"),
        Violation.of("lead.assignees", "official.not.in.unit", "sgd-cv", "syt")));

    assertThat(e.getMessage()).isEqualTo("deadline: deadline 2026-01-04 is before the issue date 2026-01-05; "
        + "trackingContent: must not be blank; lead.assignees: official sgd-cv does not belong to unit syt");
    assertThat(e.describe(Violation.VIETNAMESE)).isEqualTo("deadline: thời hạn 2026-01-04 trước ngày ban hành "
        + "2026-01-05; trackingContent: không được để trống; lead.assignees: cán bộ sgd-cv không thuộc đơn vị syt");
    assertThat(e.violations().get(0).message(Locale.forLanguageTag("vi-VN"))).startsWith("thời hạn");
  }

  @org.junit.jupiter.api.Test
  void everyCodeHasAMessageInBothLanguages() throws Exception {
    java.util.Properties en = new java.util.Properties();
    java.util.Properties vi = new java.util.Properties();
    try (var a = getClass().getResourceAsStream("/dev/theodoi/application/messages.properties");
         var b = getClass().getResourceAsStream("/dev/theodoi/application/messages_vi.properties")) {
      en.load(new java.io.InputStreamReader(a, java.nio.charset.StandardCharsets.UTF_8));
      vi.load(new java.io.InputStreamReader(b, java.nio.charset.StandardCharsets.UTF_8));
    }
    assertThat(vi.keySet()).isEqualTo(en.keySet());
    assertThat(en).isNotEmpty();
  }
}
