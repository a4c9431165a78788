package jp.kyodo.core.municipality;

import java.util.Objects;
import jp.kyodo.core.ValidationException;
import jp.kyodo.core.text.JapaneseText;

/**
 * A prefecture or municipality (市区町村) from the national list of local governments: what Kyodo shows
 * for a {@link LocalGovernmentCode}, e.g. where a partner group is based or which city a shared case
 * study comes from.
 *
 * @param code its local-government code
 * @param name the name, e.g. 川口市; for a prefecture the prefecture's name
 * @param nameKana the reading in kana, e.g. カワグチシ; empty when unknown
 * @param prefectureName the prefecture it belongs to, e.g. 埼玉県
 */
public record Municipality(LocalGovernmentCode code, String name, String nameKana, String prefectureName) {

    public Municipality {
        Objects.requireNonNull(code, "code");
        name = name == null ? "" : name.strip();
        nameKana = nameKana == null ? "" : nameKana.strip();
        prefectureName = prefectureName == null ? "" : prefectureName.strip();
        if (name.isEmpty()) {
            throw ValidationException.of("name", "団体 " + code + " の名称を入力してください");
        }
        if (prefectureName.isEmpty()) {
            throw ValidationException.of("prefectureName", "団体 " + code + " の都道府県名を入力してください");
        }
        if (!nameKana.isEmpty() && !JapaneseText.isReading(nameKana)) {
            throw ValidationException.of("nameKana", "「" + name + "」のよみはひらがなまたはカタカナで入力してください");
        }
        if (code.isPrefecture() && !name.equals(prefectureName)) {
            throw ValidationException.of(
                    "name", "都道府県（" + code + "）の名称は都道府県名と同じでなければなりません: " + name + " / " + prefectureName);
        }
    }

    /** Whether this entry is a prefecture rather than a municipality. */
    public boolean isPrefecture() {
        return code.isPrefecture();
    }

    /** The name with its prefecture, e.g. 埼玉県川口市; only the name for a prefecture. */
    public String fullName() {
        return isPrefecture() ? name : prefectureName + name;
    }
}
