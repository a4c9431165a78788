package jp.kyodo.registry;

import jp.kyodo.core.Records;

/**
 * Where a partner can be reached. Any part may be empty (never null).
 *
 * @param postalCode 〒 in the form {@code 123-4567}
 * @param address the full address (都道府県 … 番地, building)
 * @param phone as written, e.g. {@code 048-222-1111}
 * @param email an e-mail address
 * @param website a web address (organisations' public contact only)
 */
public record Contact(String postalCode, String address, String phone, String email, String website) {

    public static final Contact EMPTY = new Contact("", "", "", "", "");

    public Contact {
        postalCode = Records.text(postalCode);
        address = Records.text(address);
        phone = Records.text(phone);
        email = Records.text(email);
        website = Records.text(website);
    }

    /** Whether no part is given. */
    public boolean blank() {
        return postalCode.isEmpty() && address.isEmpty() && phone.isEmpty() && email.isEmpty() && website.isEmpty();
    }
}
