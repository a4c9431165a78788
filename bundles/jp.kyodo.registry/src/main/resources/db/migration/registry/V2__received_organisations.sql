-- Organisations received from neighbouring cities (市域を越えて活動する団体, shared through jp.kyodo.exchange).
-- <全国地方公共団体コード>:<the sender's id>, null for this city's organisations (a UNIQUE constraint lets any
-- number of NULLs through on Derby and PostgreSQL); the sender's name (川崎市), empty here; the names of the
-- areas it is active in there (their codes mean nothing here), separated by ';'.
ALTER TABLE REG_ORGANISATION ADD COLUMN SOURCE_KEY VARCHAR(64);
ALTER TABLE REG_ORGANISATION ADD CONSTRAINT UQ_REG_ORG_SOURCE UNIQUE (SOURCE_KEY);
ALTER TABLE REG_ORGANISATION ADD COLUMN SOURCE_CITY VARCHAR(100) DEFAULT '' NOT NULL;
ALTER TABLE REG_ORGANISATION ADD COLUMN SOURCE_AREAS VARCHAR(1000) DEFAULT '' NOT NULL;
