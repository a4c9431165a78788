package jp.kyodo.registry.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import jp.kyodo.registry.OrganisationDraft;
import jp.kyodo.registry.PersonDraft;

/**
 * What an update changed, for the audit log: the names of the changed items, never their values
 * (the log must not hold the personal data itself).
 */
final class Changes {

    private Changes() {}

    static String describe(OrganisationDraft before, OrganisationDraft after) {
        List<String> changed = new ArrayList<>();
        check(changed, "種別", before, after, OrganisationDraft::type);
        check(changed, "名称", before, after, OrganisationDraft::name);
        check(changed, "ふりがな", before, after, OrganisationDraft::nameReading);
        check(changed, "英語名称", before, after, OrganisationDraft::nameEnglish);
        check(changed, "法人格", before, after, OrganisationDraft::legalForm);
        check(changed, "法人番号", before, after, OrganisationDraft::corporateNumber);
        check(changed, "登録番号", before, after, OrganisationDraft::stationNumber);
        check(changed, "登録日", before, after, OrganisationDraft::stationRegisteredOn);
        check(changed, "状態", before, after, OrganisationDraft::status);
        check(changed, "公開連絡先", before, after, OrganisationDraft::publicContact);
        check(changed, "代表者", before, after, OrganisationDraft::representative);
        check(changed, "連絡担当者", before, after, OrganisationDraft::contactPerson);
        check(changed, "活動分野", before, after, OrganisationDraft::fieldCodes);
        check(changed, "活動地域", before, after, OrganisationDraft::areaCodes);
        check(changed, "活動内容", before, after, OrganisationDraft::description);
        check(changed, "得意分野", before, after, OrganisationDraft::strengths);
        check(changed, "課題", before, after, OrganisationDraft::needs);
        check(changed, "会員数", before, after, OrganisationDraft::membersCount);
        check(changed, "設立日", before, after, OrganisationDraft::foundedOn);
        check(
                changed,
                "認定",
                before,
                after,
                d -> List.of(String.valueOf(d.certifiedOn()), String.valueOf(d.certifiedUntil())));
        check(changed, "タグ", before, after, OrganisationDraft::tags);
        return summary(changed);
    }

    static String describe(PersonDraft before, PersonDraft after) {
        List<String> changed = new ArrayList<>();
        check(changed, "氏名", before, after, PersonDraft::name);
        check(changed, "ふりがな", before, after, PersonDraft::nameReading);
        check(changed, "生まれ年", before, after, PersonDraft::birthYear);
        check(changed, "居住地域", before, after, PersonDraft::areaCode);
        check(changed, "連絡先", before, after, PersonDraft::contact);
        check(changed, "スキル", before, after, PersonDraft::skills);
        check(changed, "活動できる日時", before, after, d -> List.of(d.availableDays(), d.availableTimes()));
        check(changed, "ボランティア登録", before, after, d -> List.of(d.volunteer(), String.valueOf(d.volunteerSince())));
        check(changed, "専門家情報", before, after, PersonDraft::expert);
        check(changed, "メモ", before, after, PersonDraft::notes);
        return summary(changed);
    }

    private static <T> void check(List<String> changed, String label, T before, T after, Function<T, ?> part) {
        if (!Objects.equals(part.apply(before), part.apply(after))) {
            changed.add(label);
        }
    }

    private static String summary(List<String> changed) {
        return changed.isEmpty() ? "変更なし" : "変更: " + String.join("、", changed);
    }
}
