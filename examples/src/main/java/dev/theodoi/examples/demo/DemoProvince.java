package dev.theodoi.examples.demo;

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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * A realistic province for the walkthrough: the provincial office with its clerk, specialists and leaders; ten
 * departments, agencies and communes with a leader and officials each; 24 documents of 2026 with numbers in every
 * format, some issued just before Tết and National Day.
 */
public final class DemoProvince {
  public final List<Unit> units = new ArrayList<>();
  public final List<Official> officials = new ArrayList<>();
  public final List<Document> documents = new ArrayList<>();

  public final Unit office = unit("vp-ubnd", "VP-UBND", "Văn phòng UBND tỉnh", UnitKind.OFFICE);
  public final Official clerk = official("vt-lan", "Trần Thị Lan", office, Role.CLERK);
  public final Official specialistMinh = official("cv-minh", "Lê Văn Minh", office, Role.SPECIALIST);
  public final Official specialistHoa = official("cv-hoa", "Phạm Thị Hoà", office, Role.SPECIALIST);
  public final Official chairman = official("ld-hung", "Võ Văn Hưng", office, Role.LEADER);
  public final Official viceChairman = official("ld-dong", "Hà Sỹ Đồng", office, Role.LEADER);

  /** The assignee units, in order. */
  public final List<Unit> assignees = new ArrayList<>();

