package jp.kyodo.registry;

import java.time.LocalDate;
import java.util.Set;
import jp.kyodo.core.Records;

/**
 * What staff enter for an organisation: the input of {@link OrganisationRegistry#create} and {@link
 * OrganisationRegistry#update}, and the details of a stored {@link Organisation}. Strings are never
 * null (empty when not given); sets are sorted and unmodifiable.
 *
 * @param type 地縁団体, 市民団体, 事業者, 教育機関等 or 市の部署 (not {@link PartnerType#CITIZEN})
 * @param name the name (名称), required
 * @param nameReading its reading in kana (フリガナ), required
 * @param nameEnglish optional English name
 * @param legalForm e.g. NPO法人, 株式会社, 社会福祉法人, 任意団体
 * @param corporateNumber 法人番号 (13 digits, check digit validated) where it has one
 * @param stationNumber the citizen partner station's registration number (登録番号)
 * @param stationRegisteredOn when it registered at the station
 * @param status 申請中, 登録, 休止 or 解散
 * @param publicContact the organisation's public contact (office address, phone, e-mail, web)
 * @param representative 代表者
 * @param contactPerson 連絡担当者
 * @param fieldCodes activity fields (codes of the core's activity-field taxonomy)
 * @param areaCodes activity areas (codes of the core's area hierarchy; may span areas and cities)
 * @param description what it does (活動内容)
 * @param strengths 得意分野
 * @param needs current problems and needs (課題)
 * @param membersCount number of members, null when unknown
 * @param foundedOn founding date (設立日)
 * @param certifiedOn start of the city's certification (認定), null when not certified
 * @param certifiedUntil end of the certification's validity
 * @param tags free tags
 */
public record OrganisationDraft(
        PartnerType type,
        String name,
        String nameReading,
        String nameEnglish,
        String legalForm,
        String corporateNumber,
        String stationNumber,
        LocalDate stationRegisteredOn,
        OrganisationStatus status,
        Contact publicContact,
        ContactPerson representative,
        ContactPerson contactPerson,
        Set<String> fieldCodes,
        Set<String> areaCodes,
        String description,
        String strengths,
        String needs,
        Integer membersCount,
        LocalDate foundedOn,
        LocalDate certifiedOn,
        LocalDate certifiedUntil,
        Set<String> tags) {

    public OrganisationDraft {
        name = Records.text(name);
        nameReading = Records.text(nameReading);
        nameEnglish = Records.text(nameEnglish);
        legalForm = Records.text(legalForm);
        corporateNumber = Records.text(corporateNumber);
        stationNumber = Records.text(stationNumber);
        status = status == null ? OrganisationStatus.REGISTERED : status;
        publicContact = publicContact == null ? Contact.EMPTY : publicContact;
        representative = representative == null ? ContactPerson.NONE : representative;
        contactPerson = contactPerson == null ? ContactPerson.NONE : contactPerson;
        fieldCodes = Records.sorted(fieldCodes);
        areaCodes = Records.sorted(areaCodes);
        description = Records.text(description);
        strengths = Records.text(strengths);
        needs = Records.text(needs);
        tags = Records.sorted(tags);
    }

    /** A draft with the required parts; everything else empty. */
    public static OrganisationDraft of(PartnerType type, String name, String nameReading) {
        return new OrganisationDraft(
                type,
                name,
                nameReading,
                "",
                "",
                "",
                "",
                null,
                OrganisationStatus.REGISTERED,
                null,
                null,
                null,
                Set.of(),
                Set.of(),
                "",
                "",
                "",
                null,
                null,
                null,
                null,
                Set.of());
    }

    /** Whether the certification is valid on the day. */
    public boolean certifiedOn(LocalDate day) {
        return certifiedOn != null
                && !day.isBefore(certifiedOn)
                && (certifiedUntil == null || !day.isAfter(certifiedUntil));
    }

    public OrganisationDraft withName(String newName, String newReading) {
        return new OrganisationDraft(
                type,
                newName,
                newReading,
                nameEnglish,
                legalForm,
                corporateNumber,
                stationNumber,
                stationRegisteredOn,
                status,
                publicContact,
                representative,
                contactPerson,
                fieldCodes,
                areaCodes,
                description,
                strengths,
                needs,
                membersCount,
                foundedOn,
                certifiedOn,
                certifiedUntil,
                tags);
    }

    public OrganisationDraft withCorporateNumber(String number) {
        return new OrganisationDraft(
                type,
                name,
                nameReading,
                nameEnglish,
                legalForm,
                number,
                stationNumber,
                stationRegisteredOn,
                status,
                publicContact,
                representative,
                contactPerson,
                fieldCodes,
                areaCodes,
                description,
                strengths,
                needs,
                membersCount,
                foundedOn,
                certifiedOn,
                certifiedUntil,
                tags);
    }

    public OrganisationDraft withStatus(OrganisationStatus newStatus) {
        return new OrganisationDraft(
                type,
                name,
                nameReading,
                nameEnglish,
                legalForm,
                corporateNumber,
                stationNumber,
                stationRegisteredOn,
                newStatus,
                publicContact,
                representative,
                contactPerson,
                fieldCodes,
                areaCodes,
                description,
                strengths,
                needs,
                membersCount,
                foundedOn,
                certifiedOn,
                certifiedUntil,
                tags);
    }

    public OrganisationDraft withContacts(
            Contact newPublic, ContactPerson newRepresentative, ContactPerson newContact) {
        return new OrganisationDraft(
                type,
                name,
                nameReading,
                nameEnglish,
                legalForm,
                corporateNumber,
                stationNumber,
                stationRegisteredOn,
                status,
                newPublic,
                newRepresentative,
                newContact,
                fieldCodes,
                areaCodes,
                description,
                strengths,
                needs,
                membersCount,
                foundedOn,
                certifiedOn,
                certifiedUntil,
                tags);
    }

    public OrganisationDraft withFieldsAndAreas(Set<String> newFields, Set<String> newAreas) {
        return new OrganisationDraft(
                type,
                name,
                nameReading,
                nameEnglish,
                legalForm,
                corporateNumber,
                stationNumber,
                stationRegisteredOn,
                status,
                publicContact,
                representative,
                contactPerson,
                newFields,
                newAreas,
                description,
                strengths,
                needs,
                membersCount,
                foundedOn,
                certifiedOn,
                certifiedUntil,
                tags);
    }

    public OrganisationDraft withProfile(String newDescription, String newStrengths, String newNeeds) {
        return new OrganisationDraft(
                type,
                name,
                nameReading,
                nameEnglish,
                legalForm,
                corporateNumber,
                stationNumber,
                stationRegisteredOn,
                status,
                publicContact,
                representative,
                contactPerson,
                fieldCodes,
                areaCodes,
                newDescription,
                newStrengths,
                newNeeds,
                membersCount,
                foundedOn,
                certifiedOn,
                certifiedUntil,
                tags);
    }

    public OrganisationDraft withCertification(LocalDate from, LocalDate until) {
        return new OrganisationDraft(
                type,
                name,
                nameReading,
                nameEnglish,
                legalForm,
                corporateNumber,
                stationNumber,
                stationRegisteredOn,
                status,
                publicContact,
                representative,
                contactPerson,
                fieldCodes,
                areaCodes,
                description,
                strengths,
                needs,
                membersCount,
                foundedOn,
                from,
                until,
                tags);
    }
}
