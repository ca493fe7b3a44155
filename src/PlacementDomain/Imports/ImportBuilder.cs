namespace Placement.Domain.Imports;

/// <summary>Collects what a parser reads, and turns a thrown <see cref="UnreadableInputException"/> into <see cref="Unreadable"/>.</summary>
internal sealed class ImportBuilder(ImportFormat format)
{
    public List<ImportedRegion> Regions { get; } = [];

    public List<UnresolvedScope> Unresolved { get; } = [];

    public List<ImportedDevice> Devices { get; } = [];

    public List<ImportWarning> Warnings { get; } = [];

    public ulong? MemoryMiB { get; set; }

    public static ImportOutcome Run(ImportFormat format, Action<ImportBuilder> read)
    {
        var builder = new ImportBuilder(format);
        try
        {
            read(builder);
        }
        catch (UnreadableInputException e)
        {
            return new Unreadable(e.Failure);
        }

        return new Imported(builder.Build());
    }

    public void Warn(string code, string message, int? line = null, long? offset = null) =>
        Warnings.Add(new ImportWarning(code, message, line, offset));

    public static UnreadableInputException AtLine(int line, string code, string message, string expected) =>
        new(new ImportFailure(code, message, expected, Line: line));

    public static UnreadableInputException AtOffset(long offset, string code, string message, string expected) =>
        new(new ImportFailure(code, message, expected, Offset: offset));

    public PartialInventory Build() => new(format, Regions, Unresolved, Devices, MemoryMiB, Warnings);
}
