using System.Globalization;
using Placement.Domain.Layout;

namespace Placement.Domain.XlConfig;

/// <summary>
/// pci= into the request's devices, in list order (the guest slot order). The request carries a
/// device's address and rdm_policy; its vslot, permissive, msitranslate, seize and power_mgmt
/// do not change the planned layout but for vslot, and are given in notes (ADR 0021).
/// </summary>
internal static class XlPci
{
    public static List<DeviceRequest> Read(XlSettingReader reader)
    {
        var defaults = new PciDefaults(
            Flag(reader, "pci_permissive"), Flag(reader, "pci_msitranslate"), Flag(reader, "pci_seize"), Flag(reader, "pci_power_mgmt"));
        var devices = new List<DeviceRequest>();
        if (reader.List("pci") is not { } list)
        {
            return devices;
        }

        foreach (var entry in reader.Strings("pci", list))
        {
            if (PciSpecParser.TryParse(entry.Text, defaults, out var error) is not { } spec)
            {
                reader.Note(XlNotes.PciSpecInvalid, $"pci '{entry.Text}': {error}. xl refuses the file (unable to parse PCI_SPEC_STRING); the request leaves the device out.", entry.Line);
            }
            else if (spec.Address is not { } address)
            {
                reader.Note(XlNotes.PciNameNotSupported, $"pci '{entry.Text}' names an assignable device ({spec.Name}), not an address: the request leaves it out; give its address.", entry.Line);
            }
            else if (spec.AllFunctions)
            {
                reader.Note(XlNotes.PciAllFunctionsNotSupported,
                    $"pci '{entry.Text}' asks for every function of {address.ToString()[..^2]}: the request leaves it out; list each function with its own address.", entry.Line);
            }
            else
            {
                devices.Add(new DeviceRequest(address, spec.Policy));
                NoteOptions(reader, spec, entry.Line);
            }
        }

        return devices;
    }

    private static void NoteOptions(XlSettingReader reader, PciSpec spec, int line)
    {
        var address = spec.Address!.Value;
        if (spec.VirtualSlot is { } slot)
        {
            reader.Note(XlNotes.PciVslotNotModelled,
                $"{address}: vslot 0x{slot:x} is not in the request: the plan puts the device on the next free slot of bus 0, as xl does without vslot, so bus 0 may differ.", line);
        }

        var options = new[] { ("permissive", spec.Permissive), ("msitranslate", spec.MsiTranslate), ("seize", spec.Seize), ("power_mgmt", spec.PowerMgmt) }
            .Where(o => o.Item2 != 0).Select(o => string.Create(CultureInfo.InvariantCulture, $"{o.Item1}={o.Item2}")).ToList();
        if (options.Count > 0)
        {
            reader.Note(XlNotes.PciOptionsNotInRequest,
                $"{address}: {string.Join(", ", options)} is not in the request (it does not change the layout); the exported xl.cfg leaves it out.", line);
        }

    }

    /// <summary>The pci_* globals, read with xlu_cfg_get_long like xl does (unset: 0).</summary>
    private static int Flag(XlSettingReader reader, string name) => reader.Long(name) is { } value ? (int)Math.Clamp(value, int.MinValue, int.MaxValue) : 0;
}
