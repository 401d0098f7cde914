package dev.theodoi.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;

/**
 * Writes a {@code theodoi/1} file of N tasks with the shape of a real tracking system, streaming (never the whole
 * file in memory): 60 units (45 departments and agencies, 15 communes), 5 years of documents (2022–2026, a third
 * as many as tasks), one lead unit and on average two coordinating units per task, progress reports, extensions
 * on 5%, completions on time and late, 1% withdrawn, Vietnamese text. Same seed, same file.
 */
public final class DataGenerator {
  public static final int UNITS = 60;
  static final LocalDate FIRST_ISSUE = LocalDate.of(2022, 1, 3);
  static final LocalDate LAST_DAY = LocalDate.of(2026, 12, 31);
  private static final String[] DEPARTMENTS = {"Sở Y tế", "Sở Giáo dục và Đào tạo", "Sở Tài chính", "Sở Xây dựng",
      "Sở Nội vụ", "Sở Tư pháp", "Sở Công Thương", "Sở Nông nghiệp và Môi trường", "Sở Văn hóa, Thể thao và Du lịch",
      "Sở Khoa học và Công nghệ", "Sở Dân tộc và Tôn giáo", "Thanh tra tỉnh", "Công an tỉnh", "Bộ Chỉ huy Quân sự tỉnh",
      "Ban Quản lý Khu kinh tế"};
  private static final String[] COMMUNES = {"Đông Hà", "Khe Sanh", "Cửa Tùng", "Hướng Hóa", "Gio Linh", "Vĩnh Linh",
      "Triệu Phong", "Hải Lăng", "Cam Lộ", "Đakrông", "Cồn Cỏ", "Ái Tử", "Diên Sanh", "Krông Klang", "Lao Bảo"};

  private DataGenerator() {}

  static String unitId(int u) {
    return String.format("u%02d", u);
  }

  static String officialId(int u, int k) {
    return String.format("o-u%02d-%d", u, k);
  }

