package dev.theodoi.domain.document;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A document's number and symbol (số và ký hiệu) in one of the four formats of {@link DocumentNumberFormat}.
 * {@link #parse(String)} reads one and {@link #toString()} prints it back exactly: Vietnamese letters
 * ({@code Đ}, {@code đ}) and mixed case ({@code QĐ-TTg}) are kept as written.
 *
 * <p>The number alone does not identify a document: numbering restarts every year and is unique per issuer
 * and year, so a document's identity is (issuer, year, number, symbol). Numbers below 10 are written with
 * two digits ({@code 05/…}), as Decree 30/2020/NĐ-CP requires; {@code parse} rejects {@code 5/…}.
 *
 * @param number the sequence number, at least 1
 * @param year the year written in the number (legal documents only), 1945 to 2100
 * @param typeCode the document type code ({@code QĐ}, {@code NQ}, …) when the format has one
 * @param issuer the issuer part of the symbol, e.g. {@code UBND}, {@code UBND-VX}, {@code TW}
 * @param format which of the four shapes this is
 */
public record DocumentNumber(
    int number, OptionalInt year, Optional<String> typeCode, String issuer, DocumentNumberFormat format) {

  /** Earliest year accepted in a legal document number. */
  public static final int MIN_YEAR = 1945;
  /** Latest year accepted in a legal document number. */
  public static final int MAX_YEAR = 2100;
  private static final int MAX_LENGTH = 100;

  /**
   * Type codes of Decree 30/2020/NĐ-CP (Appendix III) and of the Law on legal documents, as written.
   * A number/symbol whose first symbol part is one of these is administrative; otherwise it is a công văn.
   */
  public static final ImmutableSet<String> TYPE_CODES = ImmutableSet.of(
      "NQ", "QĐ", "CT", "QC", "QyĐ", "TB", "HD", "CTr", "KH", "PA", "ĐA", "DA", "BC", "BB", "TTr", "HĐ",
      "CĐ", "GUQ", "GM", "GGT", "GNP", "PG", "PC", "PB", "BGN", "BTT", "TC", "NĐ", "TT", "TTLT", "KL");

  public DocumentNumber {
    checkNotNull(year, "year must be an OptionalInt, not null");
    checkNotNull(typeCode, "type code must be an Optional, not null");
    checkNotNull(issuer, "issuer is required");
    checkNotNull(format, "format is required");
    checkArgument(number >= 1, "number must be at least 1, was %s", number);
    year.ifPresent(y -> checkArgument(y >= MIN_YEAR && y <= MAX_YEAR,
        "year %s out of range %s–%s", y, MIN_YEAR, MAX_YEAR));
    typeCode.ifPresent(t -> checkArgument(isWord(t), "type code '%s' must be letters and digits", t));
    checkArgument(isSymbol(issuer), "issuer '%s' must be letters and digits in parts joined by '-'", issuer);
    switch (format) {
      case LEGAL -> checkArgument(year.isPresent(), "a legal document number needs a year");
      case ADMINISTRATIVE -> {
        checkArgument(year.isEmpty(), "only legal document numbers carry a year");
        checkArgument(typeCode.isPresent() && TYPE_CODES.contains(typeCode.get()),
            "an administrative document number needs a known type code, was %s", typeCode);
      }
      case LETTER -> {
        checkArgument(year.isEmpty(), "only legal document numbers carry a year");
        checkArgument(typeCode.isEmpty(), "a công văn number has no type code");
        checkArgument(!TYPE_CODES.contains(firstPart(issuer)),
            "a công văn symbol must not start with a type code, was '%s'", issuer);
      }
      case PARTY -> {
        checkArgument(year.isEmpty(), "only legal document numbers carry a year");
        checkArgument(typeCode.isPresent(), "a Party document number needs a type code");
      }
    }
    if (format == DocumentNumberFormat.LEGAL) {
      typeCode.ifPresent(t -> checkArgument(TYPE_CODES.contains(t), "unknown type code '%s'", t));
    }
  }

  /**
   * Parses a number and symbol.
   *
   * @param text e.g. {@code 23/2016/QĐ-UBND}, {@code 15/QĐ-BNV}, {@code 12/UBND-VX} or {@code 57-NQ/TW}
   * @return the parsed number; never null
   * @throws InvalidDocumentNumberException naming what is wrong, for null, blank or malformed text
   */
  public static DocumentNumber parse(String text) {
    return new Parser(text == null ? "" : text).parse();
  }

  /** The document type code, if this format has one ({@code QĐ} for {@code 15/QĐ-BNV}). */
  public Optional<String> typeCode() {
    return typeCode;
  }

  /** The symbol (ký hiệu): everything after the number (and year), e.g. {@code QĐ-UBND} or {@code NQ/TW}. */
  public String symbol() {
    return switch (format) {
      case LEGAL -> typeCode.map(t -> t + "-" + issuer).orElse(issuer);
      case ADMINISTRATIVE -> typeCode.orElseThrow() + "-" + issuer;
      case LETTER -> issuer;
      case PARTY -> typeCode.orElseThrow() + "/" + issuer;
    };
  }

  /** The number as printed: two digits below 10 ({@code 05}). */
  public String numberText() {
    return number < 10 ? "0" + number : Integer.toString(number);
  }

  /** Prints the number and symbol exactly as {@link #parse} accepts it. */
  @Override
  public String toString() {
    return switch (format) {
      case LEGAL -> numberText() + "/" + year.getAsInt() + "/" + symbol();
      case ADMINISTRATIVE, LETTER -> numberText() + "/" + symbol();
      case PARTY -> numberText() + "-" + symbol();
    };
  }

  private static boolean isWord(String s) {
    return !s.isEmpty() && s.codePoints().allMatch(Character::isLetterOrDigit);
  }

  private static boolean isSymbol(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (String part : Splitter.on('-').split(s)) {
      if (!isWord(part)) {
        return false;
      }
    }
    return true;
  }

  private static String firstPart(String symbol) {
    int dash = symbol.indexOf('-');
    return dash < 0 ? symbol : symbol.substring(0, dash);
  }

  /** One parse of one input; each failure names the problem. */
  private static final class Parser {
    private final String input;

    Parser(String input) {
      this.input = input;
    }

    DocumentNumber parse() {
      if (input.isBlank()) {
        throw fail("document number is empty");
      }
      if (input.length() > MAX_LENGTH) {
        throw fail("longer than " + MAX_LENGTH + " characters");
      }
      if (input.codePoints().anyMatch(Character::isWhitespace)) {
        throw fail("must not contain white space");
      }
      int slash = input.indexOf('/');
      int dash = input.indexOf('-');
      if (slash < 0) {
        throw fail("missing '/' between number and symbol");
      }
      boolean party = dash > 0 && dash < slash && isDigits(input.substring(0, dash));
      return party ? parseParty(dash, slash) : parseSlashed(slash);
    }

    private DocumentNumber parseParty(int dash, int slash) {
      int number = number(input.substring(0, dash));
      String type = input.substring(dash + 1, slash);
      if (type.isEmpty()) {
        throw fail("missing type code between '-' and '/'");
      }
      checkWord(type, "type code");
      String issuer = input.substring(slash + 1);
      if (issuer.isEmpty()) {
        throw fail("missing issuer after '/'");
      }
      if (issuer.indexOf('/') >= 0) {
        throw fail("too many '/' for a Party document number");
      }
      checkSymbol(issuer);
      return new DocumentNumber(number, OptionalInt.empty(), Optional.of(type), issuer, DocumentNumberFormat.PARTY);
    }

    private DocumentNumber parseSlashed(int slash) {
      List<String> parts = Splitter.on('/').splitToList(input);
      int number = number(parts.get(0));
      if (parts.size() > 3) {
        throw fail("too many '/': expected number/symbol or number/year/symbol");
      }
      if (parts.size() == 3) {
        int year = year(parts.get(1));
        String symbol = parts.get(2);
        checkSymbol(symbol);
        String first = firstPart(symbol);
        boolean typed = TYPE_CODES.contains(first) && symbol.length() > first.length();
        if (TYPE_CODES.contains(first) && !typed) {
          throw fail("symbol '" + symbol + "' has a type code but no issuer");
        }
        return typed
            ? new DocumentNumber(number, OptionalInt.of(year), Optional.of(first),
                symbol.substring(first.length() + 1), DocumentNumberFormat.LEGAL)
            : new DocumentNumber(number, OptionalInt.of(year), Optional.empty(), symbol, DocumentNumberFormat.LEGAL);
      }
      String symbol = parts.get(1);
      if (isDigits(symbol)) {
        throw fail("missing symbol after the year");
      }
      checkSymbol(symbol);
      String first = firstPart(symbol);
      if (TYPE_CODES.contains(first)) {
        if (symbol.length() == first.length()) {
          throw fail("symbol '" + symbol + "' has a type code but no issuer");
        }
        return new DocumentNumber(number, OptionalInt.empty(), Optional.of(first),
            symbol.substring(first.length() + 1), DocumentNumberFormat.ADMINISTRATIVE);
      }
      return new DocumentNumber(number, OptionalInt.empty(), Optional.empty(), symbol, DocumentNumberFormat.LETTER);
    }

    private int number(String text) {
      if (text.isEmpty()) {
        throw fail("missing number before the symbol");
      }
      if (!isDigits(text)) {
        throw fail("number '" + text + "' must be digits");
      }
      if (text.length() > 7) {
        throw fail("number '" + text + "' is too large");
      }
      int n = Integer.parseInt(text);
      if (n == 0) {
        throw fail("number must be at least 1");
      }
      if (n < 10 && text.length() != 2) {
        throw fail("number " + n + " must be written with two digits: '0" + n + "'");
      }
      if (n >= 10 && text.charAt(0) == '0') {
        throw fail("number '" + text + "' must not have leading zeros");
      }
      return n;
    }

    private int year(String text) {
      if (!isDigits(text)) {
        throw fail("year '" + text + "' must be four digits");
      }
      if (text.length() != 4) {
        throw fail("year '" + text + "' must have four digits");
      }
      int year = Integer.parseInt(text);
      if (year < MIN_YEAR || year > MAX_YEAR) {
        throw fail("year " + year + " out of range " + MIN_YEAR + "–" + MAX_YEAR);
      }
      return year;
    }

    private void checkSymbol(String symbol) {
      if (symbol.isEmpty()) {
        throw fail("symbol after '/' is empty");
      }
      for (String part : Splitter.on('-').split(symbol)) {
        if (part.isEmpty()) {
          throw fail("empty part in symbol '" + symbol + "'");
        }
        checkWord(part, "symbol '" + symbol + "'");
      }
    }

    private void checkWord(String word, String where) {
      int bad = word.codePoints().filter(c -> !Character.isLetterOrDigit(c)).findFirst().orElse(-1);
      if (bad >= 0) {
        throw fail("unexpected character '" + Character.toString(bad) + "' in " + where);
      }
    }

    private static boolean isDigits(String s) {
      return !s.isEmpty() && s.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private InvalidDocumentNumberException fail(String problem) {
      return new InvalidDocumentNumberException(input, problem);
    }
  }
}
