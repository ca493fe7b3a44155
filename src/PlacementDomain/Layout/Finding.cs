using Placement.Domain.Memory;
using Placement.Domain.Pci;

namespace Placement.Domain.Layout;

public enum Severity
{
    Warning,
    Error,

    /// <summary>Worth knowing, changes no verdict (a migration check's region-not-reserved).</summary>
    Info,
}

/// <summary>
/// One thing a plan found: a stable <see cref="Code"/> (see <see cref="FindingCodes"/>), the
/// message Xen would print where it prints one, and the range and device it concerns, if any.
/// </summary>
public sealed record Finding(Severity Severity, string Code, string Message, AddressRange? Range = null, PciAddress? Device = null)
{
    /// <summary>For a finding about one BAR: its index (6 the ROM); <see cref="Device"/> is then the function's guest slot.</summary>
    public int? Bar { get; init; }

    public static Finding Error(string code, string message, AddressRange? range = null, PciAddress? device = null) =>
        new(Severity.Error, code, message, range, device);

    public static Finding Warning(string code, string message, AddressRange? range = null, PciAddress? device = null) =>
        new(Severity.Warning, code, message, range, device);

    public static Finding Info(string code, string message, AddressRange? range = null, PciAddress? device = null) =>
        new(Severity.Info, code, message, range, device);

    public static Finding ByPolicy(RdmPolicy policy, string code, string message, AddressRange? range = null, PciAddress? device = null) =>
        new(policy == RdmPolicy.Strict ? Severity.Error : Severity.Warning, code, message, range, device);
}

/// <summary>Finding codes; clients switch on them, so a code never changes meaning.</summary>
public static class FindingCodes
{
    public const string RdmConflict = "rdm-conflict";
    public const string RdmConflictIgnored = "rdm-conflict-ignored";
    public const string RdmInFirmwareArea = "rdm-in-firmware-area";
    public const string SharedRmrr = "shared-rmrr";
    public const string RmrrSharedWithOtherDomain = "rmrr-shared-with-other-domain";
    public const string IdentityMapConflict = "identity-map-conflict";
    public const string DeviceBusy = "device-busy";
    public const string DeviceUnknown = "device-unknown";
    public const string DeviceWithoutIommu = "device-without-iommu";
    public const string BarNoSpace = "bar-no-space";
    public const string HighBarOverlapsRdm = "high-bar-overlaps-rdm";
    public const string TooManyMemoryMapEntries = "too-many-memory-map-entries";
    public const string InsufficientMemory = "insufficient-memory";
    public const string ArchitectureMismatch = "architecture-mismatch";
    public const string SameHost = "same-host";
    public const string HostUnknown = "host-unknown";
    public const string DomainNameTaken = "domain-name-taken";
    public const string RegionNotReserved = "region-not-reserved";
    public const string PassthroughDisabled = "passthrough-disabled";
    public const string PodWithPassthrough = "pod-with-passthrough";
    public const string TooManyPciDevices = "too-many-pci-devices";

    /// <summary>A reboot's history line: what the layout recomputed from the host as it is now changed.</summary>
    public const string LayoutRecomputed = "layout-recomputed";

    /// <summary>A placement passes a host over: fewer free devices match a device request than it asks for.</summary>
    public const string NoMatchingDevice = "no-matching-device";

    /// <summary>arm64: a trusted direct-mapped domain takes a device no IOMMU protects (allowed; its DMA reaches all memory).</summary>
    public const string UnprotectedDeviceTrusted = "unprotected-device-trusted";
    public const string Vpl011SpiConflict = "vpl011-spi-conflict";
    public const string StaticMemoryNotRam = "static-memory-not-ram";
    public const string StaticMemoryBusy = "static-memory-busy";

    /// <summary>arm64: a direct-mapped domain asks for a vPL011 and the host lists no console UART (Xen refuses it).</summary>
    public const string Vpl011NeedsHostUart = "vpl011-needs-host-uart";
    public const string GuestMemoryTooLarge = "guest-memory-too-large";
    public const string TooManyVcpus = "too-many-vcpus";
    public const string InsufficientContiguousMemory = "insufficient-contiguous-memory";
}
