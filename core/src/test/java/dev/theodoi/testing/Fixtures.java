package dev.theodoi.testing;

import dev.theodoi.domain.directory.Official;
import dev.theodoi.domain.directory.OfficialId;
import dev.theodoi.domain.directory.Role;
import dev.theodoi.domain.directory.Unit;
import dev.theodoi.domain.directory.UnitId;
import dev.theodoi.domain.directory.UnitKind;
import dev.theodoi.domain.document.Document;
import dev.theodoi.domain.document.DocumentId;
import dev.theodoi.domain.document.DocumentNumber;
import dev.theodoi.domain.document.Urgency;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * A small province in the domain's own words, for tests of the library and of adapters and hosts: the
 * provincial office (VP UBND tỉnh) with a clerk, two specialists and a leader; three assignee units
 * (Sở Y tế, Sở Giáo dục và Đào tạo, UBND xã Đông Hà) each with a leader and an official.
 */
public final class Fixtures {
  private Fixtures() {}

  /** The zone every Vietnamese office works in. */
  public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  public static final Unit OFFICE = new Unit(UnitId.of("vp-ubnd"), "VP-UBND", "Văn phòng UBND tỉnh", UnitKind.OFFICE);
  public static final Unit HEALTH = new Unit(UnitId.of("syt"), "SYT", "Sở Y tế", UnitKind.DEPARTMENT);
  public static final Unit EDUCATION = new Unit(UnitId.of("sgddt"), "SGDĐT", "Sở Giáo dục và Đào tạo", UnitKind.DEPARTMENT);
  public static final Unit DONG_HA = new Unit(UnitId.of("xa-dong-ha"), "XDH", "UBND xã Đông Hà", UnitKind.COMMUNE);

  public static final Official CLERK = official("vt-lan", "Trần Thị Lan", OFFICE, Role.CLERK);
  public static final Official SPECIALIST = official("cv-minh", "Lê Văn Minh", OFFICE, Role.SPECIALIST);
  public static final Official OTHER_SPECIALIST = official("cv-hoa", "Phạm Thị Hoà", OFFICE, Role.SPECIALIST);
  public static final Official OFFICE_LEADER = official("ld-hung", "Võ Văn Hưng", OFFICE, Role.LEADER);
  public static final Official HEALTH_LEADER = official("syt-gd", "Nguyễn Đức Thắng", HEALTH, Role.LEADER);
  public static final Official HEALTH_OFFICIAL = official("syt-cv", "Đặng Thị Đào", HEALTH, Role.SPECIALIST);
  public static final Official EDUCATION_LEADER = official("sgd-gd", "Hoàng Văn Đức", EDUCATION, Role.LEADER);
  public static final Official EDUCATION_OFFICIAL = official("sgd-cv", "Bùi Thị Ngọc Ánh", EDUCATION, Role.SPECIALIST);
  public static final Official DONG_HA_LEADER = official("dh-ct", "Lương Quang Định", DONG_HA, Role.LEADER);
  public static final Official DONG_HA_OFFICIAL = official("dh-cv", "Đỗ Thị Huyền", DONG_HA, Role.SPECIALIST);

  public static final List<Unit> UNITS = List.of(OFFICE, HEALTH, EDUCATION, DONG_HA);
  public static final List<Official> OFFICIALS = List.of(CLERK, SPECIALIST, OTHER_SPECIALIST, OFFICE_LEADER,
      HEALTH_LEADER, HEALTH_OFFICIAL, EDUCATION_LEADER, EDUCATION_OFFICIAL, DONG_HA_LEADER, DONG_HA_OFFICIAL);

  /** An official with an e-mail made from the id. */
  public static Official official(String id, String name, Unit unit, Role... roles) {
    return new Official(OfficialId.of(id), name, id + "@quangtri.gov.vn", unit.id(),
        roles.length == 0 ? EnumSet.of(Role.SPECIALIST) : EnumSet.of(roles[0], roles));
  }

  /** A Chỉ thị of the provincial committee, issued on {@code issuedOn}. */
  public static Document directive(String hostId, int number, LocalDate issuedOn) {
    return new Document(DocumentId.of(hostId),
        DocumentNumber.parse(String.format("%02d/%d/CT-UBND", number, issuedOn.getYear())),
        "Chỉ thị", issuedOn, "Về việc tăng cường công tác phòng, chống dịch bệnh mùa mưa bão",
        "Võ Văn Hưng", "UBND tỉnh Quảng Trị", Optional.of(Urgency.URGENT), Optional.empty());
  }

  /** A công văn issued on {@code issuedOn}. */
  public static Document letter(String hostId, int number, LocalDate issuedOn) {
    return new Document(DocumentId.of(hostId), DocumentNumber.parse(String.format("%02d/UBND-VX", number)),
        "Công văn", issuedOn, "Về việc triển khai Đề án 06 trên địa bàn tỉnh", "Hà Sỹ Đồng",
        "UBND tỉnh Quảng Trị", Optional.empty(), Optional.empty());
  }

  /** The instant at {@code time} on {@code date} in Vietnam. */
  public static Instant at(LocalDate date, LocalTime time) {
    return date.atTime(time).atZone(VIETNAM).toInstant();
  }

  /** 09:00 on {@code date} in Vietnam: office hours. */
  public static Instant morningOf(LocalDate date) {
    return at(date, LocalTime.of(9, 0));
  }

  /** Shorthand for {@code LocalDate.of(2026, month, day)}. */
  public static LocalDate d2026(int month, int day) {
    return LocalDate.of(2026, month, day);
  }
}
