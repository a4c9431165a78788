-- Case studies received from neighbouring cities (協働事例, shared through jp.kyodo.exchange): they have no
-- match here. MATCH_ID becomes nullable the portable way (Derby and PostgreSQL spell ALTER COLUMN ... NULL
-- differently): copied aside, dropped with its constraints, added again without NOT NULL, copied back. The
-- UNIQUE constraint on the nullable column still allows one case per match and any number of received ones
-- (both databases let several NULLs through a UNIQUE constraint; SharedCasesTest checks it).
ALTER TABLE MAT_CASE ADD COLUMN MATCH_ID_COPY BIGINT;
UPDATE MAT_CASE SET MATCH_ID_COPY = MATCH_ID;
ALTER TABLE MAT_CASE DROP CONSTRAINT FK_MAT_CASE_MATCH;
ALTER TABLE MAT_CASE DROP CONSTRAINT UQ_MAT_CASE_MATCH;
ALTER TABLE MAT_CASE DROP COLUMN MATCH_ID;
ALTER TABLE MAT_CASE ADD COLUMN MATCH_ID BIGINT;
UPDATE MAT_CASE SET MATCH_ID = MATCH_ID_COPY;
ALTER TABLE MAT_CASE DROP COLUMN MATCH_ID_COPY;
ALTER TABLE MAT_CASE ADD CONSTRAINT UQ_MAT_CASE_MATCH UNIQUE (MATCH_ID);
ALTER TABLE MAT_CASE ADD CONSTRAINT FK_MAT_CASE_MATCH FOREIGN KEY (MATCH_ID) REFERENCES MAT_MATCH (ID);

-- <全国地方公共団体コード>:<the sender's id>, null for this city's cases; the sender's name (川口市), empty here
ALTER TABLE MAT_CASE ADD COLUMN SOURCE_KEY VARCHAR(64);
ALTER TABLE MAT_CASE ADD CONSTRAINT UQ_MAT_CASE_SOURCE UNIQUE (SOURCE_KEY);
ALTER TABLE MAT_CASE ADD COLUMN SOURCE_CITY VARCHAR(100) DEFAULT '' NOT NULL;
-- what the need asked for (NeedKind names), kept with the case as its fields and area are
ALTER TABLE MAT_CASE ADD COLUMN KINDS VARCHAR(200) DEFAULT '' NOT NULL;
UPDATE MAT_CASE SET KINDS = COALESCE((SELECT n.KINDS FROM MAT_MATCH m JOIN MAT_NEED n ON n.ID = m.NEED_ID
    WHERE m.ID = MAT_CASE.MATCH_ID), '');
-- a received case's area by name (its code means nothing here); empty for this city's cases
ALTER TABLE MAT_CASE ADD COLUMN AREA_NAME VARCHAR(200) DEFAULT '' NOT NULL;
