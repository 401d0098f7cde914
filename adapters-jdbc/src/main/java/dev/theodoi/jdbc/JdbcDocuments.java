package dev.theodoi.jdbc;

import static dev.theodoi.jdbc.Sql.ts;

import dev.theodoi.domain.directory.OfficialId;
import dev.theodoi.domain.document.Document;
import dev.theodoi.domain.document.DocumentId;
import dev.theodoi.domain.document.DocumentNumber;
import dev.theodoi.domain.document.Secrecy;
import dev.theodoi.domain.document.Urgency;
import dev.theodoi.port.Documents;
import dev.theodoi.port.DuplicateKeyException;
import dev.theodoi.port.Forwarding;
import dev.theodoi.port.NotFoundException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** Documents and forwardings in {@code <prefix>document} and {@code <prefix>forwarding}. */
final class JdbcDocuments implements Documents {
  private final JdbcStore store;
  private final Sql sql;
  private final String insert;
  private final String byId;
  private final String byIds;
  private final String byNumber;
  private final String forwardingExists;
  private final String insertForwarding;
  private final String forwardingsOf;
  private final String notForwarded;
  private final String forwardedTo;
  private final String pageFirst;
  private final String pageAfter;

  JdbcDocuments(JdbcStore store, Sql sql) {
    this.store = store;
    this.sql = sql;
    String cols = "d.id, d.number_text, d.doc_type, d.issued_on, d.summary, d.signer, d.issuing_body, d.urgency, d.secrecy";
    String order = " ORDER BY d.issued_on DESC, d.id" + sql.dialect.binaryOrder();
    insert = sql.of("INSERT INTO ${p}document (id, number_text, doc_type, issued_on, numbering_year, summary, signer,"
        + " issuing_body, urgency, secrecy) VALUES (:id, :number, :type, :issuedOn, :year, :summary, :signer, :body,"
        + " :urgency, :secrecy)");
    byId = sql.of("SELECT " + cols + " FROM ${p}document d WHERE d.id = :id");
    byIds = sql.of("SELECT " + cols + " FROM ${p}document d WHERE " + sql.idIn("d.id"));
    byNumber = sql.of("SELECT d.id FROM ${p}document d WHERE d.issuing_body = :body AND d.numbering_year = :year"
        + " AND d.number_text = :number");
    forwardingExists = sql.of("SELECT COUNT(*) FROM ${p}forwarding WHERE document_id = :doc AND specialist_id = :to");
    insertForwarding = sql.of("INSERT INTO ${p}forwarding (document_id, specialist_id, forwarded_by, forwarded_at)"
        + " VALUES (:doc, :to, :by, :at)");
    forwardingsOf = sql.of("SELECT document_id, specialist_id, forwarded_by, forwarded_at FROM ${p}forwarding"
        + " WHERE document_id = :doc ORDER BY forwarded_at, specialist_id" + sql.dialect.binaryOrder());
    notForwarded = sql.of("SELECT " + cols + " FROM ${p}document d WHERE NOT EXISTS"
        + " (SELECT 1 FROM ${p}forwarding f WHERE f.document_id = d.id)" + order);
    String binary = sql.dialect.binaryOrder();
    pageFirst = sql.of("SELECT " + cols + " FROM ${p}document d ORDER BY d.id" + binary + " LIMIT :limit");
    pageAfter = sql.of("SELECT " + cols + " FROM ${p}document d WHERE d.id" + binary + " > :after ORDER BY d.id"
        + binary + " LIMIT :limit");
    forwardedTo = sql.of("SELECT " + cols + " FROM ${p}document d WHERE EXISTS (SELECT 1 FROM ${p}forwarding f"
        + " WHERE f.document_id = d.id AND f.specialist_id = :to)" + order);
  }

  @Override
  public void add(Document d) {
    store.write(h -> {
      if (h.createQuery(byId).bind("id", d.id().value()).map((rs, ctx) -> 1).findFirst().isPresent()) {
        throw new DuplicateKeyException("document " + d.id() + " is already stored");
      }
      Optional<String> same = h.createQuery(byNumber).bind("body", d.issuingBody()).bind("year", d.numberingYear())
          .bind("number", d.number().toString()).mapTo(String.class).findFirst();
      if (same.isPresent()) {
        throw new DuplicateKeyException("document " + d.number() + " of " + d.issuingBody() + " in "
            + d.numberingYear() + " is already stored as " + same.get());
      }
      return Sql.insert(() -> bind(h.createUpdate(insert), d).execute(), "document " + d.id());
    });
  }

