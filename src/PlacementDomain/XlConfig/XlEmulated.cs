using Placement.Domain.Layout;

namespace Placement.Domain.XlConfig;

/// <summary>The HVM settings of xl_parse.c besides rdm and pci, each read as xl reads it.</summary>
internal static class XlEmulated
{
    /// <summary>vga wins over the older stdvga (nonzero: stdvga, 0: cirrus); xl exits on an unknown vga.</summary>
    public static VgaModel Vga(XlSettingReader reader)
    {
        if (reader.String("vga") is { } vga)
        {
            if (LayoutNames.Vgas.TryGetValue(vga, out var model))
            {
                return model;
            }

            reader.Note(XlNotes.ValueUnknown, $"vga \"{vga}\" is not stdvga, cirrus, qxl or none: xl refuses the file; the request keeps cirrus.", reader.LineOf("vga")!.Value);
        }

        return reader.Bool("stdvga") == true ? VgaModel.StdVga : VgaModel.Cirrus;
    }

    /// <summary>bios (libxl's names, case-insensitive): rombios is not modelled.</summary>
    public static GuestFirmware Firmware(XlSettingReader reader)
    {
        if (reader.String("bios") is not { } bios)
        {
            return GuestFirmware.SeaBios;
        }

        if (LayoutNames.Firmwares.TryGetValue(bios.ToLowerInvariant(), out var firmware))
        {
            return firmware;
        }

        var known = bios.Equals("rombios", StringComparison.OrdinalIgnoreCase);
        reader.Note(known ? XlNotes.BiosNotSupported : XlNotes.ValueUnknown, known
            ? "bios \"rombios\" (qemu-traditional) is not modelled: the request takes seabios."
            : $"bios \"{bios}\" is not seabios, ovmf or rombios: xl refuses the file; the request takes seabios.", reader.LineOf("bios")!.Value);
        return GuestFirmware.SeaBios;
    }

    /// <summary>passthrough (case-insensitive): sync_pt and share_pt are ways of enabling it; default leaves it to the devices.</summary>
    public static bool? Passthrough(XlSettingReader reader)
    {
        var value = reader.String("passthrough");
        switch (value?.ToLowerInvariant())
        {
            case null or "default":
                return null;
            case "enabled" or "sync_pt" or "share_pt":
                return true;
            case "disabled":
                return false;
            default:
                reader.Note(XlNotes.ValueUnknown, $"passthrough \"{value}\" is not default, disabled, enabled, sync_pt or share_pt: xl refuses the file; the request leaves it out.",
                    reader.LineOf("passthrough")!.Value);
                return null;
        }
    }

    /// <summary>mmio_hole: xl refuses a hole outside 256..3840 MiB; the request keeps the value so that a plan says so too.</summary>
    public static ulong? MmioHole(XlSettingReader reader)
    {
        var hole = reader.MiB("mmio_hole");
        if (hole is not null and (< X86Request.MinMmioHoleMiB or > X86Request.MaxMmioHoleMiB))
        {
            reader.Note(XlNotes.MmioHoleOutOfRange,
                $"mmio_hole = {hole} is outside {X86Request.MinMmioHoleMiB}..{X86Request.MaxMmioHoleMiB} MiB: xl refuses the file, and a plan refuses the request.",
                reader.LineOf("mmio_hole")!.Value);
        }

        return hole;
    }

    /// <summary>
    /// vif: each entry's emulated NIC. type=vif is a PV-only interface (no emulated device); the
    /// model defaults to rtl8139 (libxl_nic.c). Other models are not modelled and left out.
    /// </summary>
    public static NicModel[] Nics(XlSettingReader reader)
    {
        if (reader.List("vif") is not { } list)
        {
            return [];
        }

        var nics = new List<NicModel>();
        foreach (var vif in reader.Strings("vif", list))
        {
            var settings = vif.Text.Split(',').Select(p => p.Split('=', 2)).Where(p => p.Length == 2)
                .GroupBy(p => p[0].Trim()).ToDictionary(g => g.Key, g => g.Last()[1].Trim(), StringComparer.Ordinal);
            if (settings.GetValueOrDefault("type") == "vif")
            {
                continue;
            }

            var model = settings.GetValueOrDefault("model") ?? "rtl8139";
            if (LayoutNames.Nics.TryGetValue(model, out var nic))
            {
                nics.Add(nic);
            }
            else
            {
                reader.Note(XlNotes.VifModelNotSupported, $"vif model \"{model}\" is not modelled (e1000 or rtl8139): the request leaves this NIC out, so bus 0 may differ.", vif.Line);
            }
        }

        return [.. nics];
    }
}