  public DemoProvince() {
    String[][] units = {
        {"syt", "SYT", "Sở Y tế", "department", "Nguyễn Đức Thắng", "Đặng Thị Đào", "Lê Quang Vinh"},
        {"sgddt", "SGDĐT", "Sở Giáo dục và Đào tạo", "department", "Hoàng Văn Đức", "Bùi Thị Ngọc Ánh", "Trương Minh Khoa"},
        {"snnmt", "SNNMT", "Sở Nông nghiệp và Môi trường", "department", "Phan Văn Lực", "Ngô Thị Hằng", "Đinh Công Tuấn"},
        {"sxd", "SXD", "Sở Xây dựng", "department", "Trịnh Quốc Bảo", "Vũ Thị Thu Hà", "Lâm Văn Sơn"},
        {"stc", "STC", "Sở Tài chính", "department", "Đoàn Thị Kim Oanh", "Mai Xuân Trường", "Tạ Thị Yến"},
        {"snv", "SNV", "Sở Nội vụ", "department", "Lý Văn Hải", "Châu Thị Mỹ Linh", "Kiều Đăng Khoa"},
        {"cat", "CAT", "Công an tỉnh", "agency", "Đại tá Nguyễn Văn Hùng", "Trần Quốc Việt", "Phùng Thị Hoa"},
        {"p-dong-ha", "PĐH", "UBND phường Đông Hà", "commune", "Lương Quang Định", "Đỗ Thị Huyền", "Hồ Sĩ Nguyên"},
        {"x-khe-sanh", "XKS", "UBND xã Khe Sanh", "commune", "Hồ Văn Lâm", "Pả Thị Nhung", "Ăm Văn Dũng"},
        {"x-cua-tung", "XCT", "UBND xã Cửa Tùng", "commune", "Nguyễn Thị Ơn", "Lê Văn Ưng", "Võ Thị Ngọc Ẩn"},
    };
    for (String[] u : units) {
      Unit unit = unit(u[0], u[1], u[2], UnitKind.of(u[3]));
      assignees.add(unit);
      official(u[0] + "-ld", u[4], unit, Role.LEADER);
      official(u[0] + "-cv1", u[5], unit, Role.SPECIALIST);
      official(u[0] + "-cv2", u[6], unit, Role.SPECIALIST);
    }
    Object[][] docs = {
        {"02/CT-UBND", "Chỉ thị", "2026-01-06", "Về tăng cường công tác phòng, chống dịch bệnh mùa Đông Xuân"},
        {"15/KH-UBND", "Kế hoạch", "2026-01-12", "Kế hoạch triển khai Nghị quyết phát triển kinh tế - xã hội năm 2026"},
        {"01/2026/QĐ-UBND", "Quyết định", "2026-01-20", "Ban hành Quy chế theo dõi, đôn đốc thực hiện nhiệm vụ UBND tỉnh giao"},
        {"245/UBND-VX", "Công văn", "2026-02-04", "Về việc bảo đảm an toàn thực phẩm dịp Tết Nguyên đán Bính Ngọ"},
        {"05/CT-UBND", "Chỉ thị", "2026-02-10", "Về tổ chức đón Tết Nguyên đán Bính Ngọ vui tươi, an toàn, tiết kiệm"},
        {"312/UBND-KT", "Công văn", "2026-02-12", "Về việc giải ngân vốn đầu tư công ngay sau Tết"},
        {"48/KH-UBND", "Kế hoạch", "2026-03-02", "Kế hoạch phòng, chống dịch bệnh truyền nhiễm năm 2026"},
        {"07/2026/QĐ-UBND", "Quyết định", "2026-03-10", "Quy định quản lý cây xanh đô thị trên địa bàn tỉnh"},
        {"05-CT/TU", "Chỉ thị", "2026-03-16", "Về lãnh đạo công tác chuyển đổi số trong cơ quan Đảng, chính quyền"},
        {"520/QĐ-UBND", "Quyết định", "2026-03-25", "Phê duyệt Đề án sắp xếp đơn vị sự nghiệp công lập"},
        {"06/TB-UBND", "Thông báo", "2026-04-08", "Kết luận của Chủ tịch UBND tỉnh tại buổi làm việc với ngành Y tế"},
        {"701/UBND-NN", "Công văn", "2026-04-21", "Về chủ động ứng phó hạn hán, xâm nhập mặn"},
        {"89/KH-UBND", "Kế hoạch", "2026-05-05", "Kế hoạch phòng, chống thiên tai và tìm kiếm cứu nạn năm 2026"},
        {"11/2026/QĐ-UBND", "Quyết định", "2026-05-18", "Ban hành bảng giá đất điều chỉnh"},
        {"956/UBND-TH", "Công văn", "2026-06-01", "Về thực hiện Đề án 06 về dữ liệu dân cư"},
        {"08/CT-UBND", "Chỉ thị", "2026-06-15", "Về tăng cường kỷ luật, kỷ cương hành chính"},
        {"1105/QĐ-UBND", "Quyết định", "2026-07-01", "Giao chỉ tiêu tuyển sinh năm học 2026–2027"},
        {"1187/UBND-VX", "Công văn", "2026-07-13", "Về chuẩn bị cơ sở vật chất cho năm học mới"},
        {"125/KH-UBND", "Kế hoạch", "2026-08-03", "Kế hoạch tổ chức Lễ kỷ niệm Quốc khánh 2/9"},
        {"1342/UBND-NC", "Công văn", "2026-08-24", "Về bảo đảm an ninh trật tự dịp Quốc khánh"},
        {"14/TB-UBND", "Thông báo", "2026-08-27", "Lịch trực lãnh đạo dịp nghỉ lễ Quốc khánh 2/9"},
        {"1490/UBND-KT", "Công văn", "2026-09-07", "Về đẩy nhanh tiến độ giải ngân vốn đầu tư công quý III"},
        {"160/KH-UBND", "Kế hoạch", "2026-09-21", "Kế hoạch cải cách hành chính quý IV năm 2026"},
        {"1655/QĐ-UBND", "Quyết định", "2026-10-05", "Phê duyệt phương án phòng, chống lũ, bão năm 2026"},
    };
    for (int i = 0; i < docs.length; i++) {
      String number = (String) docs[i][0];
      String issuer = number.endsWith("/TU") ? "Tỉnh ủy Quảng Trị" : "UBND tỉnh Quảng Trị";
      String signer = number.endsWith("/TU") ? "Bí thư Tỉnh ủy" : (i % 3 == 0 ? viceChairman.fullName() : chairman.fullName());
      documents.add(new Document(DocumentId.of(String.format("qlvb-2026-%03d", i + 1)), DocumentNumber.parse(number),
          (String) docs[i][1], LocalDate.parse((String) docs[i][2]), (String) docs[i][3], signer, issuer,
          i % 5 == 0 ? Optional.of(Urgency.URGENT) : Optional.empty(), Optional.empty()));
    }
  }

  private Unit unit(String id, String code, String name, UnitKind kind) {
    Unit u = new Unit(UnitId.of(id), code, name, kind);
    units.add(u);
    return u;
  }

  private Official official(String id, String name, Unit unit, Role role) {
    Official o = new Official(OfficialId.of(id), name, id + "@quangtri.gov.vn", unit.id(), EnumSet.of(role));
    officials.add(o);
    return o;
  }

  public Official leaderOf(Unit unit) {
    return officials.stream().filter(o -> o.unit().equals(unit.id()) && o.hasRole(Role.LEADER)).findFirst().orElseThrow();
  }

  public Official officialOf(Unit unit, int n) {
    return officials.stream().filter(o -> o.unit().equals(unit.id()) && o.hasRole(Role.SPECIALIST))
        .skip(n).findFirst().orElseThrow();
  }

  public Unit unit(UnitId id) {
    return units.stream().filter(u -> u.id().equals(id)).findFirst().orElseThrow();
  }
}
