package nl.vocampus.lekwacht.incident;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** The lost or stolen device of a device report. */
@Embeddable
public class Device {

    @Enumerated(EnumType.STRING)
    @Column(name = "device_type")
    public DeviceType type;

    @Column(name = "device_school_issued")
    public Boolean schoolIssued;

    @Column(name = "device_asset_tag")
    public String assetTag;

    @Column(name = "device_serial_number")
    public String serialNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "device_encrypted")
    public YesNoUnknown encrypted;

    @Enumerated(EnumType.STRING)
    @Column(name = "device_screen_lock")
    public YesNoUnknown screenLock;

    @Enumerated(EnumType.STRING)
    @Column(name = "device_remote_wipe")
    public RemoteWipe remoteWipe;

    @Column(name = "device_last_known_location")
    public String lastKnownLocation;

    @Column(name = "police_report_number")
    public String policeReportNumber;
}
