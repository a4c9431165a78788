package jp.kyodo.funding.ui.internal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.util.Locale;
import java.util.Optional;
import jp.kyodo.core.area.Area;
import jp.kyodo.core.area.AreaHierarchy;
import jp.kyodo.core.calendar.FiscalYear;
import jp.kyodo.funding.SubsidyRate;
import jp.kyodo.web.TextLabels;

/**
 * What the funding screens show, in the user's language: every enum of the funding API by the key
 * {@code funding.<EnumType>.<CONSTANT>}, fiscal years with the Japanese era (令和8年度 / FY2026 (Reiwa 8)), subsidy
 * rates, wards; dates and yen as the shell's {@link TextLabels}.
 */
public final class Labels extends TextLabels {

    private final Optional<AreaHierarchy> areas;

    public Labels(Locale locale, Texts texts, Optional<AreaHierarchy> areas) {
        super("funding.", locale, texts);
        this.areas = areas;
    }

    static Labels of(Component component, FundingServices services) {
        UI ui = component.getUI().orElseGet(UI::getCurrent);
        Locale locale = ui == null ? Locale.JAPANESE : ui.getLocale();
        return new Labels(locale, component::getTranslation, services.areas());
    }

    /** 令和8年度 (2026) / FY2026 (Reiwa 8); 平成31年度 is shown as 令和元年度. */
    public String fiscalYear(int startYear) {
        FiscalYear fy = new FiscalYear(startYear);
        return isJapanese()
                ? fy.format() + "（" + startYear + "）"
                : "FY" + startYear + " (" + fy.era().romaji() + " " + fy.eraYear() + ")";
    }

    /** 2/3; 10/10 for the whole cost. */
    public String rate(SubsidyRate rate) {
        return rate == null ? "" : rate.toString();
    }

    /** The area's name; the code itself when unknown; empty for none. */
    public String area(String code) {
        if (code == null || code.isEmpty()) {
            return "";
        }
        return areas.flatMap(h -> h.find(code)).map(Area::name).orElse(code);
    }
}