  private static <S extends org.jdbi.v3.core.statement.SqlStatement<S>> S bind(S s, Document d) {
    return s.bind("id", d.id().value())
        .bind("number", d.number().toString())
        .bind("type", d.type())
        .bind("issuedOn", d.issuedOn())
        .bind("year", d.numberingYear())
        .bind("summary", d.summary())
        .bind("signer", d.signer())
        .bind("body", d.issuingBody())
        .bind("urgency", d.urgency().map(Enum::name).orElse(null))
        .bind("secrecy", d.secrecy().map(Enum::name).orElse(null));
  }

  @Override
  public java.util.Map<DocumentId, Document> findAll(java.util.Collection<DocumentId> ids) {
    return store.withHandle(h -> {
      java.util.Map<DocumentId, Document> found = new java.util.LinkedHashMap<>();
      for (List<String> chunk : com.google.common.collect.Lists.partition(ids.stream().map(DocumentId::value).toList(),
          500)) {
        sql.bindIds(h.createQuery(byIds), chunk).map((rs, ctx) -> document(rs)).forEach(d -> found.put(d.id(), d));
      }
      return found;
    });
  }

  @Override
  public void addAll(List<Document> documents) {
    if (documents.isEmpty()) {
      return;
    }
    store.write(h -> {
      var existing = findAll(documents.stream().map(Document::id).toList());
      if (!existing.isEmpty()) {
        throw new DuplicateKeyException("document " + existing.keySet().iterator().next() + " is already stored");
      }
      org.jdbi.v3.core.statement.PreparedBatch batch = h.prepareBatch(insert);
      for (Document d : documents) {
        bind(batch, d).add();
      }
      return Sql.insert(() -> batch.execute(), "a document of the batch (same id, or issuer, year and number)");
    });
  }

  @Override
  public Optional<Document> find(DocumentId id) {
    return store.withHandle(h -> h.createQuery(byId).bind("id", id.value()).map((rs, ctx) -> document(rs)).findFirst());
  }

  @Override
  public void forward(List<Forwarding> forwardings) {
    store.write(h -> {
      for (Forwarding f : forwardings) {
        if (h.createQuery(byId).bind("id", f.document().value()).map((rs, ctx) -> 1).findFirst().isEmpty()) {
          throw new NotFoundException("document", f.document().value());
        }
        int exists = h.createQuery(forwardingExists).bind("doc", f.document().value())
            .bind("to", f.specialist().value()).mapTo(Integer.class).one();
        if (exists == 0) {
          h.createUpdate(insertForwarding).bind("doc", f.document().value()).bind("to", f.specialist().value())
              .bind("by", f.forwardedBy().value()).bind("at", ts(f.forwardedAt())).execute();
        }
      }
      return null;
    });
  }

  @Override
  public List<Document> page(Optional<DocumentId> after, int limit) {
    return store.withHandle(h -> (after.isPresent()
            ? h.createQuery(pageAfter).bind("after", after.get().value())
            : h.createQuery(pageFirst))
        .bind("limit", limit).map((rs, ctx) -> document(rs)).list());
  }

  @Override
  public List<Forwarding> forwardingsOf(DocumentId document) {
    return store.withHandle(h -> h.createQuery(forwardingsOf).bind("doc", document.value())
        .map((rs, ctx) -> new Forwarding(DocumentId.of(rs.getString("document_id")),
            OfficialId.of(rs.getString("specialist_id")), OfficialId.of(rs.getString("forwarded_by")),
            Sql.instant(rs, "forwarded_at")))
        .list());
  }

  @Override
  public List<Document> notForwarded() {
    return store.withHandle(h -> h.createQuery(notForwarded).map((rs, ctx) -> document(rs)).list());
  }

  @Override
  public List<Document> forwardedTo(OfficialId specialist) {
    return store.withHandle(h -> h.createQuery(forwardedTo).bind("to", specialist.value())
        .map((rs, ctx) -> document(rs)).list());
  }

  private static Document document(ResultSet rs) throws SQLException {
    return new Document(DocumentId.of(rs.getString("id")), DocumentNumber.parse(rs.getString("number_text")),
        rs.getString("doc_type"), Sql.date(rs, "issued_on"), rs.getString("summary"), rs.getString("signer"),
        rs.getString("issuing_body"), Sql.text(rs, "urgency").map(Urgency::valueOf),
        Sql.text(rs, "secrecy").map(Secrecy::valueOf));
  }
}
