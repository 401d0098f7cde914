package dev.theodoi.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.theodoi.domain.directory.OfficialId;
import dev.theodoi.domain.directory.UnitId;
import dev.theodoi.port.Directory;
import dev.theodoi.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** The contract of {@link Directory}, for a directory holding {@link Fixtures#UNITS} and {@link Fixtures#OFFICIALS}. */
public abstract class DirectoryContract {
  /** A directory holding exactly the fixtures' units and officials. */
  protected abstract Directory fixturesDirectory();

  /** Releases what {@link #fixturesDirectory()} made; by default nothing. */
  @org.junit.jupiter.api.AfterEach
  protected void releaseDirectory() {}

  @Test
  void unitsAndOfficialsAreFoundById() {
    Directory d = fixturesDirectory();

    assertThat(d.unit(Fixtures.HEALTH.id())).contains(Fixtures.HEALTH);
    assertThat(d.official(Fixtures.DONG_HA_OFFICIAL.id())).contains(Fixtures.DONG_HA_OFFICIAL);
    assertThat(d.unit(UnitId.of("none"))).isEmpty();
    assertThat(d.official(OfficialId.of("none"))).isEmpty();
  }

  @Test
  void aUnitListsItsOfficials() {
    Directory d = fixturesDirectory();

    assertThat(d.units()).containsExactlyInAnyOrderElementsOf(Fixtures.UNITS);
    assertThat(d.officialsOf(Fixtures.HEALTH.id()))
        .containsExactlyInAnyOrder(Fixtures.HEALTH_LEADER, Fixtures.HEALTH_OFFICIAL);
    assertThat(d.officialsOf(UnitId.of("none"))).isEmpty();
  }
}
