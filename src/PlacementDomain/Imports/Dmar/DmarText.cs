namespace Placement.Domain.Imports;

/// <summary>
/// Reads iasl's disassembly of a DMAR table (<c>iasl -d</c>, either length column, with or without
/// the <c>DMAR</c>/<c>----</c> heading tools print): the field lines are written back into the
/// table's bytes, which are read as <see cref="DmarTable.Read"/> reads them. Warnings and errors
/// name the line of the field holding the byte.
/// </summary>
public static class DmarText
{
    public static ImportOutcome Read(string text) => ImportBuilder.Run(ImportFormat.AcpiDmarText, builder =>
    {
        var image = IaslImage.Parse(ImportText.Lines(text).ToList());
        DmarRegions.Read(builder, image.Bytes, image.LineOf, image.ChecksumValid);
    });
}
