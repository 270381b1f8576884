package org.sendclock.sen2;

import java.util.Set;

/**
 * The DfE's ethnicity codes (the common basic data set's main and extended lists) that the return takes for a child.
 */
final class Ethnicity {

    private static final Set<String> CODES = Set.of(
            "WBRI", "WCOR", "WENG", "WNIR", "WSCO", "WWEL", "WOWB", "WIRI", "WIRT", "WOTH", "WALB", "WBOS", "WCRO",
            "WGRE", "WGRK", "WGRC", "WITA", "WKOS", "WPOR", "WSER", "WTUR", "WTUK", "WTUC", "WEUR", "WEEU", "WWEU",
            "WOTW", "WROM", "WROG", "WROR", "WROO",
            "MWBC", "MWBA", "MWAS", "MWAP", "MWAI", "MWAO", "MOTH", "MAOE", "MABL", "MACH", "MBOE", "MBCH", "MCOE",
            "MWOE", "MWCH", "MOTM",
            "AIND", "APKN", "AMPK", "AKPA", "AOPK", "ABAN", "AOTH", "AAFR", "AKAO", "ANEP", "ASNL", "ASLT", "ASRO",
            "AOTA", "ABRI", "AWEL",
            "BCRB", "BAFR", "BANN", "BCON", "BGHA", "BNGN", "BSLN", "BSOM", "BSUD", "BAOF", "BOTH", "BEUR", "BNAM",
            "BOTB", "BBRI", "BWEL",
            "CHNE", "CHKC", "CMAL", "CSNG", "CTWN", "COCH",
            "OOTH", "OAFG", "ORAB", "OARA", "OEGY", "OFIL", "OIRN", "OIRQ", "OJPN", "OKOR", "OKRD", "OLAM", "OLEB",
            "OLIB", "OMAL", "OMRC", "OPOL", "OTHA", "OVIE", "OYEM", "OOEG",
            "REFU", "NOBT");

    private Ethnicity() {
    }

    static boolean isCode(String code) {
        return code != null && CODES.contains(code);
    }
}
