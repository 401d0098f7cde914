package dev.theodoi.jdbc;

import static dev.theodoi.testing.Fixtures.DONG_HA;
import static dev.theodoi.testing.Fixtures.EDUCATION;
import static dev.theodoi.testing.Fixtures.HEALTH;
import static dev.theodoi.testing.Fixtures.d2026;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.theodoi.application.CreateTaskCommand;
import dev.theodoi.application.DeadlineSpec;
import dev.theodoi.application.UnitAssignees;
import dev.theodoi.domain.document.Document;
import dev.theodoi.domain.task.TaskId;
import dev.theodoi.testing.Fixtures;
import dev.theodoi.testing.Province;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A use case is one transaction: a failure in the middle of it leaves nothing behind. */
abstract class AtomicityTests extends FreshDatabaseTests {


  @Test
  void aFailureOnTheThirdUnitOfAnAssignmentStoresNothingOfIt() throws Exception {
    TestDatabase.Fresh fresh = fresh();
    javax.sql.DataSource ds = fresh.pool(2);
    JdbcStore store = JdbcStore.create(ds);
    store.migrate();
    Province province = new Province(store, false);
    Document doc = province.directive("vb-1", 1);
    // The database refuses the third unit's assignment row, after the task and two assignments were written.
    try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
      s.execute("ALTER TABLE theodoi_assignment ADD CONSTRAINT test_refuse_third CHECK (unit_id <> 'xa-dong-ha')");
    }
    CreateTaskCommand threeUnits = new CreateTaskCommand(TaskId.of("nv-3-units"), doc.id(), "Phòng chống bão số 5",
        "Sở Y tế chủ trì", Fixtures.OFFICE_LEADER.id(), Fixtures.SPECIALIST.id(), DeadlineSpec.on(d2026(3, 31)),
        UnitAssignees.of(HEALTH.id(), Fixtures.HEALTH_OFFICIAL.id()),
        List.of(UnitAssignees.of(EDUCATION.id()), UnitAssignees.of(DONG_HA.id())));

    assertThatThrownBy(() -> province.theodoi.tasks().create(Province.SPECIALIST, threeUnits))
        .isInstanceOf(StoreException.class);

    assertThat(store.tasks().find(TaskId.of("nv-3-units"))).isEmpty();
    assertThat(store.tasks().ofDocument(doc.id())).isEmpty();
    assertThat(store.history().of(TaskId.of("nv-3-units"))).isEmpty();
    try (Connection c = ds.getConnection(); Statement s = c.createStatement();
         var rs = s.executeQuery("SELECT COUNT(*) FROM theodoi_assignment")) {
      rs.next();
      assertThat(rs.getInt(1)).isZero();
    }
  }
}
