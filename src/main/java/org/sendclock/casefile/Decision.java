package org.sendclock.casefile;

/** The reg 5 decision: whether to carry out an EHC needs assessment. */
public enum Decision {
    ASSESS, REFUSE
}
