package jp.kyodo.web.internal.i18n;

import java.util.Arrays;
import java.util.List;
import jp.kyodo.web.Translations;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.util.tracker.BundleTracker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Adds the resource bundles named in the {@value Translations#HEADER} header of every active
 * bundle to the shell's translations; the shell's own come first, so plugins cannot change them.
 */
@Component(service = TranslationTracker.class)
public final class TranslationTracker {

    /** The shell's own texts. */
    public static final String SHELL_BASE_NAME = "OSGI-INF/l10n/shell";

    private static final Logger LOG = LoggerFactory.getLogger(TranslationTracker.class);

    private final MergedTranslations translations = new MergedTranslations();
    private final BundleTracker<String> tracker;

    @Activate
    public TranslationTracker(BundleContext context) {
        Bundle self = context.getBundle();
        translations.add(new MergedTranslations.Source(
                self.getSymbolicName(), SHELL_BASE_NAME, TranslationTracker.class.getClassLoader()));
        tracker = new BundleTracker<>(context, Bundle.STARTING | Bundle.ACTIVE, null) {
            @Override
            public String addingBundle(Bundle bundle, BundleEvent event) {
                String header = bundle.getHeaders("").get(Translations.HEADER);
                if (header == null || bundle.equals(self)) {
                    return null;
                }
                BundleWiring wiring = bundle.adapt(BundleWiring.class);
                if (wiring == null) {
                    return null;
                }
                String owner = bundle.getSymbolicName() + "/" + bundle.getBundleId();
                for (String baseName : baseNames(header)) {
                    translations.add(new MergedTranslations.Source(owner, baseName, wiring.getClassLoader()));
                    LOG.debug("Translations {} of {} added", baseName, owner);
                }
                return owner;
            }

            @Override
            public void removedBundle(Bundle bundle, BundleEvent event, String owner) {
                translations.removeOwner(owner);
            }
        };
        tracker.open();
    }

    @Deactivate
    void deactivate() {
        tracker.close();
    }

    public MergedTranslations translations() {
        return translations;
    }

    static List<String> baseNames(String header) {
        return Arrays.stream(header.split(","))
                .map(String::strip)
                .map(s -> s.endsWith(".properties") ? s.substring(0, s.length() - ".properties".length()) : s)
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
