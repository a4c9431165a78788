package jp.kyodo.matching.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** etc/jp.kyodo.matching.cfg */
@ObjectClassDefinition(name = "Kyodo matching", description = "Matching, the one-stop desk and collaboration projects.")
public @interface MatchingConfiguration {

    String PID = "jp.kyodo.matching";

    @AttributeDefinition(description = "An open match without a step for more days than this is shown as stale.")
    int staleAfterDays() default 14;

    @AttributeDefinition(description = "Days a department has to answer a desk item when routing gives no due date.")
    int deskAnswerDays() default 14;

    @AttributeDefinition(description = "Minutes between the checks for overdue desk items (escalation).")
    int escalationCheckMinutes() default 60;

    @AttributeDefinition(description = "Weeks before its end a project without an exit strategy is flagged (出口戦略の未決定).")
    int exitWarningWeeks() default 8;

    @AttributeDefinition(description = "Ids of scoring rules not to use (e.g. load), Kyodo's own or a plugin's.")
    String[] disabledRules() default {};

    @AttributeDefinition(
            description = "For rehearsals and tests only, never in production: the module's clock runs this many days "
                    + "ahead (staff practise escalations and stale matches; browser tests let items go overdue).")
    int rehearsalDaysAhead() default 0;
}
