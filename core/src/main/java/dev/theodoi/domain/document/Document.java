package dev.theodoi.domain.document;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.theodoi.domain.internal.Texts;
import java.time.LocalDate;
import java.util.Optional;

/**
 * An issued directive document (văn bản) that tasks are tracked on. The host owns documents; the library
 * keeps what it needs to track them.
 *
 * @param id the host's identifier
 * @param number number and symbol; a legal number's year must be the issue year
 * @param type the document type in words, e.g. {@code Quyết định}, {@code Công văn}
 * @param issuedOn issue date (ngày ban hành), a calendar date in Vietnam
 * @param summary trích yếu
 * @param signer người ký, e.g. {@code Võ Văn Hưng}
 * @param issuingBody cơ quan ban hành, e.g. {@code UBND tỉnh Quảng Trị}
 * @param urgency độ khẩn, if any
 * @param secrecy độ mật, if any
 */
public record Document(
    DocumentId id,
    DocumentNumber number,
    String type,
    LocalDate issuedOn,
    String summary,
    String signer,
    String issuingBody,
    Optional<Urgency> urgency,
    Optional<Secrecy> secrecy) {

  public Document {
    checkNotNull(id, "document id is required");
    checkNotNull(number, "document number is required");
    Texts.requireText(type, "document type");
    checkNotNull(issuedOn, "issue date is required");
    Texts.requireText(summary, "summary");
    Texts.requireText(signer, "signer");
    Texts.requireText(issuingBody, "issuing body");
    checkNotNull(urgency, "urgency must be an Optional, not null");
    checkNotNull(secrecy, "secrecy must be an Optional, not null");
    number.year().ifPresent(y -> checkArgument(y == issuedOn.getYear(),
        "number %s carries year %s but the document was issued on %s", number, y, issuedOn));
  }

  /** The year numbering restarts in: the issue year. With the issuer and number it identifies a document. */
  public int numberingYear() {
    return issuedOn.getYear();
  }
}
