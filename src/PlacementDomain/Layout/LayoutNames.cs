namespace Placement.Domain.Layout;

/// <summary>The names plan documents use for the layout vocabulary (xl's own words where it has them).</summary>
public static class LayoutNames
{
    public static readonly IReadOnlyDictionary<string, RdmPolicy> Policies = new Dictionary<string, RdmPolicy>(StringComparer.Ordinal)
    {
        ["strict"] = RdmPolicy.Strict,
        ["relaxed"] = RdmPolicy.Relaxed,
    };

    public static readonly IReadOnlyDictionary<string, RdmStrategy> Strategies = new Dictionary<string, RdmStrategy>(StringComparer.Ordinal)
    {
        ["ignore"] = RdmStrategy.Ignore,
        ["host"] = RdmStrategy.Host,
        ["explicit"] = RdmStrategy.Explicit,
        ["pool"] = RdmStrategy.Pool,
    };

    public static readonly IReadOnlyDictionary<string, GuestFirmware> Firmwares = new Dictionary<string, GuestFirmware>(StringComparer.Ordinal)
    {
        ["seabios"] = GuestFirmware.SeaBios,
        ["ovmf"] = GuestFirmware.Ovmf,
    };

    public static string Name(this RdmStrategy strategy) => Strategies.Single(s => s.Value == strategy).Key;

    public static string Name(this GuestFirmware firmware) => Firmwares.Single(f => f.Value == firmware).Key;

    public static string Name(this RdmPolicy policy) => policy == RdmPolicy.Strict ? "strict" : "relaxed";

    public static string Name(this RdmSource source) => source switch
    {
        RdmSource.Host => "host",
        RdmSource.Device => "device",
        RdmSource.Explicit => "explicit",
        _ => "pool",
    };

    public static string Name(this RdmStatus status) => status == RdmStatus.Reserved ? "reserved" : "dropped";

    public static string Name(this Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };

    public static string Name(this MemoryType type) => type switch
    {
        MemoryType.Ram => "ram",
        MemoryType.Reserved => "reserved",
        _ => "nvs",
    };

    public static string Name(this BarWindow window) => window switch
    {
        BarWindow.Low => "low",
        BarWindow.High => "high",
        BarWindow.Unplaced => "unplaced",
        _ => "io",
    };

    public static readonly IReadOnlyDictionary<string, VgaModel> Vgas = new Dictionary<string, VgaModel>(StringComparer.Ordinal)
    {
        ["cirrus"] = VgaModel.Cirrus,
        ["stdvga"] = VgaModel.StdVga,
        ["qxl"] = VgaModel.Qxl,
        ["none"] = VgaModel.None,
    };

    public static readonly IReadOnlyDictionary<string, NicModel> Nics = new Dictionary<string, NicModel>(StringComparer.Ordinal)
    {
        ["e1000"] = NicModel.E1000,
        ["rtl8139"] = NicModel.Rtl8139,
    };

    public static string Name(this VgaModel vga) => Vgas.Single(v => v.Value == vga).Key;

    public static string Name(this NicModel nic) => Nics.Single(n => n.Value == nic).Key;

    public static string Name(this AssignmentOutcome outcome) => outcome switch
    {
        AssignmentOutcome.Assigned => "assigned",
        AssignmentOutcome.AssignedWithWarnings => "assigned-with-warnings",
        _ => "refused",
    };
}
