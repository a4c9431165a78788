package jp.kyodo.registry;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * CSV import and export of the registry, in the layout documented in the module's README (Japanese
 * headers). Import and export need the coordinator role.
 */
@org.osgi.annotation.versioning.ProviderType
public interface RegistryTransfer {

    /** The header of the CSV layout for the kind, in column order. */
    List<String> columns(PartnerKind kind);

    /**
     * Reads a CSV file (UTF-8 with or without BOM, or Shift_JIS as Excel writes it; detected), validates
     * every row and, when {@code commit} is true and no row has an error, writes all rows in one
     * transaction. A file with any error changes nothing.
     *
     * @param progress told the number of rows handled so far, now and then (may be null)
     */
    ImportReport importCsv(PartnerKind kind, InputStream csv, boolean commit, IntConsumer progress) throws IOException;

    /**
     * Writes the partners of the kind matching the query as CSV (UTF-8 with BOM, CRLF) in the import
     * layout, sorted by reading, masked as for the user; the export is audited.
     *
     * @return the number of rows written
     */
    int exportCsv(PartnerKind kind, PartnerQuery query, OutputStream out) throws IOException;
}
