package dev.theodoi.application;

import dev.theodoi.domain.directory.OfficialId;
import dev.theodoi.domain.document.DocumentId;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.Set;

/** Chuyển nội bộ: the clerk forwards an issued document to one or more office specialists. */
public record ForwardDocumentCommand(@NotNull DocumentId document, @NotEmpty Set<OfficialId> specialists) {}
