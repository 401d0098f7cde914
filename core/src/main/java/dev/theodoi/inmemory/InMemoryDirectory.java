package dev.theodoi.inmemory;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.theodoi.domain.directory.Official;
import dev.theodoi.domain.directory.OfficialId;
import dev.theodoi.domain.directory.Unit;
import dev.theodoi.domain.directory.UnitId;
import dev.theodoi.port.Directory;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** A fixed directory of units and officials. Immutable and thread-safe. */
public final class InMemoryDirectory implements Directory {
  private final ImmutableMap<UnitId, Unit> units;
  private final ImmutableMap<OfficialId, Official> officials;

  private InMemoryDirectory(Collection<Unit> units, Collection<Official> officials) {
    this.units = units.stream().collect(ImmutableMap.toImmutableMap(Unit::id, Function.identity()));
    this.officials = officials.stream().collect(ImmutableMap.toImmutableMap(Official::id, Function.identity()));
    for (Official o : officials) {
      checkArgument(this.units.containsKey(o.unit()), "official %s belongs to unknown unit %s", o.id(), o.unit());
    }
  }

  /**
   * A directory of these units and officials.
   *
   * @throws IllegalArgumentException if an id repeats or an official's unit is not among the units
   */
  public static InMemoryDirectory of(Collection<Unit> units, Collection<Official> officials) {
    return new InMemoryDirectory(units, officials);
  }

  @Override
  public Optional<Unit> unit(UnitId id) {
    return Optional.ofNullable(units.get(id));
  }

  @Override
  public Optional<Official> official(OfficialId id) {
    return Optional.ofNullable(officials.get(id));
  }

  @Override
  public List<Unit> units() {
    return units.values().asList();
  }

  @Override
  public List<Official> officialsOf(UnitId unit) {
    return officials.values().stream().filter(o -> o.unit().equals(unit)).collect(ImmutableList.toImmutableList());
  }
}
