package steward.web;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * Classes that a library creates by reflection, which a native executable keeps only when told: opencc4j
 * (traditional ↔ simplified Chinese in resident search and the answer book) makes its dictionaries and
 * segmenters with {@code Class.newInstance()} through its {@code Instances.singleton}.
 */
@RegisterForReflection(classNames = {
        "com.github.houbb.opencc4j.support.data.impl.STCharData",
        "com.github.houbb.opencc4j.support.data.impl.STPhraseData",
        "com.github.houbb.opencc4j.support.data.impl.TSCharData",
        "com.github.houbb.opencc4j.support.data.impl.TSPhraseData",
        "com.github.houbb.opencc4j.support.data.impl.TwSTCharData",
        "com.github.houbb.opencc4j.support.data.impl.TwSTPhraseData",
        "com.github.houbb.opencc4j.support.data.impl.TwTSCharData",
        "com.github.houbb.opencc4j.support.data.impl.TwTSPhraseData",
        "com.github.houbb.opencc4j.support.datamap.impl.DataMapDefault",
        "com.github.houbb.opencc4j.support.datamap.impl.DataMapTaiwan",
        "com.github.houbb.opencc4j.support.segment.impl.CharSegment",
        "com.github.houbb.opencc4j.support.segment.impl.FastForwardSegment",
        "com.github.houbb.opencc4j.support.segment.impl.TwFastForwardSegment" })
final class NativeRegistrations {

    private NativeRegistrations() {
    }
}
