using Placement.Domain.Layout;
using Placement.Domain.Pci;

namespace Placement.Domain.XlConfig;

/// <summary>
/// One <c>pci=</c> entry as xl reads it (xl.cfg(5) PCI_SPEC_STRING). <see cref="Address"/> is
/// null when the device is named by <see cref="Name"/> (an assignable device's name) instead;
/// <see cref="AllFunctions"/> is <c>BB:DD.*</c> (the address then has function 0).
/// <see cref="VirtualSlot"/> is the guest slot (0 to 0x1f) asked with <c>@VSLOT</c> or <c>vslot=</c>.
/// The flags are atoi's reading of the value, or the global <c>pci_*</c> default.
/// <see cref="Policy"/> is null when the entry gives no <c>rdm_policy</c> (the global one then applies).
/// </summary>
public sealed record PciSpec(
    PciAddress? Address,
    bool AllFunctions,
    int? VirtualSlot,
    int Permissive,
    int MsiTranslate,
    int Seize,
    int PowerMgmt,
    RdmPolicy? Policy,
    string? Name);

/// <summary>xl's global defaults of every pci entry: <c>pci_permissive</c>, <c>pci_msitranslate</c>, <c>pci_seize</c>, <c>pci_power_mgmt</c> (0 when unset).</summary>
public sealed record PciDefaults(int Permissive = 0, int MsiTranslate = 0, int Seize = 0, int PowerMgmt = 0);
