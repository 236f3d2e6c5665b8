package nl.vocampus.lekwacht.incident;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Device")
public record DeviceInput(
        @NotNull DeviceType type,
        @Schema(description = "Issued by the school (true) or private (false)") Boolean schoolIssued,
        @Size(max = 100) String assetTag,
        @Size(max = 100) String serialNumber,
        @Schema(description = "Defaults to UNKNOWN") YesNoUnknown encrypted,
        @Schema(description = "Defaults to UNKNOWN") YesNoUnknown screenLock,
        @Schema(description = "Defaults to UNKNOWN") RemoteWipe remoteWipe,
        @Size(max = 300) String lastKnownLocation,
        @Schema(description = "Police report (aangifte) number after theft") @Size(max = 100) String policeReportNumber) {
}
