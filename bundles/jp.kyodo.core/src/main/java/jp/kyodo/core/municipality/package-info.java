/**
 * Japan's local governments: the 全国地方公共団体コード with its check digit, prefectures and
 * municipalities, and a directory to look them up, backed by a data snapshot that cities can replace.
 */
@Version("1.0.0")
package jp.kyodo.core.municipality;

import org.osgi.annotation.versioning.Version;
