package jp.kyodo.registry.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import jp.kyodo.core.area.Area;
import jp.kyodo.core.area.AreaHierarchy;
import jp.kyodo.core.area.AreaKind;
import jp.kyodo.core.contact.CorporateNumber;
import jp.kyodo.core.field.ActivityField;
import jp.kyodo.core.field.ActivityFieldTaxonomy;
import jp.kyodo.registry.Contact;
import jp.kyodo.registry.ContactPerson;
import jp.kyodo.registry.ExpertProfile;
import jp.kyodo.registry.OrganisationDraft;
import jp.kyodo.registry.OrganisationStatus;
import jp.kyodo.registry.PartnerType;
import jp.kyodo.registry.PersonDraft;
import jp.kyodo.registry.TimeBand;

/**
 * A generated, deterministic demo data set: organisations and people with plausible Japanese names and
 * readings, addresses in the city's areas, activity fields, strengths and needs. The same seed and
 * sizes always give the same data. Only used behind the demo switch and by the search benchmark.
 */
final class DemoData {

    private static final String[][] FAMILY = {
        {"佐藤", "さとう"}, {"鈴木", "すずき"}, {"高橋", "たかはし"}, {"田中", "たなか"}, {"伊藤", "いとう"}, {"渡辺", "わたなべ"},
        {"山本", "やまもと"}, {"中村", "なかむら"}, {"小林", "こばやし"}, {"加藤", "かとう"}, {"吉田", "よしだ"}, {"山田", "やまだ"},
        {"佐々木", "ささき"}, {"山口", "やまぐち"}, {"松本", "まつもと"}, {"井上", "いのうえ"}, {"木村", "きむら"}, {"林", "はやし"},
        {"斎藤", "さいとう"}, {"清水", "しみず"}, {"山崎", "やまざき"}, {"森", "もり"}, {"池田", "いけだ"}, {"橋本", "はしもと"},
        {"阿部", "あべ"}, {"石川", "いしかわ"}, {"山下", "やました"}, {"中島", "なかじま"}, {"石井", "いしい"}, {"小川", "おがわ"},
        {"前田", "まえだ"}, {"岡田", "おかだ"}, {"長谷川", "はせがわ"}, {"藤田", "ふじた"}, {"後藤", "ごとう"}, {"近藤", "こんどう"},
        {"村上", "むらかみ"}, {"遠藤", "えんどう"}, {"青木", "あおき"}, {"坂本", "さかもと"}, {"川口", "かわぐち"}, {"新井", "あらい"},
        {"関根", "せきね"}, {"金子", "かねこ"}, {"大野", "おおの"}, {"野口", "のぐち"}, {"荒井", "あらい"}, {"須藤", "すどう"}
    };

    private static final String[][] GIVEN = {
        {"太郎", "たろう"}, {"健一", "けんいち"}, {"誠", "まこと"}, {"大輔", "だいすけ"}, {"翔太", "しょうた"}, {"拓也", "たくや"},
        {"浩二", "こうじ"}, {"直樹", "なおき"}, {"蓮", "れん"}, {"悠真", "ゆうま"}, {"勝", "まさる"}, {"清", "きよし"},
        {"花子", "はなこ"}, {"恵子", "けいこ"}, {"陽子", "ようこ"}, {"美咲", "みさき"}, {"由美", "ゆみ"}, {"真由美", "まゆみ"},
        {"さくら", "さくら"}, {"葵", "あおい"}, {"結衣", "ゆい"}, {"和子", "かずこ"}, {"幸子", "さちこ"}, {"明美", "あけみ"}
    };

