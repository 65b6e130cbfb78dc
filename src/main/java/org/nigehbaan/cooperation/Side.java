package org.nigehbaan.cooperation;

/** The two sides of the cooperation: who wrote a message, who took a step. */
public enum Side {
    PAKISTAN, UK
}
