/**
 * Reading and writing CSV files the way Japanese city staff exchange them with Excel: a header line,
 * UTF-8 with a byte-order mark, and errors reported by row number and column so that a file can be
 * corrected in one go.
 */
@Version("1.2.0")
package jp.kyodo.core.csv;

import org.osgi.annotation.versioning.Version;
