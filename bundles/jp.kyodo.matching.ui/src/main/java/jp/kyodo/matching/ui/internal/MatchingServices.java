package jp.kyodo.matching.ui.internal;

import java.util.Optional;
import jp.kyodo.core.area.AreaHierarchy;
import jp.kyodo.core.field.ActivityFieldTaxonomy;
import jp.kyodo.matching.CollaborationProjects;
import jp.kyodo.matching.ConsultationDesk;
import jp.kyodo.matching.MatchPipeline;
import jp.kyodo.matching.Matcher;
import jp.kyodo.matching.Needs;
import jp.kyodo.matching.Offers;
import jp.kyodo.registry.PartnerDirectory;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The services the matching pages, cards, search and REST API call, in one bundle-private service so
 * that each contribution needs a single reference. The city's areas and activity fields are optional:
 * without them codes are shown as they are stored.
 */
@Component(service = MatchingServices.class)
public final class MatchingServices {

    private final Needs needs;
    private final Offers offers;
    private final Matcher matcher;
    private final MatchPipeline pipeline;
    private final ConsultationDesk desk;
    private final CollaborationProjects projects;
    private final PartnerDirectory directory;

    @Reference(
            cardinality = ReferenceCardinality.OPTIONAL,
            policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile AreaHierarchy areas;

    @Reference(
            cardinality = ReferenceCardinality.OPTIONAL,
            policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile ActivityFieldTaxonomy fields;

    @Activate
    public MatchingServices(
            @Reference Needs needs,
            @Reference Offers offers,
            @Reference Matcher matcher,
            @Reference MatchPipeline pipeline,
            @Reference ConsultationDesk desk,
            @Reference CollaborationProjects projects,
            @Reference PartnerDirectory directory) {
        this.needs = needs;
        this.offers = offers;
        this.matcher = matcher;
        this.pipeline = pipeline;
        this.desk = desk;
        this.projects = projects;
        this.directory = directory;
    }

    public Needs needs() {
        return needs;
    }

    public Offers offers() {
        return offers;
    }

    public Matcher matcher() {
        return matcher;
    }

    public MatchPipeline pipeline() {
        return pipeline;
    }

    public ConsultationDesk desk() {
        return desk;
    }

    public CollaborationProjects projects() {
        return projects;
    }

    public PartnerDirectory directory() {
        return directory;
    }

    public Optional<AreaHierarchy> areas() {
        return Optional.ofNullable(areas);
    }

    public Optional<ActivityFieldTaxonomy> fields() {
        return Optional.ofNullable(fields);
    }
}
