package dev.theodoi.readme;

import static org.assertj.core.api.Assertions.assertThat;

import dev.theodoi.application.Actor;
import dev.theodoi.application.CreateTaskCommand;
import dev.theodoi.application.DeadlineSpec;
import dev.theodoi.application.ForwardDocumentCommand;
import dev.theodoi.application.ReportCompletionCommand;
import dev.theodoi.application.Theodoi;
import dev.theodoi.application.UnitAssignees;
import dev.theodoi.domain.directory.Official;
import dev.theodoi.domain.directory.OfficialId;
import dev.theodoi.domain.directory.Role;
import dev.theodoi.domain.directory.Unit;
import dev.theodoi.domain.directory.UnitId;
import dev.theodoi.domain.directory.UnitKind;
import dev.theodoi.domain.document.Document;
import dev.theodoi.domain.document.DocumentId;
import dev.theodoi.domain.document.DocumentNumber;
import dev.theodoi.domain.status.StatusCounts;
import dev.theodoi.domain.task.Task;
import dev.theodoi.inmemory.InMemoryDirectory;
import dev.theodoi.inmemory.InMemoryStore;
import dev.theodoi.port.TaskFilter;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The README's embedding snippet, compiled and run. */
class EmbeddingExampleTest {

  @Test
  void aHostWiresTheLibraryAndTracksATask() {
    Clock clock = Clock.fixed(LocalDate.of(2026, 6, 1).atTime(2, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    // tag::wiring[]
    Unit office = new Unit(UnitId.of("vp"), "VP-UBND", "Văn phòng UBND tỉnh", UnitKind.OFFICE);
    Unit health = new Unit(UnitId.of("syt"), "SYT", "Sở Y tế", UnitKind.DEPARTMENT);
    Official clerk = new Official(OfficialId.of("vt1"), "Trần Thị Lan", "lan@quangtri.gov.vn", office.id(), Set.of(Role.CLERK));
    Official specialist = new Official(OfficialId.of("cv1"), "Lê Văn Minh", "minh@quangtri.gov.vn", office.id(), Set.of(Role.SPECIALIST));
    Official leader = new Official(OfficialId.of("ld1"), "Võ Văn Hưng", "hung@quangtri.gov.vn", office.id(), Set.of(Role.LEADER));
    Official doctor = new Official(OfficialId.of("yt1"), "Đặng Thị Đào", "dao@quangtri.gov.vn", health.id(), Set.of(Role.SPECIALIST));

    Theodoi theodoi = Theodoi.builder()
        .directory(InMemoryDirectory.of(List.of(office, health), List.of(clerk, specialist, leader, doctor)))
        .store(InMemoryStore.create())          // or the JDBC store of theodoi-jdbc
        .clock(clock)                           // the library never reads the system clock itself
        .build();

    Document directive = new Document(DocumentId.of("host-42"), DocumentNumber.parse("23/2026/CT-UBND"), "Chỉ thị",
        LocalDate.of(2026, 6, 1), "Về phòng, chống thiên tai", "Võ Văn Hưng", "UBND tỉnh Quảng Trị",
        Optional.empty(), Optional.empty());
    theodoi.documents().register(Actor.of(clerk), directive);
    theodoi.documents().forward(Actor.of(clerk), new ForwardDocumentCommand(directive.id(), Set.of(specialist.id())));

    Task task = theodoi.tasks().create(Actor.of(specialist), new CreateTaskCommand(null, directive.id(),
        "Kiểm tra hồ chứa nước", "Sở Y tế chủ trì", leader.id(), specialist.id(),
        DeadlineSpec.workingDaysAfterIssue(10), UnitAssignees.of(health.id(), doctor.id()), List.of()));
    theodoi.reporting().reportCompletion(Actor.of(doctor),
        new ReportCompletionCommand(task.id(), task.version(), health.id(), null, null));

    StatusCounts counts = theodoi.dashboards().counts(Actor.of(leader), LocalDate.of(2026, 6, 30), TaskFilter.NONE);
    // counts.completedOnTime() == 1
    // end::wiring[]
    assertThat(counts.completedOnTime()).isEqualTo(1);
    assertThat(task.deadline()).contains(LocalDate.of(2026, 6, 15));
  }
}
