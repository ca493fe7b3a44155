using Placement.Domain.Imports;

namespace Placement.Domain.Tests.Imports.Dmar;

/// <summary>Damaged input of every kind gives Imported or Unreadable, never an exception.</summary>
public class DmarRobustnessTests
{
    private static readonly string[] TextFormats = ["acpi-dmar-text", "acpidump"];

    public static TheoryData<string> Tables() => [.. Directory.GetFiles(DmarFixtures.Folder(), "*.aml").Select(file => Path.GetFileNameWithoutExtension(file)).Order()];

    public static TheoryData<string, string> Texts()
    {
        var data = new TheoryData<string, string>();
        foreach (var format in TextFormats)
        {
            foreach (var file in Directory.GetFiles(DmarFixtures.Folder(format)).Where(f => !f.EndsWith(".md", StringComparison.Ordinal)).Order())
            {
                data.Add(format, Path.GetFileName(file));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Tables))]
    public void Read_RandomlyDamagedTable_NeverThrows(string name)
    {
        var original = DmarFixtures.Table(name);
        var random = new Random(name.Length);
        for (var round = 0; round < 2000; round++)
        {
            var bytes = (byte[])original.Clone();
            for (var hits = random.Next(1, 4); hits > 0; hits--)
            {
                bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
            }

            if (round % 3 == 0)
            {
                DmarFixtures.FixChecksum(bytes);
            }

            DmarTable.Read(bytes.AsSpan(0, random.Next(bytes.Length + 1))).ShouldNotBeNull();
            DmarTable.Decode(bytes).ShouldNotBeNull();
        }
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Read_RandomlyDamagedText_NeverThrows(string format, string file)
    {
        var original = DmarFixtures.Text(format, file);
        var random = new Random(file.Length);
        const string alphabet = "0123456789ABCDEFGhx[]:;\", \n\r*/h.-";
        for (var round = 0; round < 500; round++)
        {
            var text = original.ToCharArray();
            for (var hits = random.Next(1, 6); hits > 0; hits--)
            {
                text[random.Next(text.Length)] = alphabet[random.Next(alphabet.Length)];
            }

            var damaged = new string(text, 0, random.Next(text.Length + 1));
            (format == "acpidump" ? AcpidumpText.Read(damaged) : DmarText.Read(damaged)).ShouldNotBeNull();
        }
    }
}
