package jp.kyodo.core.audit;

/** What kind of thing happened to a record. Stored by name: never rename a constant. */
public enum AuditAction {
    CREATE("登録"),
    UPDATE("更新"),
    DEACTIVATE("無効化"),
    DELETE("削除"),
    /** Personal data (contacts, address, birth year …) was shown or returned to someone. */
    READ_PERSONAL("個人情報の閲覧"),
    EXPORT("エクスポート"),
    IMPORT("インポート"),
    /** A person's personal data was erased on request; the fact of the erasure stays here. */
    ERASE("個人情報の消去"),
    LOGIN("ログイン"),
    LOGIN_FAILED("ログイン失敗"),
    LOGOUT("ログアウト"),
    /** An account or a client address was locked after too many failed sign-ins or API tokens. */
    LOGIN_LOCKED("ログインのロック"),
    /** An administrator lifted such a lock. */
    UNLOCK("ロック解除"),
    /** Operations: backups, configuration, module installation. */
    ADMIN("管理操作");

    private final String labelJa;

    AuditAction(String labelJa) {
        this.labelJa = labelJa;
    }

    /** The Japanese label shown to staff. */
    public String labelJa() {
        return labelJa;
    }
}
