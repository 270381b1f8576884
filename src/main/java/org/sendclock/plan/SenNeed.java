package org.sendclock.plan;

/** The type of special educational need, as the SEN2 return (module 5c) and the school census code it. */
public enum SenNeed {
    SPLD("Specific learning difficulty"),
    MLD("Moderate learning difficulty"),
    SLD("Severe learning difficulty"),
    PMLD("Profound and multiple learning difficulty"),
    SEMH("Social, emotional and mental health"),
    SLCN("Speech, language and communication needs"),
    HI("Hearing impairment"),
    VI("Vision impairment"),
    MSI("Multi-sensory impairment"),
    PD("Physical disability"),
    ASD("Autistic spectrum disorder"),
    DS("Down syndrome"),
    OTH("Other difficulty or disability");

    private final String words;

    SenNeed(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