    /** Theme words of civic groups: name, reading, field code, strengths, needs. */
    private static final String[][] THEMES = {
        {"子ども食堂", "こどもしょくどう", "children", "食事の提供と居場所づくり", "食材の寄付と配送ボランティアが足りない"},
        {"学習支援教室", "がくしゅうしえんきょうしつ", "education", "中高生への個別の学習支援", "教える大学生ボランティアの確保"},
        {"見守り隊", "みまもりたい", "welfare", "高齢者世帯への声かけと安否確認", "担い手の高齢化、若い世代の参加"},
        {"防災ネット", "ぼうさいねっと", "disaster-safety", "防災訓練と避難所運営の知識", "要配慮者名簿の扱いに悩んでいる"},
        {"環境クラブ", "かんきょうくらぶ", "environment", "河川清掃と自然観察会", "活動資金と道具の保管場所"},
        {"日本語教室", "にほんごきょうしつ", "multicultural", "外国人住民への日本語学習支援", "中国語のできる協力者が欲しい"},
        {"子育てサロン", "こそだてさろん", "children", "乳幼児親子の交流の場づくり", "会場の確保が難しい"},
        {"音楽の会", "おんがくのかい", "culture", "施設への訪問演奏", "発表の機会を増やしたい"},
        {"スポーツクラブ", "すぽーつくらぶ", "sports", "部活動の地域移行の受け皿", "指導者の資格取得費用"},
        {"まちづくり協議会", "まちづくりきょうぎかい", "community", "商店街と連携したイベントの企画", "会議の参加者が固定化している"},
        {"健康体操の会", "けんこうたいそうのかい", "health", "公園でのラジオ体操と健康講座", "参加者の送迎"},
        {"国際交流協会", "こくさいこうりゅうきょうかい", "multicultural", "多言語での生活情報の発信", "翻訳できる人材"},
        {"男女共同参画フォーラム", "だんじょきょうどうさんかくふぉーらむ", "gender-equality", "講演会と相談会の運営", "若い世代への発信"},
        {"IT支援隊", "あいてぃーしえんたい", "information", "スマートフォン教室の開催", "機材の更新費用"},
        {"就労支援ネットワーク", "しゅうろうしえんねっとわーく", "economy", "若者の職場体験のあっせん", "受け入れ企業の開拓"}
    };

    private static final String[][] PREFIXES = {
        {"ひだまり", "ひだまり"}, {"さくら", "さくら"}, {"つばさ", "つばさ"}, {"ふれあい", "ふれあい"}, {"きずな", "きずな"},
        {"みどり", "みどり"}, {"あおぞら", "あおぞら"}, {"にじいろ", "にじいろ"}, {"たんぽぽ", "たんぽぽ"}, {"わかば", "わかば"},
        {"ほほえみ", "ほほえみ"}, {"なかま", "なかま"}, {"", ""}
    };

    private static final String[][] COMPANIES = {
        {"株式会社", "かぶしきがいしゃ"}, {"有限会社", "ゆうげんがいしゃ"}, {"社会福祉法人", "しゃかいふくしほうじん"}, {"医療法人社団", "いりょうほうじんしゃだん"}
    };

    private static final String[][] COMPANY_WORDS = {
        {"鋳物", "いもの", "製造業。工場見学の受け入れ"}, {"建設", "けんせつ", "建設業。災害時の重機の提供"},
        {"印刷", "いんさつ", "印刷業。チラシ制作の協力"}, {"運輸", "うんゆ", "運送業。フードドライブの配送"},
        {"福祉会", "ふくしかい", "介護施設の運営。福祉講座の講師派遣"}, {"クリニック", "くりにっく", "地域医療。健康講座の講師"},
        {"商事", "しょうじ", "卸売業。物品の寄付"}, {"ベーカリー", "べーかりー", "パンの製造販売。子ども食堂へのパンの提供"}
    };

    private static final String[][] DEPARTMENTS = {
        {"協働推進課", "きょうどうすいしんか", "community"}, {"環境政策課", "かんきょうせいさくか", "environment"},
        {"防災課", "ぼうさいか", "disaster-safety"}, {"福祉総務課", "ふくしそうむか", "welfare"},
        {"子育て支援課", "こそだてしえんか", "children"}, {"国際交流室", "こくさいこうりゅうしつ", "multicultural"},
        {"生涯学習課", "しょうがいがくしゅうか", "education"}, {"スポーツ課", "すぽーつか", "sports"}
    };

    private static final String[][] QUALIFICATIONS = {
        {"税理士", "会計・税務の相談、決算書の作成支援"}, {"一級建築士", "空き家活用の相談、耐震診断"}, {"社会福祉士", "福祉制度の相談"},
        {"中小企業診断士", "事業計画づくり、補助金申請の助言"}, {"弁護士", "規約づくりと法律相談"}, {"看護師", "健康講座、救命講習"},
        {"ウェブデザイナー", "ホームページ制作、SNS発信の支援"}, {"元教員", "学習支援、講座の企画"}
    };

