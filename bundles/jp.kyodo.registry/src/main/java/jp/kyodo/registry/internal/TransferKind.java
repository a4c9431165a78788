package jp.kyodo.registry.internal;

import java.util.List;
import java.util.Optional;
import jp.kyodo.core.Message;
import jp.kyodo.core.csv.CsvRow;
import jp.kyodo.core.field.ActivityFieldTaxonomy;
import jp.kyodo.core.security.Actor;
import jp.kyodo.core.security.Role;

/**
 * How one kind of partner travels as CSV (the layouts in the module README): its columns, how a row
 * becomes a draft and a draft a row, its checks, and the store it is written to. One implementation per
 * kind; {@link Transfer} imports and exports every kind the same way.
 *
 * @param <D> the kind's draft
 */
interface TransferKind<D> {

    /** Where the kind's rows are written and read; also its kind and its audit record type. */
    PartnerStore<D> store();

    /** The layout's columns, in the order an export writes them. */
    List<String> columns();

    /** The columns a file must have; the others may be left out. */
    List<String> requiredColumns();

    /** The error of a header column the layout does not have (the file may be of the other kind). */
    Message unknownColumn(String column, List<String> header);

    /** A row as a draft; problems of the cells are recorded in the row ({@link CsvRow#errors()}). */
    D parse(CsvRow row, Optional<ActivityFieldTaxonomy> fields);

    /** The cleaned draft, checked as staff input is. @throws jp.kyodo.core.ValidationException */
    D check(D draft, Rules rules);

    /** The column a problem of a draft's field belongs to ({@code publicContact.phone} → 電話番号). */
    String columnOf(String field);

    /** The column a row repeating a registered partner is reported at. */
    String nameColumn();

    /** The event a committed import posts, with the last new id. */
    String createdTopic();

    /** Who may export the kind. */
    Role exportRole();

    /** The draft as the user may see it. */
    D mask(D draft, Actor actor);

    /** A draft as a row of {@link #columns()}. */
    List<String> row(D draft, Optional<ActivityFieldTaxonomy> fields);
}
