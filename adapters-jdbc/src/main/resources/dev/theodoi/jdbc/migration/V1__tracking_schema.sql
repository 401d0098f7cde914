-- theodoi tracking schema, version 1.
-- Placeholders, set by JdbcStore for the database it runs on:
--   ${prefix}  table prefix (default theodoi_)     ${text}     long text type
--   ${ts}      UTC timestamp, microseconds          ${identity} auto-generated BIGINT key
--   ${options} table options (MariaDB: utf8mb4, binary collation)
-- Instants are stored as UTC timestamps without zone; dates as DATE.

CREATE TABLE ${prefix}document (
  id             VARCHAR(200) NOT NULL,
  number_text    VARCHAR(100) NOT NULL,
  doc_type       VARCHAR(200) NOT NULL,
  issued_on      DATE         NOT NULL,
  numbering_year INT          NOT NULL,
  summary        ${text}      NOT NULL,
  signer         VARCHAR(500) NOT NULL,
  issuing_body   VARCHAR(500) NOT NULL,
  urgency        VARCHAR(20),
  secrecy        VARCHAR(20),
  CONSTRAINT ${prefix}document_pk PRIMARY KEY (id),
  CONSTRAINT ${prefix}document_number_uk UNIQUE (issuing_body, numbering_year, number_text),
  CONSTRAINT ${prefix}document_urgency_ck CHECK (urgency IN ('FLASH', 'IMMEDIATE', 'URGENT')),
  CONSTRAINT ${prefix}document_secrecy_ck CHECK (secrecy IN ('TOP_SECRET', 'SECRET', 'CONFIDENTIAL'))
) ${options};

CREATE TABLE ${prefix}forwarding (
  document_id   VARCHAR(200) NOT NULL,
  specialist_id VARCHAR(200) NOT NULL,
  forwarded_by  VARCHAR(200) NOT NULL,
  forwarded_at  ${ts}        NOT NULL,
  CONSTRAINT ${prefix}forwarding_pk PRIMARY KEY (document_id, specialist_id),
  CONSTRAINT ${prefix}forwarding_document_fk FOREIGN KEY (document_id) REFERENCES ${prefix}document (id)
) ${options};
CREATE INDEX ${prefix}forwarding_specialist_ix ON ${prefix}forwarding (specialist_id);

CREATE TABLE ${prefix}task (
  id                  VARCHAR(200) NOT NULL,
  document_id         VARCHAR(200) NOT NULL,
  tracking_content    ${text}      NOT NULL,
  direction_content   ${text}      NOT NULL,
  directing_leader    VARCHAR(200) NOT NULL,
  tracking_specialist VARCHAR(200) NOT NULL,
  deadline            DATE,
  created_by          VARCHAR(200) NOT NULL,
  created_at          ${ts}        NOT NULL,
  withdrawn_by        VARCHAR(200),
  withdrawn_at        ${ts},
  withdrawal_reason   ${text},
  version             BIGINT       NOT NULL,
  CONSTRAINT ${prefix}task_pk PRIMARY KEY (id),
  CONSTRAINT ${prefix}task_document_fk FOREIGN KEY (document_id) REFERENCES ${prefix}document (id),
  CONSTRAINT ${prefix}task_version_ck CHECK (version >= 1),
  CONSTRAINT ${prefix}task_withdrawal_ck CHECK (
    (withdrawn_at IS NULL AND withdrawn_by IS NULL AND withdrawal_reason IS NULL)
    OR (withdrawn_at IS NOT NULL AND withdrawn_by IS NOT NULL AND withdrawal_reason IS NOT NULL))
) ${options};
CREATE INDEX ${prefix}task_document_ix ON ${prefix}task (document_id, created_at);
CREATE INDEX ${prefix}task_leader_ix ON ${prefix}task (directing_leader, created_at);
CREATE INDEX ${prefix}task_specialist_ix ON ${prefix}task (tracking_specialist, created_at);
CREATE INDEX ${prefix}task_created_ix ON ${prefix}task (created_at);

-- One row per unit of a task. lead_marker is 'Y' on the lead unit's row and NULL elsewhere, so the unique
-- constraint allows at most one lead per task.
CREATE TABLE ${prefix}assignment (
  task_id        VARCHAR(200) NOT NULL,
  unit_id        VARCHAR(200) NOT NULL,
  responsibility VARCHAR(20)  NOT NULL,
  lead_marker    CHAR(1),
  ord            INT          NOT NULL,
  CONSTRAINT ${prefix}assignment_pk PRIMARY KEY (task_id, unit_id),
  CONSTRAINT ${prefix}assignment_task_fk FOREIGN KEY (task_id) REFERENCES ${prefix}task (id),
  CONSTRAINT ${prefix}assignment_one_lead_uk UNIQUE (task_id, lead_marker),
  CONSTRAINT ${prefix}assignment_lead_ck CHECK (
    (responsibility = 'LEAD' AND lead_marker = 'Y') OR (responsibility = 'COORDINATING' AND lead_marker IS NULL))
) ${options};
CREATE INDEX ${prefix}assignment_unit_ix ON ${prefix}assignment (unit_id, task_id);

