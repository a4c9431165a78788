/**
 * Japanese eras (和暦) and fiscal years (年度, April to March): formatting as city documents write them
 * and lenient parsing of the forms people type.
 */
@Version("1.0.0")
package jp.kyodo.core.calendar;

import org.osgi.annotation.versioning.Version;
