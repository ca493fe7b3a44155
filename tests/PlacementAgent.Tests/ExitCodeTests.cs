namespace Placement.Agent.Tests;

public class ExitCodeTests
{
    [Theory]
    [InlineData(new[] { "--bogus" }, "error: Unknown argument '--bogus'.")]
    [InlineData(new[] { "--root" }, "error: --root needs a value.")]
    [InlineData(new[] { "--put", "--host", "h1" }, "error: --put needs --host and --service.")]
    [InlineData(new[] { "--service", "ftp://x" }, "error: --service 'ftp://x' is not an http(s) URL.")]
    public async Task Run_BadCommandLine_Exit2WithUsage(string[] args, string message)
    {
        var run = await AgentRun.StartAsync(args);

        run.ExitCode.ShouldBe(2);
        run.Messages.ShouldStartWith(message);
        run.Messages.ShouldContain("Usage: placement-agent");
        run.Output.ShouldBeEmpty();
    }

    [Fact]
    public async Task Run_Help_Exit0WithUsageOnStdout()
    {
        var run = await AgentRun.StartAsync("--help");

        run.ExitCode.ShouldBe(0);
        run.Output.ShouldStartWith("Usage: placement-agent");
    }

    [Theory]
    [InlineData("proc/meminfo", "MemFree: 1 kB\n", "line 1: The file has no MemTotal line.")]
    [InlineData("proc/cpuinfo", "processor : 0\n", "line 1: The file has neither vendor_id (x86_64) nor CPU implementer (arm64).")]
    [InlineData("proc/cpuinfo", "vendor_id : GenuineIntel\n", "has no 'address sizes' line")]
    public async Task Run_UnreadableHostFile_Exit3NamingIt(string file, string text, string message)
    {
        using var tree = new HostTreeBuilder().File(file, text);

        var run = await AgentRun.StartAsync("--root", tree.Root);

        run.ExitCode.ShouldBe(3);
        run.Messages.ShouldContain(Path.Combine(tree.Root, file));
        run.Messages.ShouldContain(message);
        run.Output.ShouldBeEmpty();
    }

    [Fact]
    public async Task Run_BrokenDmar_Exit3AtItsOffset()
    {
        var table = WorkstationHost.Dmar();
        table[48 + 2] = 0xff; // the DRHD's length (byte 50) runs past the table
        using var tree = new HostTreeBuilder().Devices().File("sys/firmware/acpi/tables/DMAR", table);

        var run = await AgentRun.StartAsync("--root", tree.Root);

        run.ExitCode.ShouldBe(3);
        run.Messages.ShouldStartWith($"error: Cannot read {Path.Combine(tree.Root, "sys/firmware/acpi/tables/DMAR")} at byte 50: ");
        run.Output.ShouldBeEmpty();
    }

    [Fact]
    public async Task Run_MissingRoot_Exit3()
    {
        var run = await AgentRun.StartAsync("--root", "/nonexistent/placement-agent-root");

        run.ExitCode.ShouldBe(3);
        run.Messages.ShouldBe("error: --root /nonexistent/placement-agent-root is not a folder.\n");
    }

    [Theory]
    [InlineData(null, "processor\t: 0\nFeatures\t: fp asimd\nCPU implementer\t: 0x41\n", "This is an arm64 host")]
    [InlineData("total_memory : 4096\nmachine : aarch64\n", HostTreeBuilder.IntelCpuinfo, "xl info says machine aarch64")]
    public async Task Run_Arm64Host_Exit5(string? xlInfo, string cpuinfo, string message)
    {
        using var tree = new HostTreeBuilder().File("proc/cpuinfo", cpuinfo).File("xl-info.txt", xlInfo ?? "");
        string[] args = xlInfo is null ? ["--root", tree.Root] : ["--root", tree.Root, "--xl-info", Path.Combine(tree.Root, "xl-info.txt")];

        var run = await AgentRun.StartAsync(args);

        run.ExitCode.ShouldBe(5);
        run.Messages.ShouldContain(message);
    }
}
