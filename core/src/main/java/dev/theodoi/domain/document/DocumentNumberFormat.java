package dev.theodoi.domain.document;

/** The shapes of a document's number and symbol (số và ký hiệu), per Decree 30/2020/NĐ-CP. */
public enum DocumentNumberFormat {
  /** Legal documents: number/year/type-issuer, e.g. {@code 23/2016/QĐ-UBND}, {@code 45/2019/QH14}. */
  LEGAL,
  /** Administrative documents: number/type-issuer, e.g. {@code 15/QĐ-BNV}. */
  ADMINISTRATIVE,
  /** Công văn (letters), which carry no type code: number/issuer, e.g. {@code 12/UBND-VX}. */
  LETTER,
  /** Party documents put the type after the number: number-type/issuer, e.g. {@code 57-NQ/TW}. */
  PARTY
}