CREATE TABLE ${prefix}assignee (
  task_id     VARCHAR(200) NOT NULL,
  unit_id     VARCHAR(200) NOT NULL,
  official_id VARCHAR(200) NOT NULL,
  ord         INT          NOT NULL,
  CONSTRAINT ${prefix}assignee_pk PRIMARY KEY (task_id, unit_id, official_id),
  CONSTRAINT ${prefix}assignee_assignment_fk FOREIGN KEY (task_id, unit_id)
    REFERENCES ${prefix}assignment (task_id, unit_id)
) ${options};
CREATE INDEX ${prefix}assignee_official_ix ON ${prefix}assignee (official_id, task_id, unit_id);

CREATE TABLE ${prefix}report (
  task_id         VARCHAR(200) NOT NULL,
  unit_id         VARCHAR(200) NOT NULL,
  seq             INT          NOT NULL,
  author_id       VARCHAR(200) NOT NULL,
  reported_at     ${ts}        NOT NULL,
  body            ${text}      NOT NULL,
  result_document VARCHAR(500),
  CONSTRAINT ${prefix}report_pk PRIMARY KEY (task_id, unit_id, seq),
  CONSTRAINT ${prefix}report_assignment_fk FOREIGN KEY (task_id, unit_id)
    REFERENCES ${prefix}assignment (task_id, unit_id)
) ${options};

CREATE TABLE ${prefix}completion (
  task_id         VARCHAR(200) NOT NULL,
  unit_id         VARCHAR(200) NOT NULL,
  seq             INT          NOT NULL,
  completed_on    DATE         NOT NULL,
  reported_by     VARCHAR(200) NOT NULL,
  reported_at     ${ts}        NOT NULL,
  result_document VARCHAR(500),
  review_outcome  VARCHAR(20),
  reviewed_by     VARCHAR(200),
  reviewed_at     ${ts},
  review_note     ${text},
  CONSTRAINT ${prefix}completion_pk PRIMARY KEY (task_id, unit_id, seq),
  CONSTRAINT ${prefix}completion_assignment_fk FOREIGN KEY (task_id, unit_id)
    REFERENCES ${prefix}assignment (task_id, unit_id),
  CONSTRAINT ${prefix}completion_review_ck CHECK (
    (review_outcome IS NULL AND reviewed_by IS NULL AND reviewed_at IS NULL)
    OR (review_outcome IN ('CONFIRMED', 'RETURNED') AND reviewed_by IS NOT NULL AND reviewed_at IS NOT NULL))
) ${options};

CREATE TABLE ${prefix}extension (
  task_id            VARCHAR(200) NOT NULL,
  seq                INT          NOT NULL,
  requested_deadline DATE         NOT NULL,
  reason             ${text}      NOT NULL,
  requested_by       VARCHAR(200) NOT NULL,
  requested_at       ${ts}        NOT NULL,
  verdict            VARCHAR(20),
  decided_by         VARCHAR(200),
  decided_at         ${ts},
  decision_note      ${text},
  CONSTRAINT ${prefix}extension_pk PRIMARY KEY (task_id, seq),
  CONSTRAINT ${prefix}extension_task_fk FOREIGN KEY (task_id) REFERENCES ${prefix}task (id),
  CONSTRAINT ${prefix}extension_decision_ck CHECK (
    (verdict IS NULL AND decided_by IS NULL AND decided_at IS NULL)
    OR (verdict IN ('APPROVED', 'REFUSED') AND decided_by IS NOT NULL AND decided_at IS NOT NULL))
) ${options};

CREATE TABLE ${prefix}history (
  id          ${identity},
  task_id     VARCHAR(200) NOT NULL,
  version     BIGINT       NOT NULL,
  kind        VARCHAR(40)  NOT NULL,
  actor_id    VARCHAR(200) NOT NULL,
  changed_at  ${ts}        NOT NULL,
  unit_id     VARCHAR(200),
  field_name  VARCHAR(200) NOT NULL,
  old_value   ${text},
  new_value   ${text},
  CONSTRAINT ${prefix}history_pk PRIMARY KEY (id)
) ${options};
CREATE INDEX ${prefix}history_task_ix ON ${prefix}history (task_id, id);

CREATE TABLE ${prefix}reminder (
  task_id  VARCHAR(200) NOT NULL,
  unit_id  VARCHAR(200) NOT NULL,
  step     VARCHAR(40)  NOT NULL,
  deadline DATE         NOT NULL,
  CONSTRAINT ${prefix}reminder_pk PRIMARY KEY (task_id, unit_id, step, deadline)
) ${options};
