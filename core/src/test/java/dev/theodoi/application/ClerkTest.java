package dev.theodoi.application;

import static dev.theodoi.testing.Fixtures.d2026;
import static dev.theodoi.testing.Province.CLERK;
import static dev.theodoi.testing.Province.HEALTH_OFFICIAL;
import static dev.theodoi.testing.Province.OFFICE_LEADER;
import static dev.theodoi.testing.Province.SPECIALIST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.theodoi.domain.directory.OfficialId;
import dev.theodoi.domain.document.Document;
import dev.theodoi.domain.document.DocumentId;
import dev.theodoi.port.Forwarding;
import dev.theodoi.testing.Fixtures;
import dev.theodoi.testing.Province;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Văn thư: register issued documents and forward them (Chuyển nội bộ). */
class ClerkTest {
  private final Province province = new Province();
  private final Theodoi theodoi = province.theodoi;
  private final Document doc = Fixtures.directive("vb-1", 1, d2026(1, 5));

  @Test
  void theClerkForwardsAnIssuedDocumentToTheSpecialistWhoDraftedIt() {
    theodoi.documents().register(CLERK, doc);
    assertThat(theodoi.documents().notForwarded(CLERK)).containsExactly(doc);

    List<Forwarding> made = theodoi.documents().forward(CLERK,
        new ForwardDocumentCommand(doc.id(), Set.of(Fixtures.SPECIALIST.id())));

    assertThat(made).singleElement().satisfies(f -> {
      assertThat(f.specialist()).isEqualTo(Fixtures.SPECIALIST.id());
      assertThat(f.forwardedBy()).isEqualTo(Fixtures.CLERK.id());
      assertThat(f.forwardedAt()).isEqualTo(province.clock.instant());
    });
    assertThat(theodoi.documents().notForwarded(OFFICE_LEADER)).isEmpty();
    assertThat(theodoi.documents().forwardedToMe(SPECIALIST)).containsExactly(doc);
  }

  @Test
  void onlyOfficeClerksRegisterAndForward() {
    assertThatThrownBy(() -> theodoi.documents().register(SPECIALIST, doc))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("cv-minh")
        .hasMessageContaining("REGISTER_DOCUMENT");
    theodoi.documents().register(CLERK, doc);

    assertThatThrownBy(() -> theodoi.documents().forward(HEALTH_OFFICIAL,
        new ForwardDocumentCommand(doc.id(), Set.of(Fixtures.SPECIALIST.id()))))
        .isInstanceOfSatisfying(AccessDeniedException.class, e -> {
          assertThat(e.action()).isEqualTo(Action.FORWARD_DOCUMENT);
          assertThat(e.actor()).isEqualTo(HEALTH_OFFICIAL);
        });
    assertThatThrownBy(() -> theodoi.documents().notForwarded(HEALTH_OFFICIAL))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> theodoi.documents().forwardedToMe(CLERK)).isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void aDocumentGoesOnlyToOfficeSpecialistsThatExist() {
    theodoi.documents().register(CLERK, doc);

    assertThatThrownBy(() -> theodoi.documents().forward(CLERK, new ForwardDocumentCommand(doc.id(),
        Set.of(Fixtures.HEALTH_OFFICIAL.id()))))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
            .containsExactly(Violation.of("specialists", "official.lacks.role", "syt-cv", "Chuyên viên")));
    assertThatThrownBy(() -> theodoi.documents().forward(CLERK, new ForwardDocumentCommand(DocumentId.of("x"),
        Set.of(OfficialId.of("ghost")))))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).extracting(Violation::code)
            .containsExactly("unknown.document", "unknown.official"));
    assertThat(theodoi.documents().forwardedToMe(SPECIALIST)).isEmpty();
  }

  @Test
  void forwardingToNobodyIsRefused() {
    theodoi.documents().register(CLERK, doc);

    assertThatThrownBy(() -> theodoi.documents().forward(CLERK, new ForwardDocumentCommand(doc.id(), Set.of())))
        .isInstanceOfSatisfying(ValidationException.class,
            e -> assertThat(e.violations()).containsExactly(Violation.of("specialists", "empty")));
  }
}
