-- State that every node of a cluster must share (portable SQL, Derby and PostgreSQL).
-- Times are UTC wall-clock times, whatever the time zone of the node that wrote them.

-- The login throttle: one row per staff account or client address with recent failures, a slow-down
-- or a lock. The row is what concurrent failures of one key queue on: each failure first updates it
-- (SEQ = SEQ + 1), and numbers its KYODO_LOGIN_FAILURE row with the new SEQ.
CREATE TABLE KYODO_LOGIN_KEY (
    KIND VARCHAR(8) NOT NULL,
    KEY_VALUE VARCHAR(200) NOT NULL,
    SEQ BIGINT NOT NULL,
    FAILURES INTEGER NOT NULL,
    BLOCKED_UNTIL TIMESTAMP,
    LOCKED BOOLEAN NOT NULL,
    LAST_SEEN TIMESTAMP NOT NULL,
    CONSTRAINT PK_KYODO_LOGIN_KEY PRIMARY KEY (KIND, KEY_VALUE)
);
CREATE INDEX IX_LOGIN_KEY_SEEN ON KYODO_LOGIN_KEY (LAST_SEEN);
CREATE INDEX IX_LOGIN_KEY_BLOCKED ON KYODO_LOGIN_KEY (BLOCKED_UNTIL);

-- Each failure within the window; a lock clears them, and so does forgetting the key. (No identity
-- column: Derby refuses concurrent inserts into one with "too much contention".)
CREATE TABLE KYODO_LOGIN_FAILURE (
    KIND VARCHAR(8) NOT NULL,
    KEY_VALUE VARCHAR(200) NOT NULL,
    SEQ BIGINT NOT NULL,
    FAILED_AT TIMESTAMP NOT NULL,
    CONSTRAINT PK_KYODO_LOGIN_FAILURE PRIMARY KEY (KIND, KEY_VALUE, SEQ),
    CONSTRAINT FK_LOGIN_FAILURE_KEY FOREIGN KEY (KIND, KEY_VALUE)
        REFERENCES KYODO_LOGIN_KEY (KIND, KEY_VALUE) ON DELETE CASCADE
);

-- Runs of periodic jobs claimed by one node: the primary key lets one insert per job and slot succeed.
CREATE TABLE KYODO_JOB_RUN (
    JOB VARCHAR(100) NOT NULL,
    SLOT_START TIMESTAMP NOT NULL,
    CLAIMED_AT TIMESTAMP NOT NULL,
    CLAIMED_BY VARCHAR(200) NOT NULL,
    CONSTRAINT PK_KYODO_JOB_RUN PRIMARY KEY (JOB, SLOT_START)
);
CREATE INDEX IX_JOB_RUN_CLAIMED ON KYODO_JOB_RUN (CLAIMED_AT);
