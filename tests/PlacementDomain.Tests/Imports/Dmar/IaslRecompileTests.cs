using System.Diagnostics;

namespace Placement.Domain.Tests.Imports.Dmar;

/// <summary>
/// The committed .aml files are what iasl makes of the committed .dsl files. Where iasl is not on
/// PATH the test returns early (passes) and says so on the console.
/// </summary>
public class IaslRecompileTests
{
    public static TheoryData<string> Sources() => [.. Directory.GetFiles(DmarFixtures.Folder(), "*.dsl").Select(file => Path.GetFileNameWithoutExtension(file)).Order()];

    [Theory]
    [MemberData(nameof(Sources))]
    public void Compile_Source_GivesTheCommittedBytesButCompilerIdAndChecksum(string name)
    {
        if (FindIasl() is not { } iasl)
        {
            Console.WriteLine($"iasl is not on PATH: {name}.dsl was not recompiled.");
            return;
        }

        var output = Path.Combine(Path.GetTempPath(), $"dmar-{Guid.NewGuid():N}");
        Directory.CreateDirectory(output);
        try
        {
            var start = new ProcessStartInfo(iasl, ["-vs", "-p", Path.Combine(output, name), Path.Combine(DmarFixtures.Folder(), name + ".dsl")])
            {
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var process = Process.Start(start)!;
            process.StandardInput.Close();

            // iasl loops forever on some bad lengths: never wait without a bound.
            if (!process.WaitForExit(TimeSpan.FromSeconds(60)))
            {
                process.Kill();
            }

            process.ExitCode.ShouldBe(0, process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd());
            var compiled = File.ReadAllBytes(Path.Combine(output, name + ".aml"));
            var committed = DmarFixtures.Table(name);
            compiled.Length.ShouldBe(committed.Length);
            foreach (var ignored in new[] { 9, 28, 29, 30, 31, 32, 33, 34, 35 })
            {
                compiled[ignored] = committed[ignored];
            }

            compiled.ShouldBe(committed);
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    private static string? FindIasl() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(folder => Path.Combine(folder, "iasl"))
            .FirstOrDefault(File.Exists);
}
