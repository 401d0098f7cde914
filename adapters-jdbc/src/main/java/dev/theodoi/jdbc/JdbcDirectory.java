package dev.theodoi.jdbc;

import com.google.common.base.Joiner;
import com.google.common.base.Splitter;
import dev.theodoi.domain.directory.Official;
import dev.theodoi.domain.directory.OfficialId;
import dev.theodoi.domain.directory.Role;
import dev.theodoi.domain.directory.Unit;
import dev.theodoi.domain.directory.UnitId;
import dev.theodoi.domain.directory.UnitKind;
import dev.theodoi.port.Directory;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A copy of the directory in the store's database ({@code <prefix>unit}, {@code <prefix>official}), for hosts
 * and tools that want the library to keep one. Get it from {@link JdbcStore#directory()}. Thread-safe.
 */
public final class JdbcDirectory implements Directory {
  private final JdbcStore store;
  private final Sql sql;
  private final String unitCols = "id, code, name, kind";
  private final String officialCols = "id, full_name, email, unit_id, roles";

  JdbcDirectory(JdbcStore store, Sql sql) {
    this.store = store;
    this.sql = sql;
  }

  /**
   * Adds or replaces units and officials, keyed by id, in one transaction.
   *
   * @throws StoreException if an official's unit is neither stored nor among {@code units}, or a unit code is
   *     taken by another unit
   */
  public void save(List<Unit> units, List<Official> officials) {
    store.write(h -> {
      for (Unit u : units) {
        int changed = h.createUpdate(sql.of("UPDATE ${p}unit SET code = :code, name = :name, kind = :kind WHERE id = :id"))
            .bind("id", u.id().value()).bind("code", u.code()).bind("name", u.name()).bind("kind", u.kind().code())
            .execute();
        if (changed == 0) {
          h.createUpdate(sql.of("INSERT INTO ${p}unit (" + unitCols + ") VALUES (:id, :code, :name, :kind)"))
              .bind("id", u.id().value()).bind("code", u.code()).bind("name", u.name()).bind("kind", u.kind().code())
              .execute();
        }
      }
      for (Official o : officials) {
        String roles = Joiner.on(',').join(new TreeSet<>(o.roles().stream().map(Role::name).toList()));
        int changed = h.createUpdate(sql.of("UPDATE ${p}official SET full_name = :name, email = :email,"
                + " unit_id = :unit, roles = :roles WHERE id = :id"))
            .bind("id", o.id().value()).bind("name", o.fullName()).bind("email", o.email())
            .bind("unit", o.unit().value()).bind("roles", roles).execute();
        if (changed == 0) {
          h.createUpdate(sql.of("INSERT INTO ${p}official (" + officialCols + ") VALUES (:id, :name, :email, :unit, :roles)"))
              .bind("id", o.id().value()).bind("name", o.fullName()).bind("email", o.email())
              .bind("unit", o.unit().value()).bind("roles", roles).execute();
        }
      }
      return null;
    });
  }

  @Override
  public Optional<Unit> unit(UnitId id) {
    return store.withHandle(h -> h.createQuery(sql.of("SELECT " + unitCols + " FROM ${p}unit WHERE id = :id"))
        .bind("id", id.value()).map((rs, ctx) -> unit(rs)).findFirst());
  }

  /** The unit with this code (e.g. {@code SYT}). */
  public Optional<Unit> unitByCode(String code) {
    return store.withHandle(h -> h.createQuery(sql.of("SELECT " + unitCols + " FROM ${p}unit WHERE code = :code"))
        .bind("code", code).map((rs, ctx) -> unit(rs)).findFirst());
  }

  @Override
  public Optional<Official> official(OfficialId id) {
    return store.withHandle(h -> h.createQuery(sql.of("SELECT " + officialCols + " FROM ${p}official WHERE id = :id"))
        .bind("id", id.value()).map((rs, ctx) -> official(rs)).findFirst());
  }

  @Override
  public List<Unit> units() {
    return store.withHandle(h -> h.createQuery(sql.of("SELECT " + unitCols + " FROM ${p}unit ORDER BY code"
        + sql.dialect.binaryOrder())).map((rs, ctx) -> unit(rs)).list());
  }

  @Override
  public List<Official> officialsOf(UnitId unit) {
    return store.withHandle(h -> h.createQuery(sql.of("SELECT " + officialCols + " FROM ${p}official"
            + " WHERE unit_id = :unit ORDER BY id" + sql.dialect.binaryOrder()))
        .bind("unit", unit.value()).map((rs, ctx) -> official(rs)).list());
  }

  private static Unit unit(ResultSet rs) throws SQLException {
    return new Unit(UnitId.of(rs.getString("id")), rs.getString("code"), rs.getString("name"),
        UnitKind.of(rs.getString("kind")));
  }

  private static Official official(ResultSet rs) throws SQLException {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    Splitter.on(',').omitEmptyStrings().split(rs.getString("roles")).forEach(r -> roles.add(Role.valueOf(r)));
    return new Official(OfficialId.of(rs.getString("id")), rs.getString("full_name"), rs.getString("email"),
        UnitId.of(rs.getString("unit_id")), roles);
  }
}
