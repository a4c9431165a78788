/**
 * A city's areas: the tree city → ward (区) → district (地区) → 町会・自治会, the 中学校区 overlays that
 * group tree areas, and their CSV layout. Domains use it to record where partners act and to filter by
 * area including the areas inside it.
 */
@Version("1.0.0")
package jp.kyodo.core.area;

import org.osgi.annotation.versioning.Version;
