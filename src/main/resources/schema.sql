-- Docket's records. Portable between H2 and PostgreSQL; safe to run on every start.

CREATE TABLE IF NOT EXISTS document (
    id                VARCHAR(40)   PRIMARY KEY,
    sha256            CHAR(64)      NOT NULL,
    file_name         VARCHAR(1000) NOT NULL,
    source_path       VARCHAR(4000) NOT NULL,
    media_type        VARCHAR(200),
    size_bytes        BIGINT        NOT NULL,
    status            VARCHAR(20)   NOT NULL,
    duplicate_of      VARCHAR(40),
    quarantine_reason VARCHAR(2000),
    language          VARCHAR(8),
    page_count        INT           NOT NULL,
    safeguarding      BOOLEAN       NOT NULL,
    job_instance_id   BIGINT,
    received_at       TIMESTAMP     NOT NULL
);
CREATE INDEX IF NOT EXISTS document_sha256 ON document (sha256);
CREATE INDEX IF NOT EXISTS document_job ON document (job_instance_id);

CREATE TABLE IF NOT EXISTS page (
    document_id VARCHAR(40)      NOT NULL,
    page_no     INT              NOT NULL,
    text        VARCHAR(1000000) NOT NULL,
    confidence  DOUBLE PRECISION NOT NULL,
    method      VARCHAR(12)      NOT NULL,
    PRIMARY KEY (document_id, page_no)
);

CREATE TABLE IF NOT EXISTS classification (
    document_id   VARCHAR(40)      PRIMARY KEY,
    category      VARCHAR(60)      NOT NULL,
    confidence    DOUBLE PRECISION NOT NULL,
    margin        DOUBLE PRECISION NOT NULL,
    alternatives  VARCHAR(4000)    NOT NULL,
    explanation   VARCHAR(4000)    NOT NULL,
    flags         VARCHAR(400)     NOT NULL,
    flag_reasons  VARCHAR(4000)    NOT NULL,
    model_version VARCHAR(100)     NOT NULL
);

CREATE TABLE IF NOT EXISTS routing_decision (
    document_id VARCHAR(40)   PRIMARY KEY,
    route       VARCHAR(10)   NOT NULL,
    target      VARCHAR(100)  NOT NULL,
    reasons     VARCHAR(2000) NOT NULL,
    decided_by  VARCHAR(100)  NOT NULL,
    decided_at  TIMESTAMP     NOT NULL
);

CREATE TABLE IF NOT EXISTS outbox_delivery (
    document_id  VARCHAR(40)   PRIMARY KEY,
    target       VARCHAR(100)  NOT NULL,
    path         VARCHAR(4000) NOT NULL,
    delivered_at TIMESTAMP     NOT NULL
);

CREATE TABLE IF NOT EXISTS decision_record (
    id          VARCHAR(40)   PRIMARY KEY,
    document_id VARCHAR(40)   NOT NULL,
    kind        VARCHAR(40)   NOT NULL,
    actor       VARCHAR(100)  NOT NULL,
    detail      VARCHAR(4000) NOT NULL,
    recorded_at TIMESTAMP     NOT NULL
);
CREATE INDEX IF NOT EXISTS decision_record_document ON decision_record (document_id);

CREATE TABLE IF NOT EXISTS entity (
    document_id  VARCHAR(40)  NOT NULL,
    entity_type  VARCHAR(40)  NOT NULL,
    entity_value VARCHAR(400) NOT NULL,
    PRIMARY KEY (document_id, entity_type, entity_value)
);
CREATE INDEX IF NOT EXISTS entity_by_value ON entity (entity_value);

CREATE TABLE IF NOT EXISTS app_user (
    name          VARCHAR(100)  PRIMARY KEY,
    password_hash VARCHAR(200)  NOT NULL,
    role          VARCHAR(20)   NOT NULL,
    categories    VARCHAR(2000) NOT NULL,
    created_at    TIMESTAMP     NOT NULL
);

-- Which process runs a job execution, so one left STARTED by a crash can be told from one still running.
CREATE TABLE IF NOT EXISTS job_owner (
    job_execution_id BIGINT       PRIMARY KEY,
    host             VARCHAR(200) NOT NULL,
    pid              BIGINT       NOT NULL,
    started_at       TIMESTAMP    NOT NULL
);