  /** Writes the file; returns the number of documents. */
  public static int write(Path file, int tasks, long seed) throws IOException {
    Random r = new Random(seed);
    int documents = Math.max(1, tasks / 3);
    long span = FIRST_ISSUE.until(LocalDate.of(2026, 12, 15)).toTotalMonths() * 30;
    try (Writer w = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 20)) {
      w.write("{\"format\":\"theodoi/1\",\"directory\":{\"units\":[");
      w.write("{\"id\":\"vp\",\"code\":\"VP\",\"name\":\"Văn phòng UBND tỉnh\",\"kind\":\"office\"}");
      for (int u = 0; u < UNITS; u++) {
        boolean commune = u >= 45;
        String name = commune ? "UBND xã " + COMMUNES[u - 45] : DEPARTMENTS[u % DEPARTMENTS.length] + (u >= 15 ? " (" + u + ")" : "");
        w.write(",{\"id\":\"" + unitId(u) + "\",\"code\":\"U" + u + "\",\"name\":\"" + name + "\",\"kind\":\""
            + (commune ? "commune" : "department") + "\"}");
      }
      w.write("],\"officials\":[{\"id\":\"cv\",\"fullName\":\"Lê Văn Minh\",\"email\":\"cv@qt.gov.vn\",\"unit\":\"vp\","
          + "\"roles\":[\"SPECIALIST\"]},{\"id\":\"ld\",\"fullName\":\"Võ Văn Hưng\",\"email\":\"ld@qt.gov.vn\","
          + "\"unit\":\"vp\",\"roles\":[\"LEADER\"]}");
      for (int u = 0; u < UNITS; u++) {
        for (int k = 0; k < 3; k++) {
          w.write(",{\"id\":\"" + officialId(u, k) + "\",\"fullName\":\"Nguyễn Thị Đào " + u + "-" + k
              + "\",\"email\":\"" + officialId(u, k) + "@qt.gov.vn\",\"unit\":\"" + unitId(u) + "\",\"roles\":[\""
              + (k == 0 ? "LEADER" : "SPECIALIST") + "\"]}");
        }
      }
      w.write("]},\"documents\":[");
      LocalDate[] issued = new LocalDate[documents];
      int[] perYear = new int[3000];
      for (int d = 0; d < documents; d++) {
        issued[d] = FIRST_ISSUE.plusDays((long) ((double) d / documents * span));
        int number = ++perYear[issued[d].getYear()];
        w.write((d == 0 ? "" : ",") + "{\"id\":\"d" + d + "\",\"number\":\"" + (number < 10 ? "0" + number : number)
            + "/UBND-VX\",\"type\":\"Công văn\",\"issuedOn\":\"" + issued[d] + "\",\"summary\":\"Về việc triển khai"
            + " nhiệm vụ phát triển kinh tế - xã hội, bảo đảm quốc phòng, an ninh (văn bản " + d + ")\",\"signer\":"
            + "\"Võ Văn Hưng\",\"issuingBody\":\"UBND tỉnh Quảng Trị\"}");
      }
      w.write("],\"tasks\":[");
      StringBuilder sb = new StringBuilder(4096);
      for (int i = 0; i < tasks; i++) {
        sb.setLength(0);
        int d = Math.min(documents - 1, (int) ((long) i * documents / tasks));
        task(sb, r, i, d, issued[d]);
        w.write(i == 0 ? "" : ",");
        w.write(sb.toString());
      }
      w.write("]}");
    }
    return documents;
  }

  private static String at(LocalDate day, int hour) {
    return day + "T" + (hour < 10 ? "0" : "") + hour + ":00:00+07:00";
  }

  private static void task(StringBuilder sb, Random r, int i, int doc, LocalDate issued) {
    LocalDate created = issued.plusDays(1);
    boolean noDeadline = r.nextInt(10) == 0;
    LocalDate deadline = created.plusDays(7 + r.nextInt(114));
    int lead = r.nextInt(UNITS);
    sb.append("{\"id\":\"t").append(String.format("%07d", i)).append("\",\"document\":\"d").append(doc)
        .append("\",\"trackingContent\":\"Tổ chức thực hiện, báo cáo kết quả nhiệm vụ số ").append(i)
        .append(" về cải cách hành chính, chuyển đổi số\",\"directionContent\":\"Giao đơn vị chủ trì, phối hợp thực hiện,"
            + " báo cáo UBND tỉnh\",\"directingLeader\":\"ld\",\"trackingSpecialist\":\"cv\",\"deadline\":")
        .append(noDeadline ? "null" : "\"" + deadline + "\"").append(",\"assignments\":[");
    int coordinating = r.nextInt(5);
    java.util.LinkedHashSet<Integer> units = new java.util.LinkedHashSet<>();
    units.add(lead);
    while (units.size() < coordinating + 1) {
      units.add(r.nextInt(UNITS));
    }
    boolean extended = !noDeadline && r.nextInt(20) == 0;
    LocalDate effective = extended ? deadline.plusDays(30) : deadline;
    boolean first = true;
    for (int u : units) {
      boolean isLead = u == lead;
      sb.append(first ? "" : ",").append("{\"unit\":\"").append(unitId(u)).append("\",\"responsibility\":\"")
          .append(isLead ? "LEAD" : "COORDINATING").append("\",\"assignees\":[\"").append(officialId(u, 1 + r.nextInt(2)))
          .append("\"]");
      first = false;
      int reports = isLead ? r.nextInt(3) : 0;
      if (reports > 0) {
        sb.append(",\"reports\":[");
        for (int k = 0; k < reports; k++) {
          LocalDate on = created.plusDays(3 + 10L * k);
          if (on.isAfter(LAST_DAY)) {
            on = LAST_DAY;
          }
          sb.append(k == 0 ? "" : ",").append("{\"author\":\"").append(officialId(u, 1))
              .append("\",\"reportedAt\":\"").append(at(on, 16)).append("\",\"text\":\"Đơn vị đã xây dựng kế hoạch,"
                  + " phân công cán bộ; tiến độ đạt khoảng ").append(30 * (k + 1)).append("%.\"}");
        }
        sb.append("]");
      }
      if (r.nextInt(100) < (isLead ? 65 : 50)) {
        LocalDate done = noDeadline ? created.plusDays(10 + r.nextInt(100))
            : r.nextInt(10) < 7 ? effective.minusDays(r.nextInt(15)) : effective.plusDays(1 + r.nextInt(30));
        if (done.isBefore(created)) {
          done = created;
        }
        LocalDate reported = done.plusDays(r.nextInt(3));
        if (!reported.isAfter(LAST_DAY)) {
          sb.append(",\"completions\":[{\"completedOn\":\"").append(done).append("\",\"reportedBy\":\"")
              .append(officialId(u, 1)).append("\",\"reportedAt\":\"").append(at(reported, 10)).append("\"}]");
        }
      }
      sb.append("}");
    }
    sb.append("]");
    if (extended) {
      LocalDate asked = deadline.minusDays(3).isAfter(created) ? deadline.minusDays(3) : created;
      sb.append(",\"extensions\":[{\"requestedDeadline\":\"").append(effective).append("\",\"reason\":\"Cần thêm thời"
          + " gian phối hợp\",\"requestedBy\":\"").append(officialId(lead, 0)).append("\",\"requestedAt\":\"")
          .append(at(asked, 9)).append("\",\"decision\":{\"verdict\":\"APPROVED\",\"decidedBy\":\"ld\",\"decidedAt\":\"")
          .append(at(asked.plusDays(1), 15)).append("\"}}]");
    }
    if (r.nextInt(100) == 0) {
      sb.append(",\"withdrawal\":{\"withdrawnBy\":\"cv\",\"withdrawnAt\":\"").append(at(created.plusDays(5), 11))
          .append("\",\"reason\":\"Trùng với nhiệm vụ khác\"}");
    }
    sb.append(",\"createdBy\":\"cv\",\"createdAt\":\"").append(at(created, 9)).append("\"}");
  }
}
