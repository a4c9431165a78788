package jp.kyodo.registry.internal;

import static jp.kyodo.registry.internal.CsvCells.date;
import static jp.kyodo.registry.internal.CsvCells.integer;
import static jp.kyodo.registry.internal.CsvCells.iso;
import static jp.kyodo.registry.internal.CsvCells.list;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import jp.kyodo.core.Message;
import jp.kyodo.core.ValidationException;
import jp.kyodo.core.csv.CsvRow;
import jp.kyodo.core.field.ActivityFieldTaxonomy;
import jp.kyodo.core.security.Actor;
import jp.kyodo.core.security.Role;
import jp.kyodo.core.text.JapaneseText;
import jp.kyodo.registry.Contact;
import jp.kyodo.registry.ExpertProfile;
import jp.kyodo.registry.PersonDraft;
import jp.kyodo.registry.RegistryEvents;
import jp.kyodo.registry.TimeBand;

/**
 * The CSV layout of individuals (個人): Japanese headers, one person per row; a volunteer registration
 * date makes a volunteer, any of the three expert columns an expert.
 */
final class PersonCsv implements TransferKind<PersonDraft> {

    static final List<String> COLUMNS = List.of(
            "氏名",
            "ふりがな",
            "生まれ年",
            "居住地域",
            "郵便番号",
            "住所",
            "電話番号",
            "メールアドレス",
            "スキル",
            "活動できる曜日",
            "活動できる時間帯",
            "ボランティア登録日",
            "専門資格",
            "提供できる支援",
            "プロボノ",
            "メモ");

    private static final Map<String, String> COLUMN_OF_FIELD = Map.ofEntries(
            Map.entry("name", "氏名"),
            Map.entry("nameReading", "ふりがな"),
            Map.entry("birthYear", "生まれ年"),
            Map.entry("areaCode", "居住地域"),
            Map.entry("contact.postalCode", "郵便番号"),
            Map.entry("contact.address", "住所"),
            Map.entry("contact.phone", "電話番号"),
            Map.entry("contact.email", "メールアドレス"),
            Map.entry("skills", "スキル"),
            Map.entry("volunteerSince", "ボランティア登録日"),
            Map.entry("expert.qualifications", "専門資格"),
            Map.entry("expert.offeredSkills", "提供できる支援"),
            Map.entry("notes", "メモ"));

    private static final String[] DAY_LABELS = {"月", "火", "水", "木", "金", "土", "日"};

    private final PersonStore store;

    PersonCsv(PersonStore store) {
        this.store = store;
    }

    @Override
    public PersonStore store() {
        return store;
    }

    @Override
    public List<String> columns() {
        return COLUMNS;
    }

    @Override
    public List<String> requiredColumns() {
        return List.of("氏名", "ふりがな");
    }

    @Override
    public Message unknownColumn(String column, List<String> header) {
        return Messages.get("import.unknownColumn", column);
    }

    @Override
    public String columnOf(String field) {
        return COLUMN_OF_FIELD.getOrDefault(field, field);
    }

    @Override
    public String nameColumn() {
        return "氏名";
    }

    @Override
    public String createdTopic() {
        return RegistryEvents.PERSON_CREATED;
    }

    /** 個人情報: coordinators only. */
    @Override
    public Role exportRole() {
        return Role.COORDINATOR;
    }

    @Override
    public PersonDraft check(PersonDraft draft, Rules rules) {
        return rules.check(draft);
    }

    @Override
    public PersonDraft mask(PersonDraft draft, Actor actor) {
        return Privacy.mask(draft, actor);
    }

    // ---- reading ----------------------------------------------------------------------------

    @Override
    public PersonDraft parse(CsvRow row, Optional<ActivityFieldTaxonomy> fields) {
        Set<DayOfWeek> days = row.parse("活動できる曜日", s -> list(s).stream()
                .map(PersonCsv::day)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(DayOfWeek.class))));
        Set<TimeBand> times = row.parse("活動できる時間帯", s -> list(s).stream()
                .map(PersonCsv::timeBand)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(TimeBand.class))));
        LocalDate volunteerSince = date(row, "ボランティア登録日");
        String qualifications = row.get("専門資格");
        String offered = row.get("提供できる支援");
        String proBono = row.get("プロボノ");
        ExpertProfile expert = qualifications.isEmpty() && offered.isEmpty() && proBono.isEmpty()
                ? null
                : new ExpertProfile(qualifications, offered, row.parse("プロボノ", PersonCsv::yesNo));
        return new PersonDraft(
                row.get("氏名"),
                row.get("ふりがな"),
                integer(row, "生まれ年"),
                row.get("居住地域"),
                new Contact(row.get("郵便番号"), row.get("住所"), row.get("電話番号"), row.get("メールアドレス"), ""),
                row.get("スキル"),
                days == null ? Set.of() : days,
                times == null ? Set.of() : times,
                volunteerSince != null,
                volunteerSince,
                expert,
                row.get("メモ"));
    }

    private static boolean yesNo(String s) {
        String v = JapaneseText.normalizeWidth(s);
        if (v.isEmpty() || v.equals("いいえ") || v.equals("否") || v.equals("×") || v.equalsIgnoreCase("no")) {
            return false;
        }
        if (v.equals("はい") || v.equals("可") || v.equals("○") || v.equals("〇") || v.equalsIgnoreCase("yes")) {
            return true;
        }
        throw ValidationException.of("value", Messages.get("csv.yesNo"));
    }

    private static DayOfWeek day(String s) {
        String v = s.replace("曜日", "").replace("曜", "");
        for (int i = 0; i < DAY_LABELS.length; i++) {
            if (DAY_LABELS[i].equals(v)) {
                return DayOfWeek.of(i + 1);
            }
        }
        throw ValidationException.of("value", Messages.get("csv.day", s));
    }

    private static TimeBand timeBand(String s) {
        return Arrays.stream(TimeBand.values())
                .filter(t -> t.labelJa().equals(s) || t.name().equalsIgnoreCase(s))
                .findFirst()
                .orElseThrow(() -> ValidationException.of("value", Messages.get("csv.timeBand", s)));
    }

    // ---- writing ----------------------------------------------------------------------------

    @Override
    public List<String> row(PersonDraft d, Optional<ActivityFieldTaxonomy> fields) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("氏名", d.name());
        v.put("ふりがな", d.nameReading());
        v.put("生まれ年", d.birthYear() == null ? "" : d.birthYear().toString());
        v.put("居住地域", d.areaCode());
        v.put("郵便番号", d.contact().postalCode());
        v.put("住所", d.contact().address());
        v.put("電話番号", d.contact().phone());
        v.put("メールアドレス", d.contact().email());
        v.put("スキル", d.skills());
        v.put(
                "活動できる曜日",
                d.availableDays().stream()
                        .map(day -> DAY_LABELS[day.getValue() - 1])
                        .collect(Collectors.joining(";")));
        v.put("活動できる時間帯", d.availableTimes().stream().map(TimeBand::labelJa).collect(Collectors.joining(";")));
        v.put("ボランティア登録日", d.volunteer() ? iso(d.volunteerSince()) : "");
        v.put("専門資格", d.expert() == null ? "" : d.expert().qualifications());
        v.put("提供できる支援", d.expert() == null ? "" : d.expert().offeredSkills());
        v.put("プロボノ", d.expert() == null ? "" : d.expert().proBono() ? "はい" : "いいえ");
        v.put("メモ", d.notes());
        return COLUMNS.stream().map(v::get).toList();
    }
}
