using Placement.Domain.Layout;

namespace Placement.Domain.XlConfig;

/// <summary>
/// Reads an xl.cfg into the request the service plans and creates from: memory, maxmem,
/// videoram, vga/stdvga, hap, bios, xen_platform_pci, passthrough, mmio_hole, rdm,
/// rdm_mem_boundary, pci, vif models and name. Where xl's documented meaning and current xl
/// differ (rdm=), the request follows the documentation and a note says what xl does.
/// </summary>
public static class XlConfigImport
{
    /// <summary>libxl's default when memory is not set (libxl_create.c: 32 MiB).</summary>
    public const ulong XlDefaultMemoryMiB = 32;

    public static XlImportOutcome Read(string text)
    {
        if (XlConfigFile.TryRead(text, out var failure) is not { } file)
        {
            return new XlUnreadable(failure!);
        }

        var reader = new XlSettingReader(file);
        var name = reader.String("name");
        CheckType(reader);
        var memory = reader.MiB("memory");
        var maxmem = reader.MiB("maxmem");
        if (memory is null)
        {
            reader.Note(XlNotes.MemoryMissing, $"memory is not set: xl gives the domain libxl's default of {XlDefaultMemoryMiB} MiB, and so does the request.", 1);
        }
        else if (memory > maxmem)
        {
            reader.Note(XlNotes.MemoryAboveMaxmem, $"memory ({memory} MiB) is above maxmem ({maxmem} MiB): a domain cannot have more than its maximum; the plan refuses it.", reader.LineOf("memory")!.Value);
        }

        var vga = XlEmulated.Vga(reader);
        var rdm = XlRdm.Read(reader);
        var request = new X86Request(
            memory ?? XlDefaultMemoryMiB,
            XlPci.Read(reader),
            reader.MiB("videoram") ?? VideoRam.DefaultMiB(vga),
            reader.Bool("hap") ?? true,
            XlEmulated.MmioHole(reader),
            rdm.Strategy,
            rdm.Policy,
            reader.MiB("rdm_mem_boundary") ?? X86Request.DefaultRdmMemBoundaryMiB,
            XlEmulated.Firmware(reader))
        {
            Emulated = new EmulatedDevices(vga, reader.Bool("xen_platform_pci") ?? true, XlEmulated.Nics(reader)),
            Passthrough = XlEmulated.Passthrough(reader),
            MaxMemMiB = maxmem,
        };
        reader.NoteUnused();
        return new XlImported(new XlImport(name, request, [.. reader.Notes.OrderBy(n => n.Line)]));
    }

    /// <summary>type (or the older builder; xl matches a prefix of the word): only an HVM domain has the layout the service plans.</summary>
    private static void CheckType(XlSettingReader reader)
    {
        var type = reader.String("type");
        var builder = reader.String("builder");
        var hvm = (type ?? builder) is { } word && "hvm".StartsWith(word, StringComparison.Ordinal);
        if (!hvm)
        {
            var line = reader.LineOf("type") ?? reader.LineOf("builder") ?? 1;
            reader.Note(XlNotes.TypeNotHvm, (type ?? builder) is { } other
                ? $"type \"{other}\" is not hvm: the service plans HVM domains only; the request is read as one."
                : "type is not set: xl then builds a PV domain on x86; the service plans HVM domains only (type = \"hvm\"); the request is read as one.", line);
        }
    }
}