    private static final String[] SKILLS = {
        "料理", "パソコン", "子どもの見守り", "手話", "中国語", "英語", "車の運転", "イベント運営", "写真撮影", "大工仕事", "傾聴", "楽器演奏"
    };

    /** A town of a city: its area code, address prefix and name. */
    private record Town(String areaCode, String cityName, String cityReading, String townName, String townReading) {}

    private final Random random;
    private final List<Town> towns;
    private final List<String> fieldCodes;
    private final LocalDate today;

    DemoData(long seed, AreaHierarchy areas, ActivityFieldTaxonomy fields, LocalDate today) {
        this.random = new Random(seed);
        this.today = today;
        this.fieldCodes = fields.all().stream().map(ActivityField::code).toList();
        List<Town> list = new ArrayList<>();
        for (Area a : areas.all()) {
            if (a.kind() == AreaKind.NEIGHBOURHOOD_ASSOCIATION) {
                Area city = areas.ancestors(a.code()).stream()
                        .filter(x -> x.kind() == AreaKind.CITY)
                        .findFirst()
                        .orElse(new Area("city", "市", "し", AreaKind.CITY, null));
                String town = a.name().replaceAll("(町会|自治会)$", "");
                String reading = a.nameKana().replaceAll("(ちょうかい|じちかい)$", "");
                list.add(new Town(a.code(), city.name(), city.nameKana(), town, reading));
            }
        }
        if (list.isEmpty()) {
            list.add(new Town("", "川口市", "かわぐちし", "本町", "ほんちょう"));
        }
        this.towns = List.copyOf(list);
    }

    List<OrganisationDraft> organisations(int count) {
        List<OrganisationDraft> out = new ArrayList<>(count);
        Set<String> names = new LinkedHashSet<>();
        for (int i = 0; i < count; i++) {
            OrganisationDraft d = organisation(i);
            OrganisationDraft base = d;
            for (int n = 2; !names.add(d.name()); n++) {
                d = base.withName(base.name() + "（第" + n + "）", base.nameReading() + "だい" + kanaNumber(n));
            }
            out.add(d);
        }
        return out;
    }

    private OrganisationDraft organisation(int i) {
        int kind = random.nextInt(100);
        Town town = pick(towns);
        if (i < DEPARTMENTS.length) {
            return department(i, town);
        }
        if (kind < 30) {
            return neighbourhood(town);
        } else if (kind < 75) {
            return civic(town);
        } else if (kind < 92) {
            return business(town);
        }
        return school(town);
    }

    private OrganisationDraft department(int i, Town town) {
        String[] d = DEPARTMENTS[i];
        return base(PartnerType.CITY, town.cityName() + " " + d[0], town.cityReading() + d[1], "市の部署", "", town)
                .withFieldsAndAreas(Set.of(d[2]), Set.of())
                .withProfile(d[0] + "の所管事業で団体と協働しています", "", "");
    }

    private OrganisationDraft neighbourhood(Town town) {
        boolean condo = random.nextInt(6) == 0;
        String name =
                condo ? "グリーンハイツ" + town.townName() + "管理組合" : town.townName() + (random.nextBoolean() ? "町会" : "自治会");
        String reading = condo
                ? "ぐりーんはいつ" + town.townReading() + "かんりくみあい"
                : town.townReading() + (name.endsWith("町会") ? "ちょうかい" : "じちかい");
        return base(PartnerType.NEIGHBOURHOOD, name, reading, condo ? "管理組合" : "任意団体", "", town)
                .withFieldsAndAreas(
                        Set.of("community", "disaster-safety"),
                        Set.of(town.areaCode()).stream()
                                .filter(s -> !s.isEmpty())
                                .collect(java.util.stream.Collectors.toSet()))
                .withProfile(town.townName() + "地域の防犯パトロール、夏祭り、防災訓練を行っています", "住民のつながりと地域の情報", "役員のなり手不足と加入率の低下");
    }

