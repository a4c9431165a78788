package jp.kyodo.registry.internal;

import static jp.kyodo.registry.internal.CsvCells.date;
import static jp.kyodo.registry.internal.CsvCells.integer;
import static jp.kyodo.registry.internal.CsvCells.iso;
import static jp.kyodo.registry.internal.CsvCells.list;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import jp.kyodo.core.Message;
import jp.kyodo.core.ValidationException;
import jp.kyodo.core.csv.CsvRow;
import jp.kyodo.core.field.ActivityField;
import jp.kyodo.core.field.ActivityFieldTaxonomy;
import jp.kyodo.core.security.Actor;
import jp.kyodo.core.security.Role;
import jp.kyodo.registry.Contact;
import jp.kyodo.registry.ContactPerson;
import jp.kyodo.registry.OrganisationDraft;
import jp.kyodo.registry.OrganisationStatus;
import jp.kyodo.registry.PartnerType;
import jp.kyodo.registry.RegistryEvents;

/**
 * The CSV layout of organisations (団体): Japanese headers, one organisation per row. The same layout is
 * exported and imported, so an export edited in Excel can be imported elsewhere.
 */
final class OrganisationCsv implements TransferKind<OrganisationDraft> {

    static final List<String> COLUMNS = List.of(
            "種別",
            "名称",
            "ふりがな",
            "英語名称",
            "法人格",
            "法人番号",
            "登録番号",
            "登録日",
            "状態",
            "郵便番号",
            "住所",
            "電話番号",
            "メールアドレス",
            "ホームページ",
            "代表者氏名",
            "代表者ふりがな",
            "代表者役職",
            "連絡担当者氏名",
            "連絡担当者ふりがな",
            "連絡担当者電話番号",
            "連絡担当者メールアドレス",
            "活動分野",
            "活動地域",
            "活動内容",
            "得意分野",
            "課題",
            "会員数",
            "設立日",
            "認定日",
            "認定期限",
            "タグ");

    /** Which column a validation error of a draft field belongs to. */
    private static final Map<String, String> COLUMN_OF_FIELD = Map.ofEntries(
            Map.entry("type", "種別"),
            Map.entry("name", "名称"),
            Map.entry("nameReading", "ふりがな"),
            Map.entry("nameEnglish", "英語名称"),
            Map.entry("legalForm", "法人格"),
            Map.entry("corporateNumber", "法人番号"),
            Map.entry("stationNumber", "登録番号"),
            Map.entry("stationRegisteredOn", "登録日"),
            Map.entry("publicContact.postalCode", "郵便番号"),
            Map.entry("publicContact.address", "住所"),
            Map.entry("publicContact.phone", "電話番号"),
            Map.entry("publicContact.email", "メールアドレス"),
            Map.entry("publicContact.website", "ホームページ"),
            Map.entry("representative.name", "代表者氏名"),
            Map.entry("representative.nameReading", "代表者ふりがな"),
            Map.entry("representative.title", "代表者役職"),
            Map.entry("contactPerson.name", "連絡担当者氏名"),
            Map.entry("contactPerson.nameReading", "連絡担当者ふりがな"),
            Map.entry("contactPerson.contact.phone", "連絡担当者電話番号"),
            Map.entry("contactPerson.contact.email", "連絡担当者メールアドレス"),
            Map.entry("fieldCodes", "活動分野"),
            Map.entry("areaCodes", "活動地域"),
            Map.entry("description", "活動内容"),
            Map.entry("strengths", "得意分野"),
            Map.entry("needs", "課題"),
            Map.entry("membersCount", "会員数"),
            Map.entry("foundedOn", "設立日"),
            Map.entry("certifiedOn", "認定日"),
            Map.entry("certifiedUntil", "認定期限"),
            Map.entry("tags", "タグ"));

    private final OrganisationStore store;

    OrganisationCsv(OrganisationStore store) {
        this.store = store;
    }

    @Override
    public OrganisationStore store() {
        return store;
    }

    @Override
    public List<String> columns() {
        return COLUMNS;
    }

    @Override
    public List<String> requiredColumns() {
        return List.of("種別", "名称", "ふりがな");
    }

    @Override
    public Message unknownColumn(String column, List<String> header) {
        // a column of the people's layout: the file is likely of the other kind
        return Messages.get(header.contains("氏名") ? "import.unknownColumnPersonFile" : "import.unknownColumn", column);
    }

    @Override
    public String columnOf(String field) {
        return COLUMN_OF_FIELD.getOrDefault(field, field);
    }

    @Override
    public String nameColumn() {
        return "名称";
    }

    @Override
    public String createdTopic() {
        return RegistryEvents.ORGANISATION_CREATED;
    }

    @Override
    public Role exportRole() {
        return Role.STAFF;
    }

