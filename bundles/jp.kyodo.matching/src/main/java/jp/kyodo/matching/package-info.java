/**
 * Matching, the one-stop desk and collaboration projects (マッチング・相談窓口・協働事業).
 *
 * <p>Needs ({@link jp.kyodo.matching.Needs}) and offers ({@link jp.kyodo.matching.Offers}); the {@link
 * jp.kyodo.matching.Matcher} ranks the registry's people, organisations and the offers for a need and
 * explains each score term by term ({@link jp.kyodo.matching.ScoringRule}, a service interface cities extend
 * with their own rules); the {@link jp.kyodo.matching.MatchPipeline} takes a match from proposal to outcome
 * and its case study (事例). The {@link jp.kyodo.matching.ConsultationDesk} routes consultations and
 * proposals to departments and escalates what is overdue. {@link jp.kyodo.matching.CollaborationProjects}
 * is the project register with collective-impact agendas.
 *
 * <p>Every call runs as the user in {@link jp.kyodo.core.security.SecurityContext}; permissions and the
 * masking of private persons are decided here. Changes are announced on EventAdmin ({@link
 * jp.kyodo.matching.MatchingEvents}).
 */
@Version("1.2.0")
package jp.kyodo.matching;

import org.osgi.annotation.versioning.Version;
