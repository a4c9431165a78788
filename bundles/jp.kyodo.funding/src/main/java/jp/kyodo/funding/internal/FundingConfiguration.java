package jp.kyodo.funding.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** etc/jp.kyodo.funding.cfg */
@ObjectClassDefinition(name = "Kyodo funding", description = "Grant programmes, applications and reserve funds.")
public @interface FundingConfiguration {

    String PID = "jp.kyodo.funding";

    @AttributeDefinition(
            description =
                    "TrueType font with Japanese glyphs embedded in donation receipts (Debian: fonts-ipaexfont-gothic).")
    String receiptFont() default "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf";

    @AttributeDefinition(description = "The issuer printed on donation receipts, e.g. 川口市長 ○○ ○○.")
    String receiptIssuer() default "市長";

    @AttributeDefinition(description = "The city's name on receipts and in the open-data export, e.g. 川口市.")
    String cityName() default "";

    @AttributeDefinition(description = "The city's 6-digit 全国地方公共団体コード for the open-data export, e.g. 112038.")
    String cityCode() default "";

    @AttributeDefinition(
            description =
                    "A CSV file (列名,項目) replacing the built-in 支援制度情報 layout of the open-data export; empty = built-in.")
    String openDataLayout() default "";

    @AttributeDefinition(
            description =
                    "Form of collaboration a granted proposal's project gets in the matching module: GRANT, CO_HOSTING, COMMITTEE, COMMISSION or ENDORSEMENT.")
    String proposalProjectForm() default "GRANT";
}