    @Override
    public OrganisationDraft check(OrganisationDraft draft, Rules rules) {
        return rules.check(draft);
    }

    @Override
    public OrganisationDraft mask(OrganisationDraft draft, Actor actor) {
        return Privacy.mask(draft, actor);
    }

    // ---- reading ----------------------------------------------------------------------------

    @Override
    public OrganisationDraft parse(CsvRow row, Optional<ActivityFieldTaxonomy> fields) {
        PartnerType type = row.parse("種別", s -> PartnerType.parse(s)
                .filter(t -> t != PartnerType.CITIZEN)
                .orElseThrow(() -> ValidationException.of("value", Messages.get("csv.type"))));
        String statusText = row.get("状態");
        OrganisationStatus status = statusText.isEmpty()
                ? OrganisationStatus.REGISTERED
                : row.parse("状態", s -> OrganisationStatus.parse(s)
                        .orElseThrow(() -> ValidationException.of("value", Messages.get("csv.status"))));
        return new OrganisationDraft(
                type,
                row.get("名称"),
                row.get("ふりがな"),
                row.get("英語名称"),
                row.get("法人格"),
                row.get("法人番号"),
                row.get("登録番号"),
                date(row, "登録日"),
                status,
                new Contact(row.get("郵便番号"), row.get("住所"), row.get("電話番号"), row.get("メールアドレス"), row.get("ホームページ")),
                new ContactPerson(row.get("代表者氏名"), row.get("代表者ふりがな"), row.get("代表者役職"), Contact.EMPTY),
                new ContactPerson(
                        row.get("連絡担当者氏名"),
                        row.get("連絡担当者ふりがな"),
                        "",
                        new Contact("", "", row.get("連絡担当者電話番号"), row.get("連絡担当者メールアドレス"), "")),
                fieldCodes(row, fields),
                new LinkedHashSet<>(list(row.get("活動地域"))),
                row.get("活動内容"),
                row.get("得意分野"),
                row.get("課題"),
                integer(row, "会員数"),
                date(row, "設立日"),
                date(row, "認定日"),
                date(row, "認定期限"),
                new LinkedHashSet<>(list(row.get("タグ"))));
    }

    /** Activity fields by name or code; unknown ones are kept for the rules to report. */
    private static Set<String> fieldCodes(CsvRow row, Optional<ActivityFieldTaxonomy> fields) {
        Set<String> codes = new LinkedHashSet<>();
        for (String value : list(row.get("活動分野"))) {
            Optional<String> code = fields.flatMap(t -> t.all().stream()
                    .filter(f -> f.code().equals(value) || f.labelJa().equals(value))
                    .map(ActivityField::code)
                    .findFirst());
            codes.add(code.orElse(value));
        }
        return codes;
    }

    // ---- writing ----------------------------------------------------------------------------

    @Override
    public List<String> row(OrganisationDraft d, Optional<ActivityFieldTaxonomy> fields) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("種別", d.type().labelJa());
        v.put("名称", d.name());
        v.put("ふりがな", d.nameReading());
        v.put("英語名称", d.nameEnglish());
        v.put("法人格", d.legalForm());
        v.put("法人番号", d.corporateNumber());
        v.put("登録番号", d.stationNumber());
        v.put("登録日", iso(d.stationRegisteredOn()));
        v.put("状態", d.status().labelJa());
        v.put("郵便番号", d.publicContact().postalCode());
        v.put("住所", d.publicContact().address());
        v.put("電話番号", d.publicContact().phone());
        v.put("メールアドレス", d.publicContact().email());
        v.put("ホームページ", d.publicContact().website());
        v.put("代表者氏名", d.representative().name());
        v.put("代表者ふりがな", d.representative().nameReading());
        v.put("代表者役職", d.representative().title());
        v.put("連絡担当者氏名", d.contactPerson().name());
        v.put("連絡担当者ふりがな", d.contactPerson().nameReading());
        v.put("連絡担当者電話番号", d.contactPerson().contact().phone());
        v.put("連絡担当者メールアドレス", d.contactPerson().contact().email());
        v.put(
                "活動分野",
                d.fieldCodes().stream()
                        .map(code -> fields.flatMap(t -> t.find(code))
                                .map(ActivityField::labelJa)
                                .orElse(code))
                        .collect(Collectors.joining(";")));
        v.put("活動地域", String.join(";", d.areaCodes()));
        v.put("活動内容", d.description());
        v.put("得意分野", d.strengths());
        v.put("課題", d.needs());
        v.put("会員数", d.membersCount() == null ? "" : d.membersCount().toString());
        v.put("設立日", iso(d.foundedOn()));
        v.put("認定日", iso(d.certifiedOn()));
        v.put("認定期限", iso(d.certifiedUntil()));
        v.put("タグ", String.join(";", d.tags()));
        return COLUMNS.stream().map(v::get).toList();
    }
}