    private OrganisationDraft civic(Town town) {
        String[] theme = pick(THEMES);
        String[] prefix = pick(PREFIXES);
        boolean npo = random.nextInt(3) == 0;
        String suffix = random.nextBoolean() ? town.townName() : "";
        String suffixReading = suffix.isEmpty() ? "" : town.townReading();
        String name = (npo ? "NPO法人 " : "") + prefix[0] + (prefix[0].isEmpty() ? suffix : "") + theme[0];
        String reading = (npo ? "えぬぴーおーほうじん " : "") + prefix[1] + (prefix[1].isEmpty() ? suffixReading : "") + theme[1];
        Set<String> fields = new LinkedHashSet<>(List.of(theme[2]));
        if (random.nextInt(3) == 0) {
            fields.add(pick(fieldCodes));
        }
        Set<String> areas = new LinkedHashSet<>();
        if (!town.areaCode().isEmpty()) {
            areas.add(town.areaCode());
            if (random.nextInt(4) == 0) {
                areas.add(pick(towns).areaCode());
            }
        }
        OrganisationDraft d = base(
                        PartnerType.CIVIC, name, reading, npo ? "NPO法人" : "任意団体", npo ? corporateNumber() : "", town)
                .withFieldsAndAreas(fields, areas)
                .withProfile(
                        town.cityName() + "を中心に" + theme[0] + "の活動をしています。" + theme[3] + "に取り組んでいます",
                        theme[3],
                        theme[4]);
        if (npo && random.nextBoolean()) {
            LocalDate from = today.minusDays(random.nextInt(1500));
            d = d.withCertification(from, from.plusYears(3).minusDays(1));
        }
        return d;
    }

    private OrganisationDraft business(Town town) {
        String[] word = pick(COMPANY_WORDS);
        String[] form = word[1].equals("ふくしかい")
                ? COMPANIES[2]
                : word[1].equals("くりにっく") ? COMPANIES[3] : COMPANIES[random.nextInt(2)];
        String[] family = pick(FAMILY);
        String name = form[0] + family[0] + word[0];
        String reading = form[1] + family[1] + word[1];
        return base(PartnerType.BUSINESS, name, reading, form[0], corporateNumber(), town)
                .withFieldsAndAreas(Set.of(random.nextBoolean() ? "economy" : pick(fieldCodes)), Set.of())
                .withProfile(word[2] + "で地域に貢献しています", word[2], "社員ボランティアの活動先を探している");
    }

    private OrganisationDraft school(Town town) {
        String[][] kinds = {{"小学校", "しょうがっこう"}, {"中学校", "ちゅうがっこう"}, {"高等学校", "こうとうがっこう"}, {"公民館", "こうみんかん"}};
        String[] k = pick(kinds);
        String name = town.cityName() + "立" + town.townName() + k[0];
        String reading = town.cityReading() + "りつ" + town.townReading() + k[1];
        return base(PartnerType.EDUCATION, name, reading, "公立", "", town)
                .withFieldsAndAreas(
                        Set.of("education", "children"), town.areaCode().isEmpty() ? Set.of() : Set.of(town.areaCode()))
                .withProfile("学校支援ボランティアと連携した放課後の学習教室", "施設と児童・生徒の参加", "見守りボランティアの確保");
    }

    private OrganisationDraft base(
            PartnerType type, String name, String reading, String legalForm, String corporateNumber, Town town) {
        String[] rep = pick(FAMILY);
        String[] repGiven = pick(GIVEN);
        String[] contact = pick(FAMILY);
        String[] contactGiven = pick(GIVEN);
        int statusRoll = random.nextInt(20);
        OrganisationStatus status = statusRoll == 0
                ? OrganisationStatus.APPLYING
                : statusRoll == 1 ? OrganisationStatus.SUSPENDED : OrganisationStatus.REGISTERED;
        LocalDate registered = today.minusDays(random.nextInt(365 * 6));
        return new OrganisationDraft(
                type,
                name,
                reading,
                "",
                legalForm,
                corporateNumber,
                type == PartnerType.CITY ? "" : String.format("R%04d", random.nextInt(9999) + 1),
                registered,
                status,
                new Contact(
                        postalCode(),
                        address(town),
                        phone(),
                        random.nextInt(3) == 0 ? "" : "info" + random.nextInt(100000) + "@example.jp",
                        random.nextInt(4) == 0 ? "https://example.jp/g" + random.nextInt(100000) : ""),
                new ContactPerson(
                        rep[0] + " " + repGiven[0],
                        rep[1] + " " + repGiven[1],
                        type == PartnerType.NEIGHBOURHOOD ? "会長" : "代表",
                        new Contact("", "", mobile(), "", "")),
                new ContactPerson(
                        contact[0] + " " + contactGiven[0],
                        contact[1] + " " + contactGiven[1],
                        "事務局",
                        new Contact("", "", mobile(), "jimukyoku" + random.nextInt(100000) + "@example.jp", "")),
                Set.of(),
                Set.of(),
                "",
                "",
                "",
                5 + random.nextInt(300),
                registered.minusYears(random.nextInt(30)),
                null,
                null,
                Set.of());
    }

