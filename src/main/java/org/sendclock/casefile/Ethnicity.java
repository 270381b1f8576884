package org.sendclock.casefile;

/**
 * The DfE's main ethnicity codes (common basic data set), as the school census and the SEN2 return (module 1) take
 * them. Councils may hold the extended codes; the return takes the main ones, so only these are accepted.
 */
public enum Ethnicity {
    WBRI("White - British"),
    WIRI("White - Irish"),
    WIRT("Traveller of Irish heritage"),
    WOTH("Any other White background"),
    WROM("Gypsy / Roma"),
    MWBC("White and Black Caribbean"),
    MWBA("White and Black African"),
    MWAS("White and Asian"),
    MOTH("Any other mixed background"),
    AIND("Indian"),
    APKN("Pakistani"),
    ABAN("Bangladeshi"),
    AOTH("Any other Asian background"),
    BCRB("Black Caribbean"),
    BAFR("Black African"),
    BOTH("Any other Black background"),
    CHNE("Chinese"),
    OOTH("Any other ethnic group"),
    REFU("Refused"),
    NOBT("Information not yet obtained");

    private final String words;

    Ethnicity(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
