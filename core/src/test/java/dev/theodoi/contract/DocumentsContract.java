package dev.theodoi.contract;

import static dev.theodoi.testing.Fixtures.SPECIALIST;
import static dev.theodoi.testing.Fixtures.CLERK;
import static dev.theodoi.testing.Fixtures.OTHER_SPECIALIST;
import static dev.theodoi.testing.Fixtures.d2026;
import static dev.theodoi.testing.Fixtures.morningOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.theodoi.domain.document.Document;
import dev.theodoi.domain.document.DocumentId;
import dev.theodoi.domain.document.DocumentNumber;
import dev.theodoi.domain.document.Secrecy;
import dev.theodoi.domain.document.Urgency;
import dev.theodoi.port.DuplicateKeyException;
import dev.theodoi.port.Forwarding;
import dev.theodoi.port.NotFoundException;
import dev.theodoi.testing.Fixtures;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The contract of {@link dev.theodoi.port.Documents}. */
public abstract class DocumentsContract extends StoreContract {

  @Test
  void aDocumentReadsBackEqualWithItsVietnameseText() {
    Document d = new Document(DocumentId.of("vb-2026-001"), DocumentNumber.parse("1460/QĐ-TTg"), "Quyết định",
        d2026(3, 2), "Về việc phê duyệt Đề án \"Chuyển đổi số\" — giai đoạn 2026–2030; ưu tiên Đắk Lắk, Đồng Tháp",
        "Phạm Minh Chính", "Thủ tướng Chính phủ", Optional.of(Urgency.FLASH), Optional.of(Secrecy.CONFIDENTIAL));

    stored(d);

    assertThat(store.documents().find(d.id())).contains(d);
    assertThat(store.documents().find(DocumentId.of("missing"))).isEmpty();
  }

  @Test
  void aDocumentIdIsStoredOnce() {
    stored(directive("doc-1", 1));

    assertThatThrownBy(() -> stored(Fixtures.letter("doc-1", 7, d2026(1, 5))))
        .isInstanceOf(DuplicateKeyException.class);
  }

  @Test
  void theSameNumberOfTheSameIssuerInTheSameYearIsStoredOnce() {
    stored(directive("doc-1", 1));

    assertThatThrownBy(() -> stored(directive("doc-2", 1))).isInstanceOf(DuplicateKeyException.class);
    assertThat(store.documents().find(DocumentId.of("doc-2"))).isEmpty();
  }

  @Test
  void theSameLetterNumberInAnotherYearIsAnotherDocument() {
    stored(Fixtures.letter("a", 12, d2026(1, 5)));
    stored(Fixtures.letter("b", 12, java.time.LocalDate.of(2025, 3, 3)));

    assertThat(store.documents().find(DocumentId.of("b"))).isPresent();
  }

  @Test
  void forwardingMovesADocumentFromUnforwardedToTheSpecialistsList() {
    Document older = stored(Fixtures.directive("old", 1, d2026(1, 5)));
    Document newer = stored(Fixtures.directive("new", 2, d2026(2, 5)));

    assertThat(store.documents().notForwarded()).containsExactly(newer, older);

    tx(() -> {
      store.documents().forward(List.of(new Forwarding(older.id(), SPECIALIST.id(), CLERK.id(), morningOf(d2026(1, 6)))));
      return null;
    });

    assertThat(store.documents().notForwarded()).containsExactly(newer);
    assertThat(store.documents().forwardedTo(SPECIALIST.id())).containsExactly(older);
    assertThat(store.documents().forwardedTo(OTHER_SPECIALIST.id())).isEmpty();
    assertThat(store.documents().forwardingsOf(older.id()))
        .containsExactly(new Forwarding(older.id(), SPECIALIST.id(), CLERK.id(), morningOf(d2026(1, 6))));
  }

  @Test
  void forwardingTwiceToTheSameSpecialistIsANoOp() {
    Document d = stored(directive("doc-1", 1));
    Forwarding f = new Forwarding(d.id(), SPECIALIST.id(), CLERK.id(), morningOf(d2026(1, 6)));

    tx(() -> {
      store.documents().forward(List.of(f));
      store.documents().forward(List.of(new Forwarding(d.id(), SPECIALIST.id(), CLERK.id(), morningOf(d2026(1, 7)))));
      return null;
    });

    assertThat(store.documents().forwardingsOf(d.id())).containsExactly(f);
    assertThat(store.documents().forwardedTo(SPECIALIST.id())).containsExactly(d);
  }

  @Test
  void forwardingAnUnknownDocumentFails() {
    assertThatThrownBy(() -> tx(() -> {
      store.documents().forward(List.of(new Forwarding(DocumentId.of("nope"), SPECIALIST.id(), CLERK.id(),
          morningOf(d2026(1, 6)))));
      return null;
    })).isInstanceOf(NotFoundException.class);
  }

  @Test
  void allDocumentsComeInIdOrderPageByPage() {
    List<String> ids = List.of("b", "a-2", "A", "a-10", "Đ-1", "c");
    for (int i = 0; i < ids.size(); i++) {
      stored(Fixtures.letter(ids.get(i), 10 + i, d2026(1, 5)));
    }
    List<String> expected = List.of("A", "a-10", "a-2", "b", "c", "Đ-1");

    List<String> seen = new java.util.ArrayList<>();
    Optional<DocumentId> after = Optional.empty();
    for (List<Document> page = store.documents().page(after, 4); !page.isEmpty();
         page = store.documents().page(after, 4)) {
      page.forEach(d -> seen.add(d.id().value()));
      after = Optional.of(page.get(page.size() - 1).id());
    }

    assertThat(seen).isEqualTo(expected);
  }

  @Test
  void manyDocumentsAreAddedAndFoundAtOnce() {
    List<Document> docs = new java.util.ArrayList<>();
    for (int i = 1; i <= 30; i++) {
      docs.add(Fixtures.letter("bulk-" + i, i, d2026(1, 5)));
    }

    tx(() -> {
      store.documents().addAll(docs);
      return null;
    });

    var found = store.documents().findAll(List.of(DocumentId.of("bulk-7"), DocumentId.of("nope")));
    assertThat(found).containsOnlyKeys(DocumentId.of("bulk-7"));
    assertThat(found.get(DocumentId.of("bulk-7"))).isEqualTo(docs.get(6));
    assertThatThrownBy(() -> tx(() -> {
      store.documents().addAll(List.of(Fixtures.letter("fresh", 99, d2026(1, 5)), docs.get(0)));
      return null;
    })).isInstanceOf(DuplicateKeyException.class);
    assertThat(store.documents().find(DocumentId.of("fresh"))).isEmpty();
  }
}
