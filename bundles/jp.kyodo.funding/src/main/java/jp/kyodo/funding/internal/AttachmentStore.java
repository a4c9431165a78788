package jp.kyodo.funding.internal;

import java.io.ByteArrayOutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import jp.kyodo.core.persistence.Jdbc;
import jp.kyodo.funding.AttachmentInfo;

/**
 * Attachments in the database (FUN_ATTACHMENT and its chunks). Derby and PostgreSQL share no binary column
 * type, so the content is kept as Base64 text in chunks of {@value #CHUNK_BYTES} bytes — one portable schema,
 * streamed in and out a chunk at a time.
 */
final class AttachmentStore {

    /** Bytes per chunk: 24,000 bytes are 32,000 Base64 characters, the column's length. */
    static final int CHUNK_BYTES = 24_000;

    private static final String COLUMNS =
            "ID, APPLICATION_ID, DOCUMENT_NAME, FILE_NAME, MEDIA_TYPE, SIZE_BYTES, SHA256,"
                    + " UPLOADED_BY, UPLOADED_AT";

    long insert(Connection c, AttachmentInfo info, byte[] content) throws SQLException {
        long id;
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO FUN_ATTACHMENT (APPLICATION_ID, DOCUMENT_NAME, FILE_NAME, MEDIA_TYPE, SIZE_BYTES, SHA256,"
                        + " UPLOADED_BY, UPLOADED_AT) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, info.applicationId());
            ps.setString(2, info.documentName());
            ps.setString(3, info.fileName());
            ps.setString(4, info.mediaType());
            ps.setLong(5, info.sizeBytes());
            ps.setString(6, info.sha256());
            ps.setString(7, info.uploadedBy());
            ps.setTimestamp(8, Timestamp.from(info.uploadedAt()));
            ps.executeUpdate();
            id = Jdbc.generatedId(ps);
        }
        try (PreparedStatement ps =
                c.prepareStatement("INSERT INTO FUN_ATTACHMENT_CHUNK (ATTACHMENT_ID, SEQ, DATA) VALUES (?, ?, ?)")) {
            Base64.Encoder base64 = Base64.getEncoder();
            int seq = 0;
            for (int from = 0; from < content.length || seq == 0; from += CHUNK_BYTES) {
                int to = Math.min(content.length, from + CHUNK_BYTES);
                ps.setLong(1, id);
                ps.setInt(2, seq++);
                ps.setString(3, base64.encodeToString(Arrays.copyOfRange(content, from, to)));
                ps.executeUpdate();
            }
        }
        return id;
    }

    Optional<AttachmentInfo> info(Connection c, long id) throws SQLException {
        List<AttachmentInfo> found = Jdbc.list(
                c, "SELECT " + COLUMNS + " FROM FUN_ATTACHMENT WHERE ID = ?", List.of(id), AttachmentStore::row);
        return found.stream().findFirst();
    }

    List<AttachmentInfo> ofApplication(Connection c, long applicationId) throws SQLException {
        return Jdbc.list(
                c,
                "SELECT " + COLUMNS + " FROM FUN_ATTACHMENT WHERE APPLICATION_ID = ? ORDER BY DOCUMENT_NAME, ID",
                List.of(applicationId),
                AttachmentStore::row);
    }

    byte[] content(Connection c, long id) throws SQLException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Base64.Decoder base64 = Base64.getDecoder();
        try (PreparedStatement ps =
                c.prepareStatement("SELECT DATA FROM FUN_ATTACHMENT_CHUNK WHERE ATTACHMENT_ID = ? ORDER BY SEQ")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.writeBytes(base64.decode(rs.getString(1)));
                }
            }
        }
        return out.toByteArray();
    }

    void delete(Connection c, long id) throws SQLException {
        for (String sql : List.of(
                "DELETE FROM FUN_ATTACHMENT_CHUNK WHERE ATTACHMENT_ID = ?",
                "DELETE FROM FUN_ATTACHMENT WHERE ID = ?")) {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setLong(1, id);
                ps.executeUpdate();
            }
        }
    }

    private static AttachmentInfo row(ResultSet rs) throws SQLException {
        return new AttachmentInfo(
                rs.getLong("ID"),
                rs.getLong("APPLICATION_ID"),
                rs.getString("DOCUMENT_NAME"),
                rs.getString("FILE_NAME"),
                rs.getString("MEDIA_TYPE"),
                rs.getLong("SIZE_BYTES"),
                rs.getString("SHA256"),
                rs.getString("UPLOADED_BY"),
                rs.getTimestamp("UPLOADED_AT").toInstant());
    }

    static List<String> documentNames(List<AttachmentInfo> attachments) {
        List<String> names = new ArrayList<>();
        attachments.forEach(a -> names.add(a.documentName()));
        return names;
    }
}