    List<PersonDraft> people(int count) {
        List<PersonDraft> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(person(i));
        }
        return out;
    }

    private PersonDraft person(int i) {
        String[] f = pick(FAMILY);
        String[] g = pick(GIVEN);
        Town town = pick(towns);
        int birthYear = today.getYear() - 16 - random.nextInt(70);
        boolean volunteer = random.nextInt(3) > 0;
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (DayOfWeek d : DayOfWeek.values()) {
            if (random.nextInt(3) == 0) {
                days.add(d);
            }
        }
        Set<TimeBand> times = EnumSet.noneOf(TimeBand.class);
        times.add(pick(List.of(TimeBand.values())));
        String skills = pick(SKILLS) + "、" + pick(SKILLS);
        ExpertProfile expert = null;
        if (i % 40 == 7) {
            String[] q = pick(QUALIFICATIONS);
            expert = new ExpertProfile(q[0], q[1], random.nextBoolean());
        }
        return new PersonDraft(
                f[0] + " " + g[0],
                f[1] + " " + g[1],
                birthYear,
                town.areaCode(),
                new Contact(
                        postalCode(),
                        address(town),
                        random.nextBoolean() ? mobile() : phone(),
                        random.nextInt(3) == 0 ? "" : "user" + i + "@example.jp",
                        ""),
                skills,
                days,
                times,
                volunteer,
                volunteer ? today.minusDays(random.nextInt(365 * 5)) : null,
                expert,
                "");
    }

    /** 2 → に, 12 → じゅうに, 135 → ひゃくさんじゅうご (readings must be kana). */
    static String kanaNumber(int n) {
        String[] ones = {"", "いち", "に", "さん", "よん", "ご", "ろく", "なな", "はち", "きゅう"};
        if (n < 10) {
            return ones[n];
        }
        if (n >= 100) {
            return (n / 100 > 1 ? ones[n / 100] : "") + "ひゃく" + (n % 100 == 0 ? "" : kanaNumber(n % 100));
        }
        return (n / 10 > 1 ? ones[n / 10] : "") + "じゅう" + ones[n % 10];
    }

    private String corporateNumber() {
        StringBuilder base = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            base.append(random.nextInt(10));
        }
        return CorporateNumber.checkDigit(base.toString()) + base.toString();
    }

    private String address(Town town) {
        String prefecture = "埼玉県";
        return prefecture + town.cityName() + town.townName() + (1 + random.nextInt(5)) + "-" + (1 + random.nextInt(30))
                + "-" + (1 + random.nextInt(20));
    }

    private String postalCode() {
        return "33" + random.nextInt(2) + "-" + String.format("%04d", random.nextInt(10000));
    }

    private String phone() {
        return "048-" + (200 + random.nextInt(800)) + "-" + String.format("%04d", random.nextInt(10000));
    }

    private String mobile() {
        return "090-" + String.format("%04d", random.nextInt(10000)) + "-"
                + String.format("%04d", random.nextInt(10000));
    }

    private static String readingOfCity(Town town) {
        return town.cityName().equals("蕨市") ? "わらびし" : town.cityName().equals("川口市") ? "かわぐちし" : "し";
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private <T> T pick(T[] array) {
        return array[random.nextInt(array.length)];
    }
}