-- A reviewer's decision kept as a labelled example: the document's text (its pages, as they read when
-- decided: text_sha256) truly belongs to category. Training with corrections learns from these.
CREATE TABLE IF NOT EXISTS correction (
    id               VARCHAR(40)   PRIMARY KEY,
    document_id      VARCHAR(40)   NOT NULL,
    text_sha256      CHAR(64)      NOT NULL,
    category         VARCHAR(60)   NOT NULL,
    machine_category VARCHAR(60)   NOT NULL,
    model_version    VARCHAR(100)  NOT NULL,
    reviewer         VARCHAR(100)  NOT NULL,
    reason           VARCHAR(2000) NOT NULL,
    decided_at       TIMESTAMP     NOT NULL
);
CREATE INDEX IF NOT EXISTS correction_document ON correction (document_id);

-- A setting a person changed in the web UI (a routing threshold), with who, why and what it was before.
CREATE TABLE IF NOT EXISTS setting_change (
    id          VARCHAR(40)   PRIMARY KEY,
    setting     VARCHAR(200)  NOT NULL,
    old_value   VARCHAR(200),
    new_value   VARCHAR(200)  NOT NULL,
    actor       VARCHAR(100)  NOT NULL,
    reason      VARCHAR(2000) NOT NULL,
    changed_at  TIMESTAMP     NOT NULL
);

-- Every message the outbox hands to a service's system: a routed document or a recall, one row each.
-- key is the idempotency key the receiver dedupes by; it stays the same on every retry and after a crash.
-- Folder drops are written at once and recorded delivered; webhook messages wait here as pending until
-- a 2xx answer, and after their last attempt are dead until someone retries them from the Outbox page.
-- position orders one document's messages: delivery n is 2n-1, its recall 2n.
CREATE TABLE IF NOT EXISTS outbox_message (
    message_key     VARCHAR(120)  PRIMARY KEY,
    document_id     VARCHAR(40)   NOT NULL,
    target          VARCHAR(100)  NOT NULL,
    kind            VARCHAR(10)   NOT NULL,
    delivery_no     INT           NOT NULL,
    position        INT           NOT NULL,
    connector       VARCHAR(10)   NOT NULL,
    location        VARCHAR(4000) NOT NULL,
    state           VARCHAR(10)   NOT NULL,
    attempts        INT           NOT NULL,
    last_error      VARCHAR(2000),
    next_attempt_at TIMESTAMP     NOT NULL,
    created_at      TIMESTAMP     NOT NULL,
    delivered_at    TIMESTAMP
);
CREATE INDEX IF NOT EXISTS outbox_message_document ON outbox_message (document_id);
CREATE INDEX IF NOT EXISTS outbox_message_due ON outbox_message (state, next_attempt_at);

-- A part of a multi-document scan a reviewer split: which document it came from and which of its pages.
CREATE TABLE IF NOT EXISTS document_part (
    document_id VARCHAR(40) PRIMARY KEY,
    whole_id    VARCHAR(40) NOT NULL,
    first_page  INT         NOT NULL,
    last_page   INT         NOT NULL
);
CREATE INDEX IF NOT EXISTS document_part_whole ON document_part (whole_id);

-- One scanned page of a digitisation run, listed before any is read: kind says what it turned out to be
-- (PAGE, BLANK, SEPARATOR, FAILED), read_at is set in the same transaction as its results, so a restart
-- reads again only pages whose results were never committed.
CREATE TABLE IF NOT EXISTS archive_page (
    job_instance_id  BIGINT           NOT NULL,
    seq              INT              NOT NULL,
    collection_name  VARCHAR(200)     NOT NULL,
    box              VARCHAR(400),
    folder           VARCHAR(400),
    item             VARCHAR(1000),
    source_file      VARCHAR(4000)    NOT NULL,
    page_in_file     INT              NOT NULL,
    kind             VARCHAR(12),
    failure          VARCHAR(2000),
    text             TEXT,
    hocr             TEXT,
    alto             TEXT,
    confidence       DOUBLE PRECISION,
    dictionary_share DOUBLE PRECISION,
    words            INT,
    rotation         INT,
    skew             DOUBLE PRECISION,
    width            INT,
    height           INT,
    dpi              INT,
    read_at          TIMESTAMP,
    PRIMARY KEY (job_instance_id, seq)
);

-- A document put together from the pages of a digitisation run and written to the archive folder.
CREATE TABLE IF NOT EXISTS archive_document (
    job_instance_id BIGINT        NOT NULL,
    doc_no          INT           NOT NULL,
    first_seq       INT           NOT NULL,
    pages           INT           NOT NULL,
    folder_path     VARCHAR(4000) NOT NULL,
    manifest_sha256 CHAR(64)      NOT NULL,
    written_at      TIMESTAMP     NOT NULL,
    PRIMARY KEY (job_instance_id, doc_no)
);
