-- theodoi schema, version 2: a copy of the host's directory, for hosts (and the command-line tool) that want
-- the library to keep one. Roles are stored as comma-separated codes (CLERK,SPECIALIST,LEADER).

CREATE TABLE ${prefix}unit (
  id   VARCHAR(200) NOT NULL,
  code VARCHAR(100) NOT NULL,
  name VARCHAR(500) NOT NULL,
  kind VARCHAR(40)  NOT NULL,
  CONSTRAINT ${prefix}unit_pk PRIMARY KEY (id),
  CONSTRAINT ${prefix}unit_code_uk UNIQUE (code)
) ${options};

CREATE TABLE ${prefix}official (
  id        VARCHAR(200) NOT NULL,
  full_name VARCHAR(500) NOT NULL,
  email     VARCHAR(320) NOT NULL,
  unit_id   VARCHAR(200) NOT NULL,
  roles     VARCHAR(100) NOT NULL,
  CONSTRAINT ${prefix}official_pk PRIMARY KEY (id),
  CONSTRAINT ${prefix}official_unit_fk FOREIGN KEY (unit_id) REFERENCES ${prefix}unit (id)
) ${options};
CREATE INDEX ${prefix}official_unit_ix ON ${prefix}official (unit_id);
