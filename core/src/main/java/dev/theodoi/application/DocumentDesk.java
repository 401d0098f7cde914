package dev.theodoi.application;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.theodoi.domain.directory.Official;
import dev.theodoi.domain.directory.OfficialId;
import dev.theodoi.domain.directory.Role;
import dev.theodoi.domain.document.Document;
import dev.theodoi.domain.document.DocumentId;
import dev.theodoi.port.Forwarding;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The office clerk's work on issued documents (Phát hành văn bản → Chuyển nội bộ) and the specialist's list of
 * documents forwarded to them (Văn bản đi). Thread-safe.
 */
public final class DocumentDesk {
  private static final Logger LOG = LoggerFactory.getLogger(DocumentDesk.class);
  private final Support support;
  private final AccessRules access;

  DocumentDesk(Support support, AccessRules access) {
    this.support = support;
    this.access = access;
  }

  /**
   * Records an issued document so it can be forwarded and tracked. Office clerks only.
   *
   * @throws AccessDeniedException if the actor is not an office clerk
   * @throws dev.theodoi.port.DuplicateKeyException if the id, or the issuer, year and number, is taken
   */
  public Document register(Actor actor, Document document) {
    checkNotNull(actor, "actor is required");
    access.onlyOfficeClerks(actor, Action.REGISTER_DOCUMENT);
    if (document == null) {
      Support.Problems.refuse("document", "required");
    }
    support.inTransaction(() -> {
      support.store.documents().add(document);
      return null;
    });
    LOG.debug("{} registered document {} ({})", actor.official(), document.id(), document.number());
    return document;
  }

  /** Issued documents not forwarded to anyone yet, newest first. Office clerks and leaders. */
  public List<Document> notForwarded(Actor actor) {
    checkNotNull(actor, "actor is required");
    access.onlyOfficeClerksOrLeaders(actor, Action.LIST_UNFORWARDED_DOCUMENTS);
    return support.store.documents().notForwarded();
  }

  /**
   * Chuyển nội bộ: forwards a document to office specialists. Forwarding again to the same specialist does
   * nothing. Office clerks only.
   *
   * @return the forwardings made, one per specialist
   * @throws ValidationException if the document or a specialist is unknown, or a recipient is not an office
   *     specialist
   */
  public List<Forwarding> forward(Actor actor, ForwardDocumentCommand command) {
    checkNotNull(actor, "actor is required");
    access.onlyOfficeClerks(actor, Action.FORWARD_DOCUMENT);
    support.validate(command);
    return support.inTransaction(() -> {
      Support.Problems problems = new Support.Problems();
      if (support.store.documents().find(command.document()).isEmpty()) {
        problems.add("document", "unknown.document", command.document());
      }
      for (OfficialId id : command.specialists()) {
        Optional<Official> o = support.official(id);
        if (o.isEmpty()) {
          problems.add("specialists", "unknown.official", id);
        } else if (!o.get().hasRole(Role.SPECIALIST)
            || !support.directory.unit(o.get().unit()).map(u -> u.isOffice()).orElse(false)) {
          problems.add("specialists", "official.lacks.role", id, Role.SPECIALIST.vietnameseName());
        }
      }
      problems.throwIfAny();
      Instant now = support.now();
      List<Forwarding> made = new ArrayList<>();
      for (OfficialId id : command.specialists()) {
        made.add(new Forwarding(command.document(), id, actor.official(), now));
      }
      support.store.documents().forward(made);
      LOG.debug("{} forwarded {} to {}", actor.official(), command.document(), command.specialists());
      return List.copyOf(made);
    });
  }

  /** Văn bản đi: the documents forwarded to the acting specialist, newest first. Office specialists only. */
  public List<Document> forwardedToMe(Actor actor) {
    checkNotNull(actor, "actor is required");
    access.onlyOfficeSpecialists(actor, Action.LIST_FORWARDED_DOCUMENTS);
    return support.store.documents().forwardedTo(actor.official());
  }

  /** A document, for anyone who may see documents (every official; the host owns secrecy rules). */
  public Optional<Document> find(DocumentId id) {
    return support.store.documents().find(id);
  }
}
