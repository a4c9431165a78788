/**
 * Training and growth (研修・人づくり).
 *
 * <p>{@link jp.kyodo.training.Courses}: courses of the 盛人大学 (a college for people aged 50 and over, eligibility
 * from the registry's birth year), youth volunteer programmes (school grade ranges), lectures and workshops; the
 * application period, a fair and reproducible lottery when a course is oversubscribed ({@link
 * jp.kyodo.training.Lottery}), attendance, completion, and graduates traced in their later volunteering. {@link
 * jp.kyodo.training.StaffTrainings}: e-learning for the city's staff (a video and slides) assigned to all staff or
 * chosen departments, completion per department, reminders. {@link jp.kyodo.training.Surveys}: understanding
 * surveys before and after, statistics per answer and per department, year over year, answers imported from a
 * form service's CSV. {@link jp.kyodo.training.VolunteerPoints}: points per activity hour by configurable rules,
 * redemption, expiry at the fiscal-year end, certificates of volunteer hours as PDF.
 *
 * <p>Every call runs as the user in {@link jp.kyodo.core.security.SecurityContext}; permissions are decided here.
 * Changes are announced on EventAdmin ({@link jp.kyodo.training.TrainingTopics}).
 */
@Version("1.0.0")
package jp.kyodo.training;

import org.osgi.annotation.versioning.Version;
