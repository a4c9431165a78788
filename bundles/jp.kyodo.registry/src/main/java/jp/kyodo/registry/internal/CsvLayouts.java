package jp.kyodo.registry.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import jp.kyodo.core.FieldError;
import jp.kyodo.core.ValidationException;
import jp.kyodo.core.calendar.Wareki;
import jp.kyodo.core.csv.CsvRow;
import jp.kyodo.core.field.ActivityField;
import jp.kyodo.core.field.ActivityFieldTaxonomy;
import jp.kyodo.core.text.JapaneseText;
import jp.kyodo.registry.Contact;
import jp.kyodo.registry.ContactPerson;
import jp.kyodo.registry.ExpertProfile;
import jp.kyodo.registry.OrganisationDraft;
import jp.kyodo.registry.OrganisationStatus;
import jp.kyodo.registry.PartnerType;
import jp.kyodo.registry.PersonDraft;
import jp.kyodo.registry.TimeBand;

/**
 * The registry's CSV layouts (documented in the module README): Japanese headers, one record per row,
 * several values in one cell separated by {@code ;}. The same layout is exported and imported, so an
 * export edited in Excel can be imported elsewhere.
 */
final class CsvLayouts {

    static final List<String> ORGANISATION = List.of(
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

    static final List<String> PERSON = List.of(
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

    /** Which column a validation error of a draft field belongs to. */
    static final Map<String, String> ORGANISATION_COLUMN_OF_FIELD = Map.ofEntries(
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

    static final Map<String, String> PERSON_COLUMN_OF_FIELD = Map.ofEntries(
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

    private CsvLayouts() {}

    // ---- reading ----------------------------------------------------------------------------

    /** A row as a draft; problems of the cell formats are collected in the row (see {@link CsvRow#errors}). */
    static OrganisationDraft organisation(CsvRow row, Optional<ActivityFieldTaxonomy> fields) {
        PartnerType type = row.parse("種別", s -> PartnerType.parse(s)
                .filter(t -> t != PartnerType.CITIZEN)
                .orElseThrow(() -> ValidationException.of("value", "種別は 地縁団体・市民団体・事業者・教育機関等・市の部署 のいずれかです")));
        String statusText = row.get("状態");
        OrganisationStatus status = statusText.isEmpty()
                ? OrganisationStatus.REGISTERED
                : row.parse("状態", s -> OrganisationStatus.parse(s)
                        .orElseThrow(() -> ValidationException.of("value", "状態は 申請中・登録・休止・解散 のいずれかです")));
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

    static PersonDraft person(CsvRow row) {
        Set<DayOfWeek> days = row.parse("活動できる曜日", s -> list(s).stream()
                .map(CsvLayouts::day)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(DayOfWeek.class))));
        Set<TimeBand> times = row.parse("活動できる時間帯", s -> list(s).stream()
                .map(CsvLayouts::timeBand)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(TimeBand.class))));
        LocalDate volunteerSince = date(row, "ボランティア登録日");
        String qualifications = row.get("専門資格");
        String offered = row.get("提供できる支援");
        String proBono = row.get("プロボノ");
        ExpertProfile expert = qualifications.isEmpty() && offered.isEmpty() && proBono.isEmpty()
                ? null
                : new ExpertProfile(qualifications, offered, row.parse("プロボノ", CsvLayouts::yesNo));
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

    /** Moves a draft's validation errors into the row, at their columns. */
    static void reject(CsvRow row, ValidationException e, Map<String, String> columnOfField) {
        for (FieldError error : e.errors()) {
            String column = columnOfField.getOrDefault(error.field(), error.field());
            row.reject(column, error.message());
        }
    }

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

    private static LocalDate date(CsvRow row, String column) {
        if (row.get(column).isEmpty()) {
            return null;
        }
        return row.parse(column, s -> {
            try {
                return Wareki.parseDate(s);
            } catch (ValidationException e) {
                throw ValidationException.of("value", "日付は 2024-04-01、2024/4/1 または 令和6年4月1日 の形で入力してください");
            }
        });
    }

    private static Integer integer(CsvRow row, String column) {
        if (row.get(column).isEmpty()) {
            return null;
        }
        return row.parse(column, s -> {
            try {
                return Integer.valueOf(JapaneseText.normalizeWidth(s).replace(",", ""));
            } catch (NumberFormatException e) {
                throw ValidationException.of("value", "数字で入力してください");
            }
        });
    }

    private static boolean yesNo(String s) {
        String v = JapaneseText.normalizeWidth(s);
        if (v.isEmpty() || v.equals("いいえ") || v.equals("否") || v.equals("×") || v.equalsIgnoreCase("no")) {
            return false;
        }
        if (v.equals("はい") || v.equals("可") || v.equals("○") || v.equals("〇") || v.equalsIgnoreCase("yes")) {
            return true;
        }
        throw ValidationException.of("value", "「はい」か「いいえ」で入力してください");
    }

    private static DayOfWeek day(String s) {
        String v = s.replace("曜日", "").replace("曜", "");
        for (int i = 0; i < DAY_LABELS.length; i++) {
            if (DAY_LABELS[i].equals(v)) {
                return DayOfWeek.of(i + 1);
            }
        }
        throw ValidationException.of("value", "曜日は 月;火;水 のように書いてください（「" + s + "」は読めません）");
    }

    private static TimeBand timeBand(String s) {
        return Arrays.stream(TimeBand.values())
                .filter(t -> t.labelJa().equals(s) || t.name().equalsIgnoreCase(s))
                .findFirst()
                .orElseThrow(() -> ValidationException.of("value", "時間帯は 午前・午後・夜間 です（「" + s + "」は読めません）"));
    }

    static List<String> list(String cell) {
        List<String> values = new ArrayList<>();
        for (String v : cell.split("[;；、]")) {
            String s = v.strip();
            if (!s.isEmpty()) {
                values.add(s);
            }
        }
        return values;
    }

    // ---- writing ----------------------------------------------------------------------------

    static List<String> row(OrganisationDraft d, Optional<ActivityFieldTaxonomy> fields) {
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
        return ORGANISATION.stream().map(v::get).toList();
    }

    static List<String> row(PersonDraft d) {
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
        return PERSON.stream().map(v::get).toList();
    }

    private static String iso(LocalDate date) {
        return date == null ? "" : date.toString();
    }
}
