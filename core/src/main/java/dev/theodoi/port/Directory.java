package dev.theodoi.port;

import dev.theodoi.domain.directory.Official;
import dev.theodoi.domain.directory.OfficialId;
import dev.theodoi.domain.directory.Unit;
import dev.theodoi.domain.directory.UnitId;
import java.util.List;
import java.util.Optional;

/**
 * The host's directory of units and officials (the host owns login and people). Read-only to the library.
 * Implementations must be thread-safe.
 */
public interface Directory {
  /** The unit with this id, or empty if the directory does not know it. */
  Optional<Unit> unit(UnitId id);

  /** The official with this id, or empty if the directory does not know them. */
  Optional<Official> official(OfficialId id);

  /** All units. */
  List<Unit> units();

  /** The officials of one unit (empty for an unknown unit). */
  List<Official> officialsOf(UnitId unit);
}
