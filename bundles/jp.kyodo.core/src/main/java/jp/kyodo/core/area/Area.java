package jp.kyodo.core.area;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import jp.kyodo.core.FieldError;
import jp.kyodo.core.ValidationException;
import jp.kyodo.core.text.JapaneseText;

/**
 * One area of a city: the city itself, a ward, a district, a 町会・自治会, or a 中学校区 overlay. See
 * {@link AreaKind} for the levels and {@link AreaHierarchy} for how they fit together.
 *
 * @param code the city's own code for the area; 1–32 letters, digits, {@code _} or {@code -}; stable,
 *     because records refer to areas by it
 * @param name the name, e.g. 芝地区
 * @param nameKana the reading, for sorting; empty when not given
 * @param kind the level
 * @param parentCode the code of the area directly above; {@code null} for the city and for overlays
 */
public record Area(String code, String name, String nameKana, AreaKind kind, String parentCode) {

    /** The form of an area code. */
    public static final Pattern CODE_PATTERN = Pattern.compile("[A-Za-z0-9_-]{1,32}");

    /** @throws ValidationException listing every problem of the area */
    public Area {
        name = name == null ? "" : name.strip();
        nameKana = nameKana == null ? "" : nameKana.strip();
        parentCode = parentCode == null || parentCode.isBlank() ? null : parentCode.strip();
        List<FieldError> errors = new ArrayList<>();
        if (!isValidCode(code)) {
            errors.add(new FieldError("code", "地域コードは半角英数字・「_」・「-」の1〜32文字です（入力: 「" + code + "」）"));
        }
        if (name.isEmpty()) {
            errors.add(new FieldError("name", "地域 " + code + " の名称を入力してください"));
        }
        if (!nameKana.isEmpty() && !JapaneseText.isReading(nameKana)) {
            errors.add(new FieldError("nameKana", "「" + name + "」のよみはひらがなまたはカタカナで入力してください"));
        }
        if (kind == null) {
            errors.add(new FieldError("kind", "地域 " + code + " の種別を指定してください"));
        } else if (kind.allowedParents().isEmpty() && parentCode != null) {
            errors.add(new FieldError("parentCode", "「" + kind.labelJa() + "」には上位コードを指定できません"));
        } else if (!kind.allowedParents().isEmpty() && parentCode == null) {
            errors.add(new FieldError("parentCode", "「" + kind.labelJa() + "」の地域 " + code + " には上位コードが必要です"));
        }
        if (parentCode != null && !isValidCode(parentCode)) {
            errors.add(new FieldError("parentCode", "上位コード「" + parentCode + "」の形式が正しくありません"));
        } else if (parentCode != null && parentCode.equals(code)) {
            errors.add(new FieldError("parentCode", "地域 " + code + " を自分自身の上位にはできません"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    /** Whether the text is a well-formed area code. */
    public static boolean isValidCode(String code) {
        return code != null && CODE_PATTERN.matcher(code).matches();
    }

    /** Whether this area is an overlay (中学校区) rather than part of the tree. */
    public boolean overlay() {
        return kind.overlay();
    }
}
