package dev.theodoi.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import dev.theodoi.application.CreateTaskCommand;
import dev.theodoi.application.DeadlineSpec;
import dev.theodoi.application.UnitAssignees;
import dev.theodoi.domain.document.Document;
import dev.theodoi.domain.status.TaskStatus;
import dev.theodoi.domain.task.TaskId;
import dev.theodoi.port.Scope;
import dev.theodoi.testing.Fixtures;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TheodoiModuleTest {
  private final ObjectMapper found = new ObjectMapper().findAndRegisterModules();
  private final ObjectMapper registered = new ObjectMapper().registerModule(new TheodoiModule());

  @Test
  void theModuleIsFoundByFindAndRegisterModulesAndRegistersTheJavaTimeModules() {
    assertThat(found.getRegisteredModuleIds()).anySatisfy(id -> assertThat(id.toString()).contains("theodoi"));
    assertThat(registered.getRegisteredModuleIds()).hasSizeGreaterThanOrEqualTo(3);
  }

  @Test
  void datesInstantsIdsAndCodesHaveTheirStableForms() throws Exception {
    Document doc = Fixtures.directive("vb-1", 5, LocalDate.of(2026, 6, 30));
    Map<?, ?> json = registered.readValue(registered.writeValueAsString(doc), Map.class);

    assertThat(json.get("id")).isEqualTo("vb-1");
    assertThat(json.get("number")).isEqualTo("05/2026/CT-UBND");
    assertThat(json.get("issuedOn")).isEqualTo("2026-06-30");
    assertThat(json.get("urgency")).isEqualTo("URGENT");
    assertThat(json.get("summary")).isEqualTo("Về việc tăng cường công tác phòng, chống dịch bệnh mùa mưa bão");
    assertThat(registered.writeValueAsString(Instant.parse("2026-06-30T10:00:00Z")))
        .isEqualTo("\"2026-06-30T17:00:00+07:00\"");
    assertThat(registered.writeValueAsString(TaskStatus.COMPLETED_LATE)).isEqualTo("\"COMPLETED_LATE\"");
    assertThat(registered.writeValueAsString(Fixtures.HEALTH_OFFICIAL)).contains("\"roles\":[\"SPECIALIST\"]");
  }

  @Test
  void anInstantIsReadWithAnyOffsetButNeverWithout() throws Exception {
    assertThat(registered.readValue("\"2026-06-30T10:00:00Z\"", Instant.class))
        .isEqualTo(registered.readValue("\"2026-06-30T17:00:00+07:00\"", Instant.class));
    assertThatThrownBy(() -> registered.readValue("\"2026-06-30T17:00:00\"", Instant.class))
        .isInstanceOf(InvalidFormatException.class).hasMessageContaining("offset");
  }

  @Test
  void impossibleDatesAndInvalidNumbersAreRefusedWithTheReason() {
    assertThatThrownBy(() -> registered.readValue("\"2026-02-30\"", LocalDate.class))
        .hasMessageContaining("2026-02-30");
    assertThatThrownBy(() -> registered.readValue("\"5/QĐ-UBND\"", dev.theodoi.domain.document.DocumentNumber.class))
        .hasMessageContaining("must be written with two digits");
    assertThatThrownBy(() -> registered.readValue("\" \"", TaskId.class)).hasMessageContaining("task id");
  }

  @Test
  void commandsAndSealedTypesCarryTheirKind() throws Exception {
    CreateTaskCommand c = new CreateTaskCommand(null, Fixtures.directive("vb", 1, LocalDate.of(2026, 1, 5)).id(),
        "Nội dung", "Chỉ đạo", Fixtures.OFFICE_LEADER.id(), Fixtures.SPECIALIST.id(),
        DeadlineSpec.workingDaysAfterIssue(10), UnitAssignees.of(Fixtures.HEALTH.id(), Fixtures.HEALTH_OFFICIAL.id()),
        List.of());

    String json = registered.writeValueAsString(c);

    assertThat(json).contains("\"deadline\":{\"kind\":\"working-days-after-issue\",\"workingDays\":10}");
    assertThat(registered.readValue(json, CreateTaskCommand.class)).isEqualTo(c);
    assertThat(registered.writeValueAsString(Scope.unit(Fixtures.HEALTH.id())))
        .isEqualTo("{\"kind\":\"unit\",\"unit\":\"syt\"}");
  }
}
