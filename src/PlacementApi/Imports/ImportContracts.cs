using System.ComponentModel;

namespace Placement.Api.Imports;

[Description("What one file tells of a host; nothing is stored. Addresses and sizes are 0x-hex strings; ranges are [start, end), end exclusive " +
    "(the file's inclusive end plus one). reservedRegions and devices have the shapes of a host inventory's, so they can be pasted into one.")]
public sealed record InventoryImportResponse(
    [property: Description("The format read: the one asked for, or the one recognised for format=auto.")] string Format,
    IReadOnlyList<ImportedRegionResponse> ReservedRegions,
    [property: Description("Device scopes that cannot become a PCI address from the file alone (a path through bridges, a bridge scope).")]
    IReadOnlyList<UnresolvedScopeResponse> UnresolvedScopes,
    IReadOnlyList<ImportedDeviceResponse> Devices,
    [property: Description("The host's RAM in MiB, when the file says (a boot log); null otherwise.")] long? MemoryMiB,
    [property: Description("What was skipped or is doubtful, with the line (text) or byte offset (binary) it concerns.")]
    IReadOnlyList<ImportWarningResponse> Warnings);

public sealed record ImportedRegionResponse(
    string Start,
    string End,
    [property: Description("The devices the file names for the region; empty when the format names none (Linux RMRR lines, sysfs).")] IReadOnlyList<string> Devices,
    [property: Description("ignored-by-xen, may-be-merged or direct-relaxable; empty when none.")] IReadOnlyList<string> Flags);

public sealed record UnresolvedScopeResponse(string Start, string End, [property: Description("The scope as the table gives it, e.g. 0000:00:1c.7/00.2.")] string Path, string Why);

public sealed record ImportedDeviceResponse(
    string Sbdf,
    [property: Description("The name the file prints; null when none.")] string? Description,
    [property: Description("Lower-case hex, e.g. 0x10de; null when the file does not print it, as are deviceId, classCode and numaNode.")] string? VendorId,
    string? DeviceId,
    string? ClassCode,
    int? NumaNode,
    IReadOnlyList<ImportedBarResponse> Bars);

public sealed record ImportedBarResponse(
    [property: Description("0-5; null when the format prints no index (lspci -v).")] int? Index,
    [property: Description("memory or io.")] string Kind,
    string Size,
    bool Is64Bit,
    bool Prefetchable,
    [property: Description("Where the host placed it; null when unassigned.")] string? Address,
    [property: Description("True when lspci printed [disabled].")] bool Disabled);

public sealed record ImportWarningResponse(
    string Code,
    string Message,
    [property: Description("1-based line of a text file; null otherwise.")] int? Line,
    [property: Description("Byte offset in a binary table; null otherwise.")] long? Offset);
