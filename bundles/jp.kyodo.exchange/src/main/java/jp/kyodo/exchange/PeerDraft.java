package jp.kyodo.exchange;

/**
 * A neighbouring city as an administrator registers it.
 *
 * @param municipalityCode its 全国地方公共団体コード (6 digits, check digit verified; 全角 accepted)
 * @param baseUrl where its Kyodo answers, e.g. {@code https://kyodo.city.kawasaki.jp}
 * @param publicKey its signing key as its own exchange page shows it (base64url, 43 characters)
 * @param active whether records are sent to it and accepted from it
 */
public record PeerDraft(String municipalityCode, String baseUrl, String publicKey, boolean active) {

    public PeerDraft {
        municipalityCode = municipalityCode == null ? "" : municipalityCode.strip();
        baseUrl = baseUrl == null ? "" : baseUrl.strip();
        publicKey = publicKey == null ? "" : publicKey.strip();
    }
}
