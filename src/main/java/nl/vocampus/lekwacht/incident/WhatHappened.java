package nl.vocampus.lekwacht.incident;

/** Question 5.2 of the AP's notification form: what happened. */
public enum WhatHappened {
    EMAIL_WRONG_RECIPIENT,
    ADDRESSES_VISIBLE_IN_TO_CC,
    LETTER_WRONG_ADDRESS_OR_LOST,
    ACCESS_RIGHTS_WRONG,
    SHARED_FOLDER_TOO_OPEN,
    DEVICE_OR_PAPER_LOST_OR_STOLEN,
    PUBLISHED_BY_MISTAKE,
    HACKING_MALWARE_PHISHING,
    DATA_ADDED_TO_WRONG_FILE,
    OTHER
}
