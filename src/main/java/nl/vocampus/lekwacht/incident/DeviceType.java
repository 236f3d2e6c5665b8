package nl.vocampus.lekwacht.incident;

public enum DeviceType {
    LAPTOP, PHONE, TABLET, USB_STICK, EXTERNAL_DRIVE, PAPER, OTHER
}
