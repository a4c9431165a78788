/**
 * Japanese text handling: search normalisation (width, kana and case insensitive), ordering by reading
 * (50音順) and validation of furigana.
 */
@Version("1.1.0")
package jp.kyodo.core.text;

import org.osgi.annotation.versioning.Version;
